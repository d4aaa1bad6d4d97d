"""Whole interviews built from the development set: the offline interviewer's questions and a
script's answers, as the scorer and the feedback see them.

The offline interviewer asks each question from the CV, the job and the answers so far, so
an interview is played turn by turn exactly as in the product.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.devset import DevPair, load_pairs  # noqa: E402
from interview_core.context import InterviewContext, Turn  # noqa: E402
from interview_core.interviewer.engine import plan_question  # noqa: E402


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


def pairs(split: str | None = None) -> list[DevPair]:
    """The development set's pairs (dev and heldout unless a split is named)."""
    return load_pairs(split)
