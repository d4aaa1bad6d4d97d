"""The brief handed to the model providers stays short: it stands in for most of the documents."""

from __future__ import annotations

from pathlib import Path

from interview_core.ai.prompts import estimate_tokens, question_prompt
from interview_core.context import InterviewContext
from interview_core.interviewer.brief import LINE_CHARS, MAX_DUTIES, MAX_SHOWN, brief_for

DOCUMENTS = Path(__file__).parent / "data" / "documents"


def _ctx() -> InterviewContext:
    cv = (DOCUMENTS / "software_cv.md").read_text(encoding="utf-8")
    jd = (DOCUMENTS / "software_jd.md").read_text(encoding="utf-8")
    return InterviewContext("Senior Backend Engineer", "Northwind Logistics", cv, jd)


def test_the_brief_is_short_and_each_line_bounded() -> None:
    brief = brief_for(_ctx())
    assert len(brief.shown) <= MAX_SHOWN and len(brief.duties_open) <= MAX_DUTIES
    for line in brief.shown:
        evidence = line.split(": ", 1)[1]
        assert len(evidence) <= LINE_CHARS + 1
    assert estimate_tokens(brief.as_text()) <= 260


def test_the_first_question_prompt_stays_near_its_budget() -> None:
    assert question_prompt(_ctx()).estimated_tokens <= 1_350
