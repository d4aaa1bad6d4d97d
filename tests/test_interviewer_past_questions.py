"""Questions about the candidate's past: without the job's own figures, in the candidate's years."""

from __future__ import annotations

import pytest

from interview_core.interviewer.phrases import as_general


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
    ],
)
def test_limits_names_and_shares_are_kept(duty: str) -> None:
    assert as_general(duty) == duty
