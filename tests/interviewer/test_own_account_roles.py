"""A role worked on one's own account ("Self-employed", "Freelance" where an employer
would be) names no employer: the reader marks it, and no question says "at Self-employed".

Invented CVs of fields the labelled pairs do not have (floristry, sign-language
interpreting, farriery).
"""

from __future__ import annotations

from datetime import date

import pytest

from interview_core.context import InterviewContext
from interview_core.interviewer.engine import interviewer_for
from interview_core.language.cv import analyse_cv, own_account
from interview_core.language.dates import as_of

CV = """Alex Morgan
Experience
{title}
{employer} | March 2019 – present
- Built a client base of 60 households and trained an apprentice
Florist
Petal & Stem Ltd | 2015 – 2019
- Made bridal arrangements for 40 weddings a year
"""


@pytest.mark.parametrize(
    ("employer", "kind"),
    [
        ("Self-employed", "self-employed"),
        ("Self Employed", "self-employed"),
        ("Sole Trader", "self-employed"),
        ("Freelance", "freelance"),
        ("Freelancer", "freelance"),
        ("Petal & Stem Ltd", ""),
        ("Freelance Interpreting Services Ltd", ""),
    ],
)
def test_the_reader_marks_work_on_own_account(employer: str, kind: str) -> None:
    assert own_account(employer) == kind
    cv = analyse_cv(CV.format(title="Florist", employer=employer))
    assert cv.current_role is not None and cv.current_role.own_account == kind


@as_of(date(2026, 6, 1))
def _openers(title: str, employer: str) -> list[str]:
    cv = CV.format(title=title, employer=employer)
    ctx = InterviewContext("Senior Florist", "Bloomfield Ltd", cv, "Main duties\n- Lead the team\n")
    return interviewer_for(ctx).render.opener()


@pytest.mark.parametrize(
    ("title", "employer", "said"),
    [
        ("Florist", "Self-employed", "a self-employed Florist"),
        ("Sign Language Interpreter", "Freelance", "a freelance Sign Language Interpreter"),
        # The title says it already: not said twice.
        ("Freelance Florist", "Freelance", "a Freelance Florist"),
    ],
)
def test_the_opener_says_self_employed_work_as_such(title: str, employer: str, said: str) -> None:
    for opener in _openers(title, employer):
        assert said in opener
        assert f"at {employer}" not in opener and "freelance Freelance" not in opener


def test_a_mention_in_self_employed_work_is_placed_as_such() -> None:
    cv = CV.format(title="Farrier", employer="Self-employed")
    ctx = InterviewContext("Farrier", "Hale Forge Ltd", cv, "Main duties\n- Shoe horses\n")
    render = interviewer_for(ctx).render
    assert render._at("Self-employed") == " in your self-employed work"
    assert render._at("Petal & Stem Ltd") == " at Petal & Stem Ltd"


def test_the_role_is_described_without_an_employer() -> None:
    cv = analyse_cv(CV.format(title="Florist", employer="Freelance"))
    assert cv.current_role is not None and cv.current_role.describe() == "Florist (freelance)"
