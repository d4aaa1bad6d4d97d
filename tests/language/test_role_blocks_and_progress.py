"""Role blocks of four lines (title / units / employer / dates), credentials not held yet,
and the years in the line of work named by the whole occupation.

The CVs here are invented for these tests, in fields the evaluation sets do not use
(orthoptics, air traffic control, archives, sommellerie, forestry, actuarial work, audiology).
"""

from __future__ import annotations

import pytest

from interview_core.interviewer.plan import Documents
from interview_core.interviewer.requirements import is_certainly_absent, shown_together
from interview_core.language.cv import role_lines_above
from interview_core.language.job import analyse_job
from interview_core.language.profile import analyse_cv
from interview_core.language.progress import in_progress
from tests.helpers.reading import role_fields

# --- 1. title / units / employer / dates ---------------------------------------------------

BLOCKS = [
    (
        "Highly Specialist Orthoptist (Band 7)\n"
        "Paediatric Eye Service, Ophthalmology Directorate\n"
        "Leeds Teaching Hospitals NHS Trust\n"
        "2022 – present\n",
        "Highly Specialist Orthoptist (Band 7)",
        "Leeds Teaching Hospitals NHS Trust",
        "Paediatric Eye Service, Ophthalmology Directorate",
    ),
    (
        "Clinical Audiologist\n"
        "Adult Hearing Assessment Team, Audiology Services\n"
        "Royal Cornwall Hospitals NHS Trust\n"
        "2019 – 2023\n",
        "Clinical Audiologist",
        "Royal Cornwall Hospitals NHS Trust",
        "Adult Hearing Assessment Team, Audiology Services",
    ),
    (
        "Senior Conservator\n"
        "Paper Conservation Unit, Collections Care Division\n"
        "Borthwick Institute for Archives\n"
        "2020 – present\n",
        "Senior Conservator",
        "Borthwick Institute for Archives",
        "Paper Conservation Unit, Collections Care Division",
    ),
    (
        "Watch Supervisor\n"
        "Approach Control Unit, Operations Department\n"
        "Prestwick Centre\n"
        "2018 – present\n",
        "Watch Supervisor",
        "Prestwick Centre",
        "Approach Control Unit, Operations Department",
    ),
]


@pytest.mark.parametrize(("block", "title", "employer", "department"), BLOCKS)
def test_a_four_line_block_keeps_its_title(
    block: str, title: str, employer: str, department: str
) -> None:
    role = analyse_cv("Experience\n\n" + block + "- Ran the weekly clinic list\n").roles[0]
    assert (role.title, role.employer, role.department) == (title, employer, department)


@pytest.mark.parametrize(
    ("block", "title", "employer", "department"),
    [
        (
            "Arboricultural Officer\nTree Team, Wychavon District Council\n2017 – 2021\n",
            "Arboricultural Officer",
            "Wychavon District Council",
            "Tree Team",
        ),
        (
            "Pricing Actuary\nMotor Pricing Division, Harbourside Mutual Insurance\n2021 – present\n",
            "Pricing Actuary",
            "Harbourside Mutual Insurance",
            "Motor Pricing Division",
        ),
        (
            "Night Porter\nWard 14, St Aldhelm's Hospital\n2012 – 2014\n",
            "Night Porter",
            "St Aldhelm's Hospital",
            "Ward 14",
        ),
    ],
)
def test_a_three_line_block_with_unit_and_employer(
    block: str, title: str, employer: str, department: str
) -> None:
    role = analyse_cv("Experience\n\n" + block).roles[0]
    assert (role.title, role.employer, role.department) == (title, employer, department)


def test_only_a_title_over_unit_lines_reaches_three_lines_up() -> None:
    lines = [
        "Orthoptist",
        "Stroke Vision Team, Therapy Services",
        "Mid Yorkshire Hospitals NHS Trust",
    ]
    assert role_lines_above(lines) == lines
    # The line above the two is no title (a bullet's sentence of the role before, a name):
    # the last two lines name the role, as before.
    other = ["Ran the clinic list.", *lines[1:]]
    assert role_lines_above(other) == lines[1:]
    # A line of the two naming a job is no unit: two lines are enough.
    assert role_lines_above(["Orthoptist", "Senior Orthoptist", lines[2]]) == [
        "Senior Orthoptist",
        lines[2],
    ]


def test_four_line_blocks_one_after_another() -> None:
    text = "Experience\n\n" + "\n- Ran the clinic\n\n".join(b for b, *_ in BLOCKS[:3])
    read = role_fields(text, "title", "employer")
    assert sorted(read) == sorted((t, e) for _, t, e, _ in BLOCKS[:3])


# --- 2. credentials not held yet -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Level 2 assessment booked for 2025",
        "AZ-104 in progress",
        "Level 5 Diploma – working towards, due 2027",
        "SQE2 booked for April 2026",
        "Currently studying for the Level 7 Advanced Diploma",
        "Certified Arborist (ISA) – exam scheduled for June 2027",
        "WSET Diploma – awaiting results",
        "Enrolled on the IFoA CP1 paper",
    ],
)
def test_a_credential_not_held_yet(line: str) -> None:
    assert in_progress(line)


