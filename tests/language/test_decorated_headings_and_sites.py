"""Headings in typed decoration, an employer's site after its name, generic words inside a
product's name, and school qualifications or a skills line under "Qualifications".

Every CV here is invented, from fields with no pair in the repository."""

from __future__ import annotations

import pytest

from interview_core.language.cv import _assign_parts, _heading_line, analyse_cv
from interview_core.language.layout import heading_text
from interview_core.language.skills import extract_skills


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("== Qualifications ==", "Qualifications"),
        ("=== Work History ===", "Work History"),
        ("[Skills]", "Skills"),
        ("[ Education ]", "Education"),
        ("— Skills —", "Skills"),
        ("• Key Skills •", "Key Skills"),
        ("<< Experience >>", "Experience"),
        ("*** EDUCATION ***", "EDUCATION"),
        ("### Profile ###", "Profile"),
        ("Skills: ————", "Skills"),
        ("Certifications ==========", "Certifications"),
        ("== Training", "Training"),
    ],
)
def test_decoration_around_a_section_name_is_a_heading(line: str, words: str) -> None:
    assert heading_text(line, _heading_line()) == words


@pytest.mark.parametrize(
    "line",
    [
        "- Experience with integrated pest management.",  # a bullet, a full stop
        "- Skills:",
        "— Treated 40 sites for wasps —",  # decorated, but no section's name
        "== 2019 – 2021 ==",
    ],
)
def test_items_and_decorated_sentences_stay_lines(line: str) -> None:
    assert heading_text(line, _heading_line()) is None


_PEST_CONTROL = """Owen Tredwell
Swindon | owen.tredwell@example.com | 07700 900555

{summary}
Pest control technician with five years on commercial contracts.

{work}
04/2021 – now   Pest Control Technician, Rentokil Initial, Swindon
- Service 35 food-production sites a month for rodent and insect control
- Cut repeat call-outs on my round by a third with proofing surveys

06/2018 – 03/2021   Warehouse Operative, DHL Supply Chain, Swindon
- Picked and packed chilled goods

{quals}
* RSPH Level 2 Award in Pest Management, 2018
* BSc (Hons) Zoology, Cardiff University, 2017

{skills}
Rodent proofing; fumigation; bird control; COSHH; customer liaison
"""


@pytest.mark.parametrize(
    "style",
    [
        "== {} ==",
        "[{}]",
        "— {} —",
        "*** {} ***",
        "<< {} >>",
    ],
)
def test_decorated_sections_are_not_read_as_the_last_role(style: str) -> None:
    names = {"summary": "Summary", "work": "Work History", "quals": "Qualifications"}
    cv = _PEST_CONTROL.format(
        **{key: style.format(name) for key, name in names.items()},
        skills=style.format("Skills"),
    )
    profile = analyse_cv(cv)
    last = profile.roles[-1]
    assert last.title == "Warehouse Operative"
    assert last.highlights == ("Picked and packed chilled goods",)
    assert any("Zoology" in line for line in profile.education)
    assert any("Pest Management" in c for c in profile.certifications)
    assert profile.summary


@pytest.mark.parametrize(
    ("parts", "employer", "location"),
    [
        # A site word last: the organisation named beside it employed them.
        (["Bus Fitter", "Arriva Midlands", "Walsall depot"], "Arriva Midlands", "Walsall depot"),
        (["Arriva Midlands", "Walsall depot"], "Arriva Midlands", "Walsall depot"),
        (["Bakery Assistant", "Morrisons", "Harrogate store"], "Morrisons", "Harrogate store"),
        (
            ["Shift Chemist", "Thames Water", "Beckton Sewage Works"],
            "Thames Water",
            "Beckton Sewage Works",
        ),
        # A town and a name no dictionary holds after a brand of common words: its branch.
        (["Waiter", "Pizza Express", "Leeds Kirkstall"], "Pizza Express", "Leeds Kirkstall"),
    ],
)
def test_a_site_after_the_employer_is_where_not_who(
    parts: list[str], employer: str, location: str
) -> None:
    found = _assign_parts(parts)
    assert found["employer"] == employer
    assert found["location"] == location
    assert found["department"] is None


def test_a_firm_named_after_its_town_is_still_the_employer() -> None:
    # "Brewer – Fermentation, Halden Brewing Norway": a town, then common words, is a firm.
    found = _assign_parts(["Brewer", "Fermentation", "Halden Brewing Norway"])
    assert found["employer"] == "Halden Brewing Norway"


def test_a_site_on_the_line_below_the_title() -> None:
    cv = """Mia Rowe

Experience

Lock Keeper
Canal & River Trust — Hatton Locks depot
March 2019 to date
 - Operate 21 locks and keep water levels within limits
"""
    role = analyse_cv(cv).roles[0]
    assert role.employer == "Canal & River Trust"
    assert role.location == "Hatton Locks depot"


def _names(text: str) -> set[str]:
    return {s.name for s in extract_skills(text)}


def test_a_generic_word_ending_a_product_name_is_no_skill() -> None:
    # A theatre box office moved to a ticketing system called "Tixwell Cloud".
    assert "Cloud Architecture" not in _names(
        "Managed the Tixwell Cloud migration for the box office"
    )
    assert "Cloud Architecture" in _names("Led the cloud migration of our booking system")
    assert "Cloud Architecture" in _names("Led the AWS Cloud migration for the booking system")


def test_auditing_premises_is_no_clinical_audit() -> None:
    # A food hygiene officer audits premises, care homes among them.
    assert "Clinical Audit" not in _names(
        "Inspected and audited 80 food premises per year, including care homes and nurseries"
    )
    assert "Clinical Audit" in _names("Audited pressure ulcer care on two wards")


def test_school_qualifications_and_a_skills_line_are_no_certificates() -> None:
    cv = """Ravi Mehta
Court Usher

EMPLOYMENT
Court Usher, HM Courts & Tribunals Service, Leicester | 2019 - present
- Call on up to 12 hearings a day and keep the court lists

QUALIFICATIONS
Level 2 Certificate in Customer Service, 2018
AS Levels: Law, Sociology (2013)
A Levels: History, English Literature (2014)
Key Skills: case listing, jury management, witness care, Libra, report writing
"""
    profile = analyse_cv(cv)
    assert profile.certifications == ("Level 2 Certificate in Customer Service, 2018",)
    assert "A Levels: History, English Literature (2014)" in profile.education
    assert "AS Levels: Law, Sociology (2013)" in profile.education
    assert not any(line.startswith("Key Skills") for line in profile.education)
