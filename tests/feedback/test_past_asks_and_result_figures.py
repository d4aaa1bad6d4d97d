"""A question asking what was done is read as asking for a past story, and the figure held
up from an answer is its result, not the state before it.

Invented fields only (sommelier, archivist, air-traffic control).
"""

from __future__ import annotations

import pytest

from interview_core.scorer.answer import assess_answer
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.questions import read_question
from interview_core.scorer.summary import _figure_example, result_evidence


@pytest.mark.parametrize(
    "question",
    [
        "In this role you'd build the wine list for three restaurants. What have you done so far "
        "that comes nearest to that: what was your part, and how did it go?",
        "In this role you'd catalogue the estate papers. Take me through one occasion from that "
        "work: what was your part, and how did it go?",
    ],
)
def test_a_question_on_what_was_done_asks_for_a_story(question: str) -> None:
    reading = read_question(question)
    assert reading.kind == "behavioural"
    assert reading.wants_story and not reading.wants_plan


def test_a_past_story_is_not_given_plan_lines() -> None:
    question = (
        "In this role you'd build the wine list for three restaurants. What have you done so far "
        "that comes nearest to that: what was your part, and how did it go?"
    )
    answer = (
        "At the Harbour Room I rebuilt the list when we changed the menu to small plates. I cut "
        "it from 240 bins to 150, added twelve wines by the glass and trained the floor team on "
        "each new pairing. Wine sales per cover rose from £9 to £14 over the next quarter."
    )
    outline = stronger_answer(assess_answer(question, answer), "", [])
    plan_words = ("what you would do first", "which way you would lean", "measure you would watch")
    assert not any(w in line for line in outline for w in plan_words), outline


def test_the_figure_held_up_is_the_result_not_the_state_before() -> None:
    answer = (
        "The reading room backlog was bad when I started: about 40% of the deposit was "
        "uncatalogued. I split it into series, trained two volunteers on the listing template "
        "and checked their entries each Friday. Within a year the uncatalogued share fell to 6%, "
        "and readers could order from the online list."
    )
    a = assess_answer("Tell me about a time you cleared a cataloguing backlog.", answer)
    found = result_evidence(a)
    assert any("6%" in t for t in found)
    assert _figure_example(a, found) == "6%"