@pytest.mark.parametrize(
    "line",
    [
        "Makaton Foundation, 2019",
        "First Aid at Work, renewal due March 2027",
        "CSCS Gold card (expires 2027)",
        "Booked and ran the training sessions for new staff",
        "Due diligence training, 2020",
        "Level 3 Diploma in Forestry (completed 2022)",
    ],
)
def test_a_credential_held(line: str) -> None:
    assert not in_progress(line)


ARCHIVIST = """Mira Castell
Archivist

Experience
Archivist
Special Collections, Ashdown University
2021 – present
- Catalogue the estate papers and answer 30 reader enquiries a week

Certifications
Registered Member of the Archives and Records Association (RMARA), 2023
ISO 15489 awareness course, 2020
PRINCE2 Foundation in progress
Certificate in Data Protection booked for April 2027
Level 5 Diploma in Conservation – working towards, due 2027
Currently studying for the Level 7 Advanced Diploma in Digital Preservation
"""


def test_credentials_in_progress_are_no_certifications() -> None:
    profile = analyse_cv(ARCHIVIST)
    assert not any(in_progress(c) for c in profile.certifications)
    assert any("RMARA" in c for c in profile.certifications)
    assert any("ISO 15489" in c for c in profile.certifications)
    assert profile.in_progress == (
        "PRINCE2 Foundation in progress",
        "Certificate in Data Protection booked for April 2027",
        "Level 5 Diploma in Conservation – working towards, due 2027",
        "Currently studying for the Level 7 Advanced Diploma in Digital Preservation",
    )


def _docs(cv: str, job: str) -> Documents:
    title, company = (p.strip() for p in job.splitlines()[0].split("|"))
    return Documents(title, company, cv, job, analyse_job(title, company, job), analyse_cv(cv), 1)


SOMMELIER_CV = """Tomasz Wrona
Assistant Sommelier

Experience
Assistant Sommelier
The Larch Dining Room, Bath
2023 – present
- Run the by-the-glass list of 40 wines and train floor staff on pairings

Qualifications
WSET Level 2 Award in Wines, 2022
WSET Level 3 Award in Wines – working towards, due 2027
"""

SOMMELIER_JOB = """Sommelier | Ashcombe House Hotel
About the role
Our restaurant seeks a sommelier to lead wine service.
Responsibilities
- Lead wine service in the restaurant
Requirements
- Essential: a WSET Level 3 Award in Wines
"""


def test_a_credential_worked_towards_is_asked_about_neutrally() -> None:
    docs = _docs(SOMMELIER_CV, SOMMELIER_JOB)
    need = next(n for n in docs.job.asks if "Level 3" in n.line)
    # Neither the Level 2 held nor the Level 3 in progress is the Level 3 asked for...
    assert not shown_together(docs, need)
    # ...but the CV names it: it is never said to be missing.
    assert not is_certainly_absent(docs, need)


def test_a_credential_held_still_shows_the_requirement() -> None:
    cv = SOMMELIER_CV.replace("WSET Level 3 Award in Wines – working towards, due 2027", "")
    cv += "WSET Level 3 Award in Wines, 2024\n"
    docs = _docs(cv, SOMMELIER_JOB)
    need = next(n for n in docs.job.asks if "Level 3" in n.line)
    assert shown_together(docs, need)


# --- 3. years in the line of work: the whole occupation ---------------------------------------

DPO = """Chris Bell
Data Protection Officer

Career History

Data Protection Officer
Northfield Borough Council
2021 – present
- Lead on subject access requests and DPIAs

Child Protection Officer
Northfield Borough Council
2016 – 2021
- Chaired strategy meetings

Records Assistant
Westgate Housing Association
2013 – 2016
"""

ATCO = """Experience
Senior Air Traffic Control Officer, NATS Prestwick Centre | 2020 – present
Air Traffic Control Officer, Highland Airports | 2017 – 2020
Flight Data Control Officer, Highland Airports | 2012 – 2017
"""


def test_field_name_is_the_whole_occupation() -> None:
    profile = analyse_cv(DPO, 2026)
    assert profile.field_name == "Data Protection Officer"
    # The child protection years at the same council are another line of work.
    assert profile.years_in_field == 6
    atco = analyse_cv(ATCO, 2026)
    assert atco.field_name == "Air Traffic Control Officer"
    assert atco.years_in_field == 10  # 2017 to 2026, not the flight data years before


def test_a_shorter_name_of_the_same_occupation_counts() -> None:
    text = (
        "Experience\n"
        "Commercial Property Manager, Halden Estates | 2021 – present\n"
        "Property Manager, Brookfield Lettings | 2016 – 2021\n"
        "Lettings Negotiator, Brookfield Lettings | 2013 – 2016\n"
    )
    profile = analyse_cv(text, 2026)
    assert profile.field_name == "Commercial Property Manager"
    assert profile.years_in_field == 11


def test_a_short_dated_credential_is_no_tail_of_the_line_above() -> None:
    text = (
        "Jo Reyes\n\nCertifications\nHCPC registered Orthoptist\n"
        "Glaucoma Monitoring Certificate, 2021\nICAEW Certificate in Data\nAnalytics, 2024\n"
    )
    assert analyse_cv(text).certifications == (
        "HCPC registered Orthoptist",
        "Glaucoma Monitoring Certificate, 2021",
        "ICAEW Certificate in Data Analytics, 2024",
    )
