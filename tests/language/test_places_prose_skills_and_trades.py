"""Places written with accents, apostrophes or a region after the town are where a job was,
never its employer; skills told in a sentence ("Skills include …") are a skills list; a
credential one is "working on" is not held yet; the lexicon knows the trades of renewables,
veterinary practice, insurance, logistics, facilities and utilities. Invented CVs and lines
from fields the development set does not hold."""

from __future__ import annotations

import pytest

from interview_core.language.cv import tells_skills
from interview_core.language.places import is_place
from interview_core.language.profile import analyse_cv
from interview_core.language.progress import in_progress
from interview_core.language.skills import extract_skills


@pytest.mark.parametrize(
    "text",
    [
        "Val d'Isère",  # a resort too small for the town data, written as places are
        "Côte d’Azur",  # a region, with a typographic apostrophe
        "L’Aquila",
        "King’s Lynn",
        "Bishop's Stortford",  # the data writes "Bishops Stortford"
        "Saint-Jean-de-Luz",
        "Whistler, British Columbia",
        "Annecy, Haute-Savoie",
        "Reggio nell'Emilia",
        "Texas",
    ],
)
def test_accented_elided_and_regional_names_are_places(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize(
    "text",
    ["Château d'Yquem", "Hôtel d'Europe", "L'Oréal", "Rolls-Royce", "Compagnie des Alpes"],
)
def test_firms_written_like_places_are_no_places(text: str) -> None:
    assert not is_place(text)


_RESORT_CV = """Tomasz Berg
Ski Technician

WORK HISTORY

Ski Technician – Val d'Isère
Skiset, Dec 2022 – Apr 2024
- Tuned and waxed 80 pairs of skis a day.

Boat Crew, Côte d'Azur
Riviera Yacht Charters
2020 – 2022

Snow Groomer, Whistler, British Columbia
Whistler Blackcomb, 2015 – 2017
"""


def test_a_resort_or_region_beside_the_title_is_the_location() -> None:
    roles = analyse_cv(_RESORT_CV).roles
    assert [(r.title, r.employer) for r in roles] == [
        ("Ski Technician", "Skiset"),
        ("Boat Crew", "Riviera Yacht Charters"),
        ("Snow Groomer", "Whistler Blackcomb"),
    ]
    assert roles[0].location == "Val d'Isère"


@pytest.mark.parametrize(
    "line",
    [
        "Skills include stock control, forklift operation and first aid.",
        "My key strengths are hoof trimming, gait analysis and remedial shoeing.",
        "Core competencies include: parasite control advice; post-operative care.",
    ],
)
def test_a_sentence_listing_the_skills(line: str) -> None:
    assert tells_skills(line)


@pytest.mark.parametrize(
    "line",
    ["Skilled team leader with ten years in kennels.", "The skills I learnt there helped."],
)
def test_sentences_that_list_no_skills(line: str) -> None:
    assert not tells_skills(line)


_FARRIER_CV = """Owen Pritchard
Farrier

PROFILE
Registered farrier with eight years in equine practice. Skills include hot shoeing, gait analysis and remedial shoeing.

EXPERIENCE
Farrier
Pritchard Forge, Hereford
Mar 2018 – Present
- Shod 25 horses a week.

SKILLS
Key skills: hoof balance, foal trimming, and surgical shoeing.
My skills include forge welding and tool making.
"""


def test_skills_told_in_sentences_are_listed() -> None:
    listed = {item.lower() for item, _ in analyse_cv(_FARRIER_CV).listed}
    assert {
        "hot shoeing",
        "gait analysis",
        "remedial shoeing",
        "hoof balance",
        "foal trimming",
        "surgical shoeing",  # the list's last "and" is no part of the item
        "tool making",
    } <= listed
    assert not any(item.startswith("and ") for item in listed)


@pytest.mark.parametrize(
    "line",
    [
        "Working on the ILM Level 5 Certificate in Leadership and Management",
        "Currently studying for the CII Diploma in Insurance",
        "Doing my CIPS Level 4 Diploma part-time",
        "Dip CII – due to complete 2027",
        "Sitting the final exam in June 2027",
    ],
)
def test_a_credential_being_worked_on_is_in_progress(line: str) -> None:
    assert in_progress(line)


@pytest.mark.parametrize(
    "line",
    [
        "Working on the rota for 30 staff",
        "Doing driver licence checks every Monday",
        "Working on Level 3 support tickets",
        "Sitting on the health and safety committee",
    ],
)
def test_work_described_with_the_same_words_is_no_credential(line: str) -> None:
    assert not in_progress(line)


_QUALIFICATIONS_CV = """Ruth Okafor
Facilities Coordinator

EXPERIENCE
Facilities Coordinator
Brightwell Campus Services, Norwich
2021 – Present
- Ran PPM schedules for 14 buildings.

QUALIFICATIONS
Working on the IWFM Level 4 Certificate in Facilities Management
IOSH Managing Safely (2020)
"""


def test_a_certificate_worked_on_is_no_certification() -> None:
    profile = analyse_cv(_QUALIFICATIONS_CV)
    assert any("IWFM" in c for c in profile.in_progress)
    assert not any("IWFM" in c for c in profile.certifications)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Carried out SAP calculations for new builds", "Energy Assessment"),
        ("Ground source heat pump commissioning", "Heat Pumps"),
        ("Submitted G99 applications for 40 homes", "Grid Connection Applications"),
        ("Monitored anaesthesia for small animal neutering", "Veterinary Anaesthesia"),
        ("Took radiographs of dogs and cats", "Veterinary Radiography"),
        ("Handled first notification of loss for motor policies", "First Notification of Loss"),
        ("Policy administration and mid-term adjustments", "Policy Administration"),
        ("Tachograph analysis for 60 drivers", "Tachograph Compliance"),
        ("Freight forwarding and customs clearance", "Freight Forwarding"),
        ("Legionella risk assessments across 9 sites", "Water Hygiene"),
        ("Rolled out a CAFM system for the helpdesk", "CAFM Systems"),
        ("Water network leak detection with acoustic logging", "Leak Detection"),
        ("11kV cable jointing", "Cable Jointing"),
        ("Completed 9 smart meter exchanges a day", "Meter Installation"),
        ("Street works under NRSWA", "Street Works"),
    ],
)
def test_trade_lexicon_reads_non_software_fields(line: str, skill: str) -> None:
    assert skill in {s.name for s in extract_skills(line)}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Took dental radiographs for patients", "Veterinary Radiography"),
        ("Reserving tables for 40 covers", "Claims Reserving"),
        ("Resolved billing and smart-meter queries by phone", "Meter Installation"),
        ("Carried out SAP calculations for new builds", "SAP"),
    ],
)
def test_trade_words_used_otherwise_are_not_read(line: str, skill: str) -> None:
    assert skill not in {s.name for s in extract_skills(line)}


_SIDE_COLUMN_CV = """Contact
Bristol BS3
07700 900 412
tom.okonkwo@example.com
Skills
- Cargo securing
- Lashing plans
Languages
English (native), Igbo (fluent)
Tom Okonkwo MICS
Senior ship broker, dry bulk
Profile
Ship broker with nine years in dry bulk chartering.
Experience
Ship Broker
Mar 2019 – Present
Severnside Chartering Ltd, Bristol
- Fixed 140 voyages a year.
"""


def test_the_name_after_a_side_column_heads_the_main_column() -> None:
    # A two-column CV flattened: the candidate's name (as the e-mail spells it) and headline
    # come after the side column's last list; they are neither skills nor languages.
    profile = analyse_cv(_SIDE_COLUMN_CV)
    listed = {item for item, _ in profile.listed}
    assert not any("Okonkwo" in item or "broker" in item.lower() for item in listed)
    assert "Tom Okonkwo MICS" in profile.header
