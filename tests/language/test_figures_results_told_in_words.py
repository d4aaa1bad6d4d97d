"""Results told in words are changes, and the size or the rate of the work is no result.
Invented sentences from fields outside the development set (solar installer, housing
officer, sommelier, clinical trials coordinator)."""

from __future__ import annotations

import pytest

from interview_core.language.figures import RESULT, SCALE, changes, figure_role, figures


def _changes(text: str) -> list[str]:
    return [text[a:b] for a, b in changes(text)]


def _roles(text: str) -> dict[str, str]:
    return {f.text: figure_role(text, f) for f in figures(text)}


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "I moved the rent checks online, which took arrears calls from about forty hours "
            "a month to twelve.",
            "from about forty hours a month to twelve",
        ),
        ("We re-strung the panels and callbacks went from 30 a week to 8.", "from 30 a week to 8"),
        ("I changed how we decant and cut it to a third of the old wait.", "cut it to a third"),
        ("I rebuilt the repair triage and got them down to twelve.", "got them down to twelve"),
        ("I rewrote the consent script and we've had no complaints since.", "no complaints since"),
        (
            "We haven't had a single missed dose after that.",
            "haven't had a single missed dose after that",
        ),
        ("The pharmacy found none since.", "none since"),
        ("I halved the backlog of repair requests.", "halved"),
    ],
)
def test_a_result_told_in_words_is_a_change(sentence: str, told: str) -> None:
    assert told in _changes(sentence)


def test_a_time_in_words_after_within_is_a_result_and_a_plain_duration_is_not() -> None:
    fast = "I swapped the inverter and the array was back generating within ten minutes."
    assert _roles(fast) == {"ten minutes": RESULT}
    assert not figures("The install took three weeks and I led it for two years.")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # The volume of the job, a rate of it.
        ("I completed 120 title reports a month for the lettings team.", "120 title reports"),
        ("I logged 40 hours a week on site visits.", "40 hours"),
        # A thing of the work described by its size.
        ("I ran a £380k cellar refit for the group.", "£380k"),
        ("I delivered a £380k cellar refit for the group.", "£380k"),
        # A bar the result is set against.
        ("My visit logs scored 97% against a team average of 91%.", "91%"),
        ("My visit logs scored 97%, above the 91% team average.", "91%"),
    ],
)
def test_the_scale_or_a_benchmark_is_no_result(sentence: str, figure: str) -> None:
    assert _roles(sentence)[figure] == SCALE


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("I saved 40 hours a month by batching the site visits.", "40 hours"),
        ("I won a £18k saving on the wine list.", "£18k"),
        ("Our sites reached a 96% pass rate at audit.", "96%"),
        ("My visit logs scored 97% against a team average of 91%.", "97%"),
    ],
)
def test_a_result_stays_a_result(sentence: str, figure: str) -> None:
    assert _roles(sentence)[figure] == RESULT
