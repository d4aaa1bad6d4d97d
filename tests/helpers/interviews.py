"""Play an offline interview over fixed answers, for tests of the interviewer's flow."""

from __future__ import annotations

from interview_core.context import MAX_QUESTIONS, InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for


def play_questions(title: str, company: str, cv: str, job: str, answers: list[str]) -> list[str]:
    """The questions of an interview over `answers`, one a question."""
    ctx = InterviewContext(title, company, cv, job)
    asked: list[str] = []
    for answer in answers[:MAX_QUESTIONS]:
        question = interviewer_for(ctx).next_question(ctx.turns, MAX_QUESTIONS)
        asked.append(question)
        ctx = InterviewContext(title, company, cv, job, (*ctx.turns, Turn(question, answer)))
    return asked
