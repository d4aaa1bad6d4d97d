"""The pool: a few hundred interviews run for real, which generated sessions copy.

The real offline interviewer asks each of the 8 questions through its Provider interface,
a template candidate answers, and the real offline scorer scores the transcript.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..ai.base import Provider
from ..context import MAX_QUESTIONS, InterviewContext, Turn
from .catalogue import DemoRole, packaged_catalogue
from .documents import write_answer, write_cv, write_job_description

MIN_POOL, MAX_POOL = 12, 300

Scorer = Callable[[InterviewContext], tuple[dict[str, Any], list[dict[str, Any]]]]
"""Scores a complete interview: (feedback row, feedback_skills rows) without ids."""


@dataclass(frozen=True)
class PoolInterview:
    """One interview run for real; sessions copy its documents, transcript and feedback."""

    role: DemoRole
    company: str
    quality: str
    cv_text: str
    cv_filename: str
    job_description: str
    questions: tuple[str, ...]
    answers: tuple[str, ...]
    feedback: dict[str, Any]
    skills: tuple[dict[str, Any], ...]


def default_scorer() -> Scorer:
    """The real offline scorer: `feedback.score_interview` then `feedback.feedback_rows`."""
    from .. import feedback  # imported late: the demo's other parts do not need it

    def score(ctx: InterviewContext) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        # No wall-clock time in the payload, so a seed reproduces a run exactly; the
        # stored row's created_at is what readers see.
        report = feedback.score_interview(ctx).model_copy(update={"generated_at": None})
        row, skills = feedback.feedback_rows(0, report)
        return dict(row), [dict(s) for s in skills]

    return score


def default_interviewer() -> Provider:
    """The real offline interviewer."""
    from ..ai.offline import OfflineProvider

    return OfflineProvider()


def build_pool(
    size: int,
    seed: int,
    interviewer: Provider,
    scorer: Scorer,
    progress: Callable[[int, int], None] | None = None,
    year: int = 2025,
) -> list[PoolInterview]:
    """Run `size` distinct interviews for real: documents, 8 questions, answers, feedback."""
    cat = packaged_catalogue()
    rng = random.Random(f"pool-{seed}")
    names = [q.name for q in cat.qualities]
    weights = [q.weight for q in cat.qualities]
    pool: list[PoolInterview] = []
    for i in range(size):
        role = cat.roles[i % len(cat.roles)]
        company = rng.choice(role.hirers)
        quality = rng.choices(names, weights)[0]
        cv_text, cv_filename, cv_skills = write_cv(rng, role, quality, year)
        jd = write_job_description(rng, role, company)
        turns: list[Turn] = []
        for _ in range(MAX_QUESTIONS):
            ctx = InterviewContext(role.title, company, cv_text, jd, tuple(turns))
            question = "".join(interviewer.stream_question(ctx).chunks).strip()
            answer = write_answer(rng, role, quality, cv_skills, question)
            turns.append(Turn(question=question, answer=answer))
        row, skills = scorer(InterviewContext(role.title, company, cv_text, jd, tuple(turns)))
        pool.append(
            PoolInterview(
                role=role,
                company=company,
                quality=quality,
                cv_text=cv_text,
                cv_filename=cv_filename,
                job_description=jd,
                questions=tuple(t.question for t in turns),
                answers=tuple(t.answer or "" for t in turns),
                feedback=row,
                skills=tuple(skills),
            )
        )
        if progress:
            progress(i + 1, size)
    return pool


def pool_size_for(sessions: int) -> int:
    """A pool big enough to look varied, small enough to build in seconds."""
    return max(MIN_POOL, min(MAX_POOL, sessions // 20))
