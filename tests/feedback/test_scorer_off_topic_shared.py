"""The coach judges "is this answer about the question" by the interviewer's own rule
(`language/answers.is_off_topic`), on the labelled set of invented answers from fields not
otherwise in the repository (tests/data/off_topic_answers.json): every answer the interviewer
redirects is marked off the question and scores 20 or less; no story of the candidate's work
is marked down as off the question, also when it never uses the question's words."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from interview_core.language.answers import lemma_set, off_topic_reading, read
from interview_core.scorer import assess_answer

_DATA = Path(__file__).parents[1] / "data" / "off_topic_answers.json"
_FIELDS = json.loads(_DATA.read_text(encoding="utf-8"))["fields"]


def _items(expected_miss: Callable[[dict], bool]) -> list:
    """Every labelled answer; those `expected_miss` picks are expected to fail, strictly:
    mended, they must be unmarked."""
    return [
        pytest.param(
            field,
            item,
            id=f"{field['field']}-{n}",
            marks=[pytest.mark.xfail(strict=True, reason="known miss")]
            if expected_miss(item)
            else [],
        )
        for field in _FIELDS
        for n, item in enumerate(field["items"])
    ]


# Answers the coach still reads wrong, left to mend: work stories the shared reading takes
# for another matter and the coach's own signs agree with (their trade words are not in the
# short invented documents, or a client is named by a word of life: "a hotel", "her
# husband"), and a running-club story the coach lets
# through, as its candidate acts and names no part of their own life.
COACH_MISSES = (
    "A hotel wanted twelve pendant shades",
    "I start by listening: a woman I saw",
    "A beech over a conservatory",
    "A bakery had mice coming back",
    "Every Sunday I run with a club",
)


def _coach_miss(item: dict) -> bool:
    return item["answer"].startswith(COACH_MISSES)


_ITEMS = _items(_coach_miss)
# The interviewer's own misses (`known_miss` in the data) are expected to disagree too.
_AGREED = _items(lambda item: bool(item.get("known_miss")) or _coach_miss(item))
OFF_TOPIC_MAX_SCORE = 20


def _assessed(field: dict, item: dict):
    company = field["job"].split("\n", 1)[0].split("|")[-1].strip()
    return assess_answer(item["question"], item["answer"], field["job"], field["cv"], company)


@pytest.mark.parametrize(("field", "item"), _ITEMS)
def test_the_coach_marks_off_topic_answers_and_no_work_story(field: dict, item: dict) -> None:
    assessed = _assessed(field, item)
    if item["off_topic"]:
        assert assessed.off_topic, item["kind"]
        assert assessed.score <= OFF_TOPIC_MAX_SCORE, item["answer"]
    else:
        assert not assessed.off_topic, item["answer"]


@pytest.mark.parametrize(("field", "item"), _AGREED)
def test_the_coach_and_the_interviewer_agree(field: dict, item: dict) -> None:
    context = frozenset(lemma_set(f"{field['cv']} {field['job']}"))
    interviewer = read(item["question"], item["answer"], context).off_topic
    assert interviewer == item["off_topic"]
    assert _assessed(field, item).off_topic == interviewer
    shared = off_topic_reading(item["question"], item["answer"], field["cv"], field["job"])
    assert shared.off_topic == interviewer


# Invented cases from fields not in the repository.
_ATC_JOB = (
    "Air Traffic Controller | Northfield Approach\n"
    "Sequence arrivals, coordinate with adjacent sectors, keep separation, brief trainees."
)
_ATC_CV = (
    "Air traffic controller at a regional approach unit. Sequenced arrivals, mentored trainees."
)
_ATC_QUESTION = (
    "You'd coordinate with adjacent sectors during busy periods. Tell me about a time you "
    "coordinated several people under pressure: what did you do?"
)


def test_a_weekend_coaching_story_is_off_the_question_not_partly_there() -> None:
    answer = (
        "Coordinating lots of people is something I do outside work too. I coach an under-12s "
        "football team on Saturdays, and getting fourteen kids, their parents and the kit to an "
        "away match on time takes real planning. Last season we reached the cup final and I "
        "was really proud of the lads."
    )
    assessed = assess_answer(_ATC_QUESTION, answer, _ATC_JOB, _ATC_CV, "Northfield Approach")
    assert assessed.off_topic and assessed.score <= OFF_TOPIC_MAX_SCORE


def test_a_work_story_in_words_the_question_did_not_use_is_on_it() -> None:
    answer = (
        "On a Friday evening two inbound flows bunched up when the area sector lost a "
        "frequency. I split the arrivals between the two of us on approach, asked the tower "
        "to hold departures for ten minutes and gave the trainee the simple traffic. Nobody "
        "went into the hold and the flow was back to normal in twenty minutes."
    )
    assessed = assess_answer(_ATC_QUESTION, answer, _ATC_JOB, _ATC_CV, "Northfield Approach")
    assert not assessed.off_topic
