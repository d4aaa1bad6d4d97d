"""Whole interviews built from the development set: the offline interviewer's questions and a
script's answers, as the scorer and the feedback see them.

The offline interviewer asks each question from the CV, the job and the answers so far, so
an interview is played turn by turn exactly as in the product.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.devset import DevPair, load_pairs  # noqa: E402
from interview_core.context import (  # noqa: E402
    MAX_QUESTIONS,  # noqa: E402
    InterviewContext,
    Turn,
)
from interview_core.interviewer.engine import Decision, interviewer_for, plan_question  # noqa: E402


def interview(pair: DevPair, script: str) -> InterviewContext:
    """The complete interview of `pair` answered with `script`'s eight answers."""
    ctx = InterviewContext(pair.job_title, pair.company, pair.cv_text, pair.job_text)
    for answer in pair.scripts[script]:
        question = plan_question(ctx)
        ctx = InterviewContext(
            ctx.job_title,
            ctx.company_name,
            ctx.cv_text,
            ctx.job_description,
            (*ctx.turns, Turn(question, answer.text)),
        )
    return ctx


def played(pair: DevPair, answers: Sequence[str]) -> tuple[InterviewContext, list[Decision]]:
    """The interview of `pair` with `answers` (one per question), played turn by turn, and
    the interviewer's decision at each question: what it asked and why."""
    ctx = InterviewContext(pair.job_title, pair.company, pair.cv_text, pair.job_text)
    decisions: list[Decision] = []
    for answer in answers[:MAX_QUESTIONS]:
        decision = interviewer_for(ctx).next_decision(ctx.turns, MAX_QUESTIONS)
        decisions.append(decision)
        ctx = InterviewContext(
            ctx.job_title,
            ctx.company_name,
            ctx.cv_text,
            ctx.job_description,
            (*ctx.turns, Turn(decision.text, answer)),
        )
    return ctx, decisions


def pairs(split: str | None = None) -> list[DevPair]:
    """The development set's pairs (dev and heldout unless a split is named)."""
    return load_pairs(split)
