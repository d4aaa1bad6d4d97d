"""The one list of workplace words and the two ways its readers use it."""

from __future__ import annotations

import pytest
from lemminflect import getAllLemmas

from interview_core.language import answers, workplace
from interview_core.language.figures import mentions_number, number_words
from interview_core.scorer.lexicons import lexicons, light_stem


def _lemma(word: str) -> str:
    found = [lemma for forms in getAllLemmas(word).values() for lemma in forms]
    return found[0] if found else word


def test_the_list_is_one_list_of_dictionary_forms() -> None:
    words = workplace.workplace_words(everyday=True)
    assert all(w == w.lower().strip() for w in words)
    everyday = words - workplace.workplace_words(everyday=False)
    assert {"people", "plan", "change"} <= everyday
    # No word twice under another inflection: one entry per word family.
    raw = workplace._vocabulary()["words"]
    assert len(raw) == len(set(raw))
    assert len({_lemma(w) for w in raw}) == len(raw)
    # Every `everyday` word is a word of the list, not a list of its own.
    assert set(workplace._vocabulary()["everyday"]) <= set(raw)


def test_the_coach_leaves_out_everyday_words_and_the_interviewer_takes_them() -> None:
    coach = lexicons().workplace
    assert light_stem("people") not in coach and light_stem("deadline") in coach
    interviewer = answers._workplace()
    assert {"people", "plan", "deadline"} <= interviewer


def test_a_loose_answer_in_everyday_work_words_is_not_sent_back_as_off_topic() -> None:
    question = "How have you handled a complaint from a visitor at the reception desk?"
    loose = "I had to learn to handle people and change the plan when the information was wrong."
    assert not answers.is_off_topic(question, loose)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We cut waiting times by a third.", True),
        ("It took twelve weeks.", True),
        ("Costs fell to £40k.", True),
        ("I went to see the team and we talked it through.", False),
        ("One of the patients asked for help.", False),  # "one" is a pronoun here
    ],
)
def test_mentions_number(text: str, expected: bool) -> None:
    assert mentions_number(text) is expected


def test_number_words_feed_both_readers() -> None:
    assert "dozen" in number_words() and "one" not in number_words()
    assert lexicons().number_words.counts("a dozen forms and a third of the list")
    # The interviewer's measured-change pattern takes the shared words: "from twelve to three".
    assert answers.read_answer("We brought the backlog down from twelve to three.").measured
