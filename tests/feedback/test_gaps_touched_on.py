"""A gap an answer names without an occasion of the candidate's own is told as touched on, never
as something no answer showed. Invented from a field the labelled pairs do not have (stage
rigging for touring shows)."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.scorer.summary import score_interview

CV = (
    "Lead Rigger, Northbeam Touring (2019 - present)\n"
    "- Rigged arena shows for 14 tours across the UK and Europe\n"
    "- Trained four junior riggers in motor control and load calculations\n"
)
JD = (
    "Head Rigger\nResponsibilities:\n- Lead the rigging crew on arena load-ins and load-outs\n"
    "- Write and brief RAMS for every venue\n"
    "Requirements:\n- Experience writing RAMS for live events\n"
)
QUESTION = (
    "Tell me about a load-in that was not straightforward: what did you do and how did it end?"
)
TOUCHED = (
    "So the load-ins, well they vary, some venues are tight and some are not, and RAMS matter "
    "a lot on tour, some venues are very strict about them, and the motors, and the weather "
    "if it's outdoors, so it's a mix of things really."
)
SILENT = "I usually get in early, check the motors and the truss, and we go from there."


def _gap_lines(answer: str) -> list[str]:
    ctx = InterviewContext("Head Rigger", "Arcline Live", CV, JD, (Turn(QUESTION, answer),))
    return [w for w in score_interview(ctx).weaknesses if "RAMS" in w]


def test_a_gap_an_answer_names_is_touched_on_not_unshown() -> None:
    lines = _gap_lines(TOUCHED)
    assert any("question 1 touched on it" in line for line in lines), lines
    assert not any("nor any answer showed" in line for line in lines), lines


def test_a_gap_no_answer_names_is_still_unshown() -> None:
    lines = _gap_lines(SILENT)
    assert any("neither your CV nor any answer showed" in line for line in lines), lines
