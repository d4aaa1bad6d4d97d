"""Reading test material: a CV's roles as tuples of the fields a test checks, the skill names
a text is read to hold, and the interviewer played over a list of answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.engine import Decision, interviewer_for
from interview_core.language.profile import analyse_cv
from interview_core.language.skills import extract_skills


def role_fields(text: str, *fields: str, this_year: int | None = None) -> list[tuple[Any, ...]]:
    """Each role read from the CV `text`, as the tuple of its `fields` ("title", "employer",
    "start_year", ...); with `this_year`, years are counted to January of that year."""
    return [tuple(getattr(r, name) for name in fields) for r in analyse_cv(text, this_year).roles]


def skill_names(text: str) -> set[str]:
    """The names of the lexicon skills read in `text`."""
    return {s.name for s in extract_skills(text)}


def decisions_over(ctx: InterviewContext, answers: Sequence[str], limit: int = 8) -> list[Decision]:
    """The interviewer's decisions over `answers`, one each, and the next after the last: the
    context grows a turn at a time (a fresh interviewer for each, as the app makes one)."""
    out: list[Decision] = []
    for answer in answers:
        decision = interviewer_for(ctx).next_decision(ctx.turns, limit)
        out.append(decision)
        turns = (*ctx.turns, Turn(decision.text, answer))
        ctx = replace(ctx, turns=turns)
    out.append(interviewer_for(ctx).next_decision(ctx.turns, limit))
    return out
