"""A weakness naming several questions says "questions", one naming one says "question"."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.scorer.summary import score_interview

CV = "Signaller, Northline Rail (2018 - present)\n- Run a 40-mile section of twin track\n"
JD = "Signaller\nResponsibilities:\n- Keep trains moving safely through the section\n"
PLAN = (
    "I would first check the train register, then I would call the driver and I would "
    "caution the next train through, and I would tell control what I had done."
)


def _weaknesses(questions: list[str]) -> list[str]:
    turns = tuple(Turn(q, PLAN) for q in questions)
    ctx = InterviewContext("Signaller", "Southline Rail", CV, JD, turns)
    return score_interview(ctx).weaknesses


def test_one_question_told_what_you_would_do_is_singular() -> None:
    lines = _weaknesses(["Tell me about a time a signal failed on your shift."])
    assert any(line.startswith("In question 1 you said what you would do") for line in lines)


def test_several_questions_told_what_you_would_do_are_plural() -> None:
    lines = _weaknesses(
        [
            "Tell me about a time a signal failed on your shift.",
            "Describe a time you had to caution a train past a red signal.",
        ]
    )
    assert any(line.startswith("In questions 1 and 2 you said what you would do") for line in lines)
