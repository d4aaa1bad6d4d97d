"""An honest "I haven't done that yet" is asked how the candidate would close the gap, not
for a result it cannot have (invented aircraft-engineering and estate-agency answers)."""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.answers import admits_gap
from interview_core.interviewer.engine import interviewer_for


@pytest.mark.parametrize(
    "answer",
    [
        "I haven't certified a full C-check yet. The nearest thing is twenty inputs as a trainee.",
        "I've never had the chance to value a house over a million; I've shadowed 30 of them.",
        "Not yet — the closest I've come is covering the manager's leave for six months.",
    ],
)
def test_an_answer_that_owns_up_to_a_gap_is_read_so(answer: str) -> None:
    assert admits_gap(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "I run the payrolls and check everything carefully. I've never had any major problems.",
        "We scored twice in ten minutes. I've never heard the ground so loud.",
        "I rang the client and we fixed the fault before the flight left.",
    ],
)
def test_a_negation_that_admits_nothing_is_no_gap(answer: str) -> None:
    assert not admits_gap(answer)


CV = """Experience
B1 Licensed Engineer, Skyline Line Maintenance, Gatwick — 2021 – present
- Cut technical delays from 1.9% to 1.2% by pre-positioning parts
"""
JOB = """Responsibilities
- Certify base maintenance checks (C-checks) on A320 family aircraft
- Lead and supervise mechanics on shift
- Record all work accurately in AMOS
"""


def test_an_honest_gap_is_followed_by_how_they_would_close_it() -> None:
    ctx = InterviewContext("B1 Engineer", "Northjet", CV, JOB)
    first = interviewer_for(ctx).next_decision((), 8)
    opener = "I've been line B1 for four years on A320s and I know the AMOS side well."
    ctx = InterviewContext(ctx.job_title, ctx.company_name, CV, JOB, (Turn(first.text, opener),))
    second = interviewer_for(ctx).next_decision(ctx.turns, 8)
    gap = (
        "I haven't certified a full C-check as the B1. The nearest thing is that as a trainee "
        "I worked on about twenty C-check inputs on the A320 family under supervision."
    )
    ctx = InterviewContext(
        ctx.job_title, ctx.company_name, CV, JOB, (*ctx.turns, Turn(second.text, gap))
    )
    third = interviewer_for(ctx).next_decision(ctx.turns, 8)
    assert third.asked.followup is not None
    assert "result" not in third.text.lower() and "measure" not in third.text.lower()
    assert "learn" in third.text.lower()
