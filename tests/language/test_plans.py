"""When a "would" is a real plan (`language/plans.py`, `data/plans.toml`): what the candidate
would do about the matter asked, not a hedge, a habit told in a story, reported speech, "I'd"
for "I had" nor a look back. Invented sentences from fields the repository holds no documents
of (farrier, sommelier, tree surgeon, archivist, orthoptist, air-traffic control)."""

from __future__ import annotations

import re

import pytest

from interview_core.language.plans import is_plan, tells_story

_MARKER = re.compile(r"(?<![\w'])(?:i would|i'd|i will|i'll|would probably|would try)(?![\w'])")
STORY = " I pulled the shoe, I found a bruise at the toe and I called the vet."


def _first_marker_is_plan(text: str) -> bool:
    low = text.lower()
    found = _MARKER.search(low)
    assert found, text
    return is_plan(low, found.start(), found.end())


@pytest.mark.parametrize(
    "text",
    [
        "I would say it was the busiest winter we had." + STORY,
        "I'd argue the guests at the Linden were the hardest in the city.",
        "I'd probably say the catalogue was in the worst state of any I had seen.",
        "Honestly I'd like to think the tower team trusted me by then.",
        "We had a new client and I would usually do her horses on a Tuesday." + STORY,
        "Every Friday I would walk the reading room with the conservator." + STORY,
        "She said I would need to come out every fortnight, which I did.",
        "The consultant told me I'd be running the clinic alone by March.",
        "I knew I would have to move the job to the Monday.",
        "I'd been on the crew about two years when it happened.",
        "I'd already spoken to the school before the wind picked up.",
        "Looking back, I would have rung the controller sooner.",
    ],
)
def test_a_would_in_passing_is_no_plan(text: str) -> None:
    assert not _first_marker_is_plan(text)


@pytest.mark.parametrize(
    "text",
    [
        "I would sit down with the conservator first and agree what to box.",
        "I'd ring the vet before I touched the foot.",
        "I'd say to the guest that we would open a fresh bottle straight away.",
        "I would usually start with the weather brief, then check the rigging plan.",
        "If it happened again I would have to check the lowering point myself.",
        "I'll book the prism trial and review her in six weeks.",
        "I would probably split the sector and hand the arrivals over.",
        "If the owner refused, I'd call a meeting with the yard manager.",
        "I'd consider whether the foxing is active before I box anything.",
        "I'd think about the wind first and then the lowering point.",
        "By the third month I'd hope the cellar team is running the stocktake.",
    ],
)
def test_a_plan_is_still_a_plan(text: str) -> None:
    assert _first_marker_is_plan(text)


def test_a_story_is_two_past_steps_even_in_unlisted_verbs() -> None:
    assert tells_story("i requeened four colonies and we moved the apiary.")
    assert tells_story(STORY.lower())
    assert not tells_story("i would walk the site and i check the logs.")
