"""A CV line telling a change of rating or standing in words already has its result: the coach
never asks to add a figure to it. A move of place or of method is no such result. Invented
lines from fields the labelled pairs do not have (a care home, a school, a depot, a bakery)."""

from __future__ import annotations

import pytest

from interview_core.scorer.cv import _has_figure


@pytest.mark.parametrize(
    "line",
    [
        "Led preparation for the 2023 CQC inspection; overall rating moved from Requires "
        "Improvement to Good",
        "Took the school from Requires Improvement to Good at the 2022 Ofsted inspection",
        "Brought the depot's audit status from red to green within one quarter",
        "Helped move the bakery's hygiene rating from Generally Satisfactory to Very Good",
    ],
)
def test_a_rating_changed_in_words_is_a_result(line: str) -> None:
    assert _has_figure(line)


@pytest.mark.parametrize(
    "line",
    [
        "Moved the team from Leeds to York",
        "Moved from paper job sheets to a tablet app",
        "Ran the Saturday market stall for the farm shop",
    ],
)
def test_a_move_of_place_or_method_still_wants_its_figure(line: str) -> None:
    assert not _has_figure(line)
