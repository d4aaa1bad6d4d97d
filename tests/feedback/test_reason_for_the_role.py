"""A reason for wanting the role is a reason about the role, not a "because" inside a story.

Invented fields only (falconry, orthoptics, tree surgery).
"""

from __future__ import annotations

import pytest

from interview_core.scorer.answer import assess_answer
from interview_core.scorer.rules import applies

OPENER = (
    "To start, could you walk me through your background, in particular your current role as "
    "a Senior Falconer at Hawkridge Bird Control, and what draws you to the Head Falconer role "
    "at Skyward Pest Solutions?"
)

STORY_ONLY = (
    "Last spring a food factory was about to drop us because gulls had been getting into the "
    "loading bay for five weeks. I went through the site logs and saw the birds came in at "
    "first light when the shutters opened. I moved our flying slot to 5am, brought in a "
    "second Harris hawk and had the shutter times changed. Within three weeks sightings fell "
    "from forty a day to two, and the client renewed for two years."
)


def test_a_story_with_because_gives_no_reason_for_wanting_the_role() -> None:
    a = assess_answer(OPENER, STORY_ONLY)
    assert a.signals.motivation["reason"] == 0
    assert applies("no_reason", a)


@pytest.mark.parametrize(
    "reason",
    [
        "I'm applying because Skyward runs its own breeding programme and I want to train young birds from the start.",
        "What draws me is the chance to lead a team of six falconers across the north-west.",
        "I'd like to move into a head role because your contracts are longer and I can plan the birds' year properly.",
    ],
)
def test_a_reason_about_the_role_counts(reason: str) -> None:
    a = assess_answer(OPENER, f"{STORY_ONLY} {reason}")
    assert a.signals.motivation["reason"] > 0
    assert not applies("no_reason", a)
