"""An answer kept short because the question asked for it is never told to take more room.

Invented fields only (sommelier, tree surgery, air-traffic control).
"""

from __future__ import annotations

import pytest

from interview_core.scorer.answer import assess_answer
from interview_core.scorer.questions import read_question
from interview_core.scorer.rules import applies

SHORT_STORY = (
    "A guest sent back a 2015 Barolo as corked on a full Saturday. I tasted it at the table, "
    "agreed, opened a second bottle from the same case and checked it first, and logged the "
    "faulty one for the supplier credit. The table stayed on the Barolo and came back the next month."
)


@pytest.mark.parametrize(
    "question",
    [
        "To keep us focused, pick one example of handling a wine complaint, and tell me briefly what you did and what the result was.",
        "Let me stop you there so we can focus. In two or three sentences, give me one example of a wine complaint: what you did yourself, and what came of it.",
        "There's a lot in that, so let me narrow it down. In a few sentences, what did you do yourself in one example of a wine complaint, and what was the result?",
    ],
)
def test_a_short_story_to_a_question_asking_for_one_is_not_told_to_say_more(question: str) -> None:
    assert read_question(question).asks_brief
    a = assess_answer(question, SHORT_STORY)
    assert not applies("brief", a)
    assert not applies("too_short", a)


def test_the_same_story_to_an_open_question_is_told_to_take_more_room() -> None:
    question = "Tell me about a time you handled a complaint about a wine at the table."
    assert not read_question(question).asks_brief
    assert applies("brief", assess_answer(question, SHORT_STORY))


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about a time you felled a tree in a tight garden.",
        "Walk me through how you would hand over a busy sector at the end of a shift.",
        "What made you apply for this role?",
    ],
)
def test_open_questions_do_not_ask_for_brevity(question: str) -> None:
    assert not read_question(question).asks_brief


def test_a_plan_asked_for_in_two_sentences_is_not_told_to_take_more_room() -> None:
    question = "Let me pause you there so we can focus. In two or three sentences, what would you do first on a sector handover, and why?"
    answer = (
        "First I would read the strip board and the weather with the outgoing controller and "
        "agree any traffic still climbing. Then I would take the sector only once both of us "
        "had checked the conflicts, because most handover incidents come from a missed climb."
    )
    a = assess_answer(question, answer)
    assert not applies("brief_plan", a)
