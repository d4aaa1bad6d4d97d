"""A requirement met in other words, and skills never read from words of another sense, on
invented text from fields outside the development set: a product names its category, a
versioned name is that name, a body's own name shows its qualification, a lone letter or an
acronym counts only in its own context."""

from __future__ import annotations

import pytest

from interview_core.language.evidence import shows
from interview_core.language.field_skills import FieldSkill, is_held_thing, shown_by
from interview_core.language.profile import analyse_cv
from interview_core.language.skills import extract_skills


def _names(text: str) -> set[str]:
    return {s.name for s in extract_skills(text)}


@pytest.mark.parametrize(
    "text",
    [
        "A-levels: Biology (B), English Language (C), History (C)",
        "We chose option C of the term contract, which changed the programme.",
        "Plan B and plan C were both costed in the programme for the new hangar.",
        "I pulled the referral data and sorted the cases into bands A, B and C.",
    ],
)
def test_a_lone_letter_is_no_language_outside_programming(text: str) -> None:
    assert "C" not in _names(text) and "R" not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wrote the firmware in C for the beehive scale's microcontroller.", "C"),
        ("I analysed three years of tree-survey data in R.", "R"),
        ("Languages: C, Python, SQL", "C"),
    ],
)
def test_a_lone_letter_counts_in_a_programming_context(text: str, name: str) -> None:
    assert name in _names(text)


def test_an_acronym_of_another_sense_is_no_skill() -> None:
    # An orthoptist's stroke patient: the middle cerebral artery, no Mental Capacity Act.
    assert "Mental Capacity Act" not in _names(
        "Saw a man with a left MCA infarct and a field loss."
    )
    assert "Mental Capacity Act" in _names("Assessed capacity under the MCA before each move.")
    # A nursery's "Band 5s" are no 5S workplace method.
    assert "Lean" not in _names("I had two Band 5s and one assistant on the ward.")
    assert "Lean" in _names("Ran weekly 5S audits on the bottling line.")
    # A letting agent keeps the certificates; an electrician tests.
    assert "Electrical Engineering" not in _names(
        "Chased landlords for gas safety, EICR and EPC certificates when due."
    )


def test_a_contract_form_is_no_quantity_surveying() -> None:
    found = _names("Site engineer on the flood wall; NEC4 early warnings, quantity checks")
    assert "Quantity Surveying" not in found
    assert "NEC Contracts" in found


@pytest.mark.parametrize("product", ["Pipedrive", "Reapit", "Bullhorn", "Salesforce"])
def test_a_crm_product_shows_crm(product: str) -> None:
    cv = analyse_cv(
        f"Sam Reed\nExperience\nSales Coordinator, Vale Wines, 2021 - present\n"
        f"- Logged every trade enquiry in {product} and followed up within a day\n"
    )
    assert shows(cv, "CRM")


@pytest.mark.parametrize(
    ("piece", "line"),
    [
        ("NEC contracts", "Contracts: NEC3 / NEC4 ECC"),
        ("ITIL certification", "ITIL4 Foundation, 2022"),
        ("Revit", "Revit 2024 and Navisworks"),
    ],
)
def test_a_versioned_name_is_that_name(piece: str, line: str) -> None:
    assert shown_by(piece, [line])


def test_a_version_never_stands_for_a_plain_word() -> None:
    # Only a name: "band" in "band5" is no version of a band.
    assert not shown_by("band management", ["band5 rota"])


def test_a_body_named_by_its_own_rare_name_shows_its_qualification() -> None:
    assert shown_by(
        "ARLA Propertymark qualification",
        ["Propertymark Level 3 Award in Residential Letting (2021)"],
    )
    # A body's acronym is still needed when the rest is common words.
    assert not shown_by("NPORS Tower Crane card", ["Tower Crane card, 2018"])


@pytest.mark.parametrize(
    ("name", "held"),
    [
        ("Chartered status", True),
        ("HCPC registration", True),
        ("Full UK driving licence", True),
        ("Level 3 Diploma in Farriery", True),
        ("HMO licensing", False),
        ("videofluoroscopy", False),
        ("aerial rescue", False),
    ],
)
def test_things_held_are_told_from_things_done(name: str, held: bool) -> None:
    skill = FieldSkill(name, name, qualification="Diploma" in name)
    assert is_held_thing(skill) is held


def test_a_closer_name_of_a_status_is_held() -> None:
    status = FieldSkill("Chartered status", "Chartered status (CMgr)")
    code = FieldSkill("CMgr", "Chartered status (CMgr)", specifies=("Chartered status",))
    assert is_held_thing(code, [status, code])
