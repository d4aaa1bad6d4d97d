"""A sentence led by the candidate's past verb is a step they took, also when that past form
is a verb of its own ("found", "saw", "wound"); a verb the same in the present ("put", "set")
or a present verb says no more than a habit. Invented lines from fields the repository does
not hold (lift maintenance, bell ringing, clock repair)."""

from __future__ import annotations

import pytest

from interview_core.scorer.answer import led_by_action


@pytest.mark.parametrize(
    "sentence",
    [
        "I found the landing door contact was worn, so I isolated the lift.",
        "I saw that the rope had frayed and stopped the ringing practice.",
        "I wound the movement down and replaced the mainspring.",
        "Before the service, I checked every governor rope.",
    ],
)
def test_a_past_form_that_is_also_a_verb_of_its_own_is_a_step(sentence: str) -> None:
    assert led_by_action(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I put safety first on every job.",
        "I think it went well in the end.",
        "I lead the Sunday band.",
        "I was the duty engineer that night.",
    ],
)
def test_a_habit_or_a_state_is_no_step(sentence: str) -> None:
    assert not led_by_action(sentence)
