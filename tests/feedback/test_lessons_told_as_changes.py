"""A lesson is often told as the change made after a story ("we've since…", "now part of our
checklist") rather than named as a lesson; such an answer covers the "lessons learned" talking point,
a plain sequence of steps or a routine does not. Invented answers from fields the labelled pairs
do not have (a railway signaller, a brewery technician, a kennel manager)."""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.scorer.summary import score_interview

CV = (
    "Kennel Manager, Hillside Boarding Kennels (2019 - present)\n"
    "- Run a 60-dog boarding kennel and a team of six kennel assistants\n"
)
JD = (
    "Kennel Manager\nResponsibilities:\n- Lead the kennel team and keep the dogs safe and well\n"
    "- Improve cleaning and feeding routines\n"
)
QUESTION = "Tell me about a time something went wrong on your shift and what you did."


def _lessons(answer: str) -> bool:
    ctx = InterviewContext("Kennel Manager", "Oakfield Kennels", CV, JD, (Turn(QUESTION, answer),))
    points = {p.key: p for p in score_interview(ctx).insights.talking_points}
    return points["lessons_learned"].covered


@pytest.mark.parametrize(
    "answer",
    [
        "A dog slipped its lead during the evening walk because the clip was worn. I closed the "
        "gates, we found him in ten minutes and he was unhurt. We've since replaced every clip "
        "and check them on Mondays.",
        "Two dogs were fed the wrong diet on my shift because the board was out of date. I "
        "called the owners and the vet, and both dogs were fine. We have since put a feeding "
        "sheet on each kennel door, signed at every meal.",
        "A signal failure held four trains for twenty minutes. I talked the drivers past the "
        "signal under caution and logged it. From then on I have kept the failure cards at the "
        "desk, not in the cupboard, so it does not happen again.",
    ],
)
def test_a_change_made_after_the_story_covers_lessons_learned(answer: str) -> None:
    assert _lessons(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "A dog slipped its lead during the evening walk. I closed the gates, then I called the "
        "owner, and we found him in ten minutes; he was unhurt.",
        "At the brewery I check the fermenters every morning, log the gravity readings and "
        "clean down the lines before the next brew.",
        # "Afterwards" is as often the next step of the story as a change made after it.
        "Two dogs were fed the wrong diet. I called the owners and the vet. Afterwards I spoke "
        "to the assistant on her own and she apologised; both dogs were fine.",
    ],
)
def test_steps_and_routines_are_no_lesson(answer: str) -> None:
    assert not _lessons(answer)
