"""Figures written in words count as figures in the report's summary."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.scorer import score_interview

CV = "Dental Nurse, Harbour Dental, Truro (2020 - now)\n- Chairside support for three dentists.\n"
JOB = "Lead Dental Nurse. You'll run the surgery rota, train trainee nurses and manage stock."
QUESTIONS = (
    "Tell me about a time you trained a trainee nurse: what did you do, and how did it go?",
    "Describe a time you sorted out a stock problem: what did you do, and what was the result?",
    "Tell me about a time you changed the surgery rota: what did you do, and what happened?",
)
ANSWERS = (
    "I trained two trainee nurses last year. I paired each with a senior nurse for fourteen "
    "sessions and checked their logbooks every Friday. Both passed their exams first time.",
    "Our stock of impression material kept running out. I set up a weekly stock count and a "
    "reorder level of twelve boxes, and the stock problem did not come back for nine months.",
    "The surgery rota was always short on Fridays. I changed the rota, moved the admin half-day "
    "to Tuesday and swapped two shifts, and Fridays ran with a full team for three months.",
)


def test_answers_with_figures_in_words_are_not_said_to_have_none() -> None:
    turns = tuple(Turn(q, a) for q, a in zip(QUESTIONS, ANSWERS, strict=True))
    report = score_interview(InterviewContext("Lead Dental Nurse", "Bay Dental", CV, JOB, turns))
    assert not any("no figures" in w for w in report.weaknesses), report.weaknesses
