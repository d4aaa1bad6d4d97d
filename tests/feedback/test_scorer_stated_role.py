"""A candidate who says their own part in a team ("I was helm", "as the lead officer I…") is
not told that "we" hides it; a team story where their part is never said still is.

Invented answers from fields the product was not written for: lifeboat crew, customs
officer, tree surgeon, glazier.
"""

from __future__ import annotations

import pytest

from interview_core.scorer import assess_answer
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.rules import applies, verdict
from interview_core.scorer.signals import role_stated

LIFEBOAT_Q = (
    "Tell me about a time a launch did not go to plan: what was at stake, what did you do, "
    "and how did it turn out?"
)
LIFEBOAT_ROLE = (
    "In March we launched to a yacht with a fouled propeller off Black Head. I was helm, the "
    "coxswain ran the deck. The swell was building and we were losing light. We found her "
    "drifting towards the rocks, we passed a tow at the second attempt and we towed her into "
    "Porthallow. She was alongside within the hour and her crew of three were unhurt."
)
LIFEBOAT_UNSAID = (
    "In March we launched to a yacht with a fouled propeller off Black Head. The swell was "
    "building and we were losing light. We found her drifting towards the rocks, we passed a "
    "tow at the second attempt and we towed her into Porthallow. She was alongside within the "
    "hour and her crew of three were unhurt."
)
CUSTOMS_Q = "Tell me about a search that found something others had missed. What did you do?"
CUSTOMS_ROLE = (
    "At Dover East we had a curtain-sider whose seals did not match the manifest. As the lead "
    "officer, I set the search plan. We x-rayed the trailer, we checked the pallet counts and "
    "we opened the false floor at the front. We seized 40 kilos of tobacco that the first check "
    "had cleared."
)
CUSTOMS_MEMBER = (
    "At Dover East we had a curtain-sider whose seals did not match the manifest. I was part of "
    "the team on that shift. We x-rayed the trailer, we checked the pallet counts and we opened "
    "the false floor at the front. We seized 40 kilos of tobacco that the first check had "
    "cleared."
)


def test_a_stated_part_lets_the_team_say_we() -> None:
    a = assess_answer(LIFEBOAT_Q, LIFEBOAT_ROLE)
    assert a.signals.we_subject > a.signals.i_subject
    assert a.signals.role_stated
    assert not applies("we_over_i", a)
    assert "“we” more than “I”" not in verdict(a)
    assert not any("team's part" in line for line in stronger_answer(a, "", []))
    # The share of "I" is no longer held against it.
    assert a.signals.ownership >= 0.5


def test_a_team_story_with_no_part_of_ones_own_is_still_faulted() -> None:
    a = assess_answer(LIFEBOAT_Q, LIFEBOAT_UNSAID)
    assert not a.signals.role_stated
    assert applies("we_over_i", a)


def test_as_the_lead_officer_states_a_part_and_part_of_the_team_does_not() -> None:
    assert not applies("we_over_i", assess_answer(CUSTOMS_Q, CUSTOMS_ROLE))
    assert applies("we_over_i", assess_answer(CUSTOMS_Q, CUSTOMS_MEMBER))


@pytest.mark.parametrize(
    "text",
    [
        "I was pilot monitoring, the captain was flying.",
        "I was the climber and Dave was on the ropes below.",
        "As scrub nurse I counted the swabs before we closed.",
        "I was the lead on the shopfront reglaze.",
        "My role was to keep the tally of every pane.",
        "I was the one calling out the minutes.",
    ],
)
def test_parts_stated_in_many_ways(text: str) -> None:
    assert role_stated(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was nervous but we kept going.",
        "I was part of the crew that night.",
        "I was told to wait at the gate.",
        "As a result, I was promoted.",
        "I was there when the pane cracked.",
        "I was working nights then.",
        "I was a bit worried about the wind.",
        "As soon as I arrived we started.",
    ],
)
def test_states_and_passives_are_no_part(text: str) -> None:
    assert not role_stated(text)
