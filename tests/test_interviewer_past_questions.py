"""Questions about the candidate's past: without the job's own figures, in the candidate's years."""

from __future__ import annotations

from datetime import date

import pytest

from interview_core.ai.base import InterviewContext
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.phrases import as_general, gerund
from interview_core.language.dates import as_of


@pytest.mark.parametrize(
    ("duty", "general"),
    [
        (
            "reconcile stock counts for the 12 depots, including cycle counts and write-offs",
            "reconcile stock counts, including cycle counts and write-offs",
        ),
        ("supervise a team of five dispatchers", "supervise a team of dispatchers"),
        ("coach 9 junior designers and two interns", "coach junior designers and interns"),
        ("run a £3m refurbishment programme", "run a refurbishment programme"),
        (
            "own the fleet budget (around £4m) and the depot plan",
            "own the fleet budget and the depot plan",
        ),
        (
            "track the metrics (footfall, dwell time, sales)",
            "track the metrics (footfall, dwell time, sales)",
        ),
        ("manage a budget of £450k across the region", "manage a budget across the region"),
        ("look after up to 30 residents on a 24-bed unit", "look after residents on a unit"),
        ("supervise 40 staff across 3 sites", "supervise staff across sites"),
    ],
)
def test_a_past_question_drops_the_jobs_own_figures(duty: str, general: str) -> None:
    assert as_general(duty) == general


@pytest.mark.parametrize(
    "duty",
    [
        "respond to service requests within 4 hours",
        "teach Year 10 and Key Stage 4 groups",
        "hold one of the two on-call rotas",
        # A number naming a kind or a grade, or counting nothing, is no group of the job's.
        "assess and manage adults with type 1 and type 2 diabetes",
        "teach level 3 learners and handle priority 1 calls",
        "run 4 clinics a week",
    ],
)
def test_limits_names_and_shares_are_kept(duty: str) -> None:
    assert as_general(duty) == duty


CHANGER_CV = """Experience
Senior Orthoptist | Brookfield Eye Hospital | Sept 2019 – present
- Ran the paediatric squint clinic; waits fell from 16 to 9 weeks
Orthoptist | Brookfield Eye Hospital | Sept 2017 – Aug 2019
- Assessed binocular vision in adults and children
Optical Sales Adviser | SpecSavvy Ltd | 2012 – 2016
- Dispensed glasses and contact lenses
"""
CHANGER_JOB = """Lead Orthoptist

Main duties
- Lead the orthoptic service across two sites
- Supervise a team of four orthoptists
"""


@as_of(date(2026, 1, 15))
def _opener(cv: str) -> str:
    ctx = InterviewContext("Lead Orthoptist", "Fairmead Eye Unit", cv, CHANGER_JOB, ())
    return interviewer_for(ctx).render.opener()


def test_a_career_changer_is_counted_by_years_in_the_field() -> None:
    options = _opener(CHANGER_CV)
    counted = [o for o in options if "years" in o]
    assert counted, options
    assert all("about 8 years as an orthoptist" in o for o in counted), counted


def test_a_later_pair_of_verbs_is_turned_as_well() -> None:
    assert gerund("book and confirm venues, and draft and send invitations") == (
        "booking and confirming venues, and drafting and sending invitations"
    )
