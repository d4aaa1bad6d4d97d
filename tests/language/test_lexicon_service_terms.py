"""Terms of service, clinical, school and fleet work the lexicon lacked, read in invented
lines from other fields; and the names a skills item lists in its bracket."""

from __future__ import annotations

import pytest

from interview_core.language.profile import analyse_cv
from tests.helpers.reading import skill_names as _names


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Planned multi-drop routes for a florist's fleet of six vans.", "Multi-drop Planning"),
        ("Kept the removals fleet at FORS Silver.", "FORS"),
        ("Rolled out MFA for 40 staff at a dental group.", "Multi-factor Authentication"),
        (
            "Handled joiners, movers and leavers for a law firm of 90.",
            "Joiners, Movers and Leavers",
        ),
        ("Wrote 20 knowledge base articles for the box office system.", "Knowledge Base"),
        ("Led analyser validation for the new water-quality laboratory.", "Equipment Validation"),
        ("Competency sign-off for three trainee groomers.", "Competency Assessment"),
        ("Collected PROMs for the podiatry clinic's audit.", "PROMs"),
        ("Screened for serious pathology before manual therapy.", "Red Flag Screening"),
        ("Ran a weekly group class for knee pain patients.", "Group Rehabilitation"),
        ("Managed a caseload of 30 hearing-aid clients.", "Caseload Management"),
        # said in an answer, not a CV's phrase: still the skill, beside the people in it
        ("My caseload runs at 40 families, so I triage every referral.", "Caseload Management"),
        ("Led annual reviews for pupils with EHCPs.", "Annual Reviews"),
        ("Made the graduated approach part of every music lesson plan.", "Graduated Approach"),
        ("Scored bids with a 10% social value weighting.", "Social Value"),
        ("Spend analysis of the venue's catering contracts.", "Spend Analysis"),
        ("Delivered INSET on phonics to 20 teachers.", "Staff Training"),
    ],
)
def test_field_terms_are_read(line: str, skill: str) -> None:
    assert skill in _names(line)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Ran a group class in watercolour for adult learners.", "Group Rehabilitation"),
        ("Annual reviews of the supplier contracts.", "Annual Reviews"),
        ("The inset map shows the county.", "Staff Training"),
        ("The caseload software crashed twice.", "Caseload Management"),
    ],
)
def test_the_same_words_elsewhere_are_not_read(line: str, skill: str) -> None:
    assert skill not in _names(line)


_SKILLS = """Skills
Scheduling (Rotaready, Deputy) | Excel (advanced) | CSCS (Gold)
Stock control (document control, FIFO, audits)
Languages: Welsh (native), French (B2)
"""


def test_names_in_a_skills_items_bracket_are_items_but_grades_and_descriptions_are_not() -> None:
    listed = [s.name for s in analyse_cv(_SKILLS).listed_skills]
    assert "Rotaready" in listed and "Deputy" in listed
    for grade in ("advanced", "Gold", "FIFO", "native", "B2"):
        assert grade not in listed
