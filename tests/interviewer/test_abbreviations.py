"""Names that end on an abbreviation's dot ("B.V.", "Co.") read cleanly in questions."""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext
from interview_core.interviewer.engine import plan_question
from interview_core.interviewer.fluency import problems
from interview_core.interviewer.wording import fill


@pytest.mark.parametrize(
    "question",
    [
        "What draws you to the Planner role at Vandermeer Logistiek B.V.?",
        "At Rossi Bianchi S.r.l., what was your part?",
        "When you were at Harding Lowe Co., what did you change first?",
    ],
)
def test_an_abbreviations_dot_before_a_mark_is_no_doubled_punctuation(question: str) -> None:
    assert problems(question) == []


@pytest.mark.parametrize("question", ["What did you do.. then?", "Why?, and how?"])
def test_doubled_punctuation_is_still_found(question: str) -> None:
    assert "doubled punctuation" in problems(question)


def test_a_name_ending_on_its_dot_keeps_one_dot_before_a_full_stop() -> None:
    assert fill("You work at {firm}.", {"firm": "Vandermeer Logistiek B.V."}) == (
        "You work at Vandermeer Logistiek B.V."
    )
    assert fill("Then {said}...", {"said": "we waited"}) == "Then we waited..."


def test_the_opener_for_a_firm_named_with_its_legal_form_is_fluent() -> None:
    cv = (
        "Experience\n"
        "Transport Planner, Vandermeer Logistiek B.V., Rotterdam\n"
        "Mar 2019 – present\n"
        "- Planned 140 cross-dock loads a week for Benelux retail customers.\n"
    )
    job = "Senior Planner\nResponsibilities\n- Plan cross-dock loads.\n- Lead the planning desk.\n"
    ctx = InterviewContext("Senior Planner", "Kade Freight B.V.", cv, job, ())
    opener = plan_question(ctx)
    assert problems(opener) == [], opener
