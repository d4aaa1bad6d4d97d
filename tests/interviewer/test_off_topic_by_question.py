"""Off the question is judged against what was asked, not against the CV's words: an answer
that touches nothing of the question, hardly uses the field's words and is mostly about how
things are rather than what the candidate did is a tangent, whatever everyday words of work it
uses (invented tree-surgery and locksmith interviews)."""

from __future__ import annotations

from interview_core.interviewer.answers import lemma_set, read

TREE_CV = """Experience
Tree Surgeon, Greenline Arboriculture — 2015 – present
- Climbed and dismantled veteran oaks and beech for the council and private clients
- Carried out tree risk surveys; 300 trees a year
"""
TREE_Q = (
    "In this role you'd carry out tree risk surveys for the council. Tell me about one survey "
    "that did not go to plan: what did you do, and how did it turn out?"
)

LOCK_CV = """Experience
Locksmith, Keyline Security — 2018 – present
- Fitted maglocks, keypads and fob readers for dental practices, offices and schools
- Opened and rekeyed 600 doors a year for emergency callouts
"""
LOCK_Q = (
    "This role involves installing access control for commercial clients. Where have you done "
    "something like that, and what came of it?"
)


def test_a_vague_account_of_ones_own_work_is_vague_not_off_the_question() -> None:
    vague = (
        "I get on with the job and I check everything carefully. I follow the process, it's fine."
    )
    assert not read(TREE_Q, vague, frozenset(lemma_set(TREE_CV))).off_topic


def test_a_grumble_about_the_depot_is_off_the_question() -> None:
    grumble = (
        "The depot is miles out of town and the heating in the office has never worked, and "
        "I was talking to the manager about it, and the parking has been a nightmare since "
        "they built the new warehouse next door."
    )
    assert read(TREE_Q, grumble, frozenset(lemma_set(TREE_CV))).kind == "off_topic"


def test_a_work_story_in_the_fields_words_needs_no_word_of_the_question() -> None:
    story = (
        "Last spring a dental practice wanted fob entry on three doors. I surveyed the frames, "
        "fitted maglocks and a keypad, and programmed thirty fobs for the staff. They have not "
        "had a lockout since."
    )
    assert not read(LOCK_Q, story, frozenset(lemma_set(LOCK_CV))).off_topic


def test_a_story_of_the_question_still_answers_it_when_a_weekend_comes_into_it() -> None:
    story = (
        "On one survey for the council a beech by a school had a fungal bracket at the base. "
        "I stopped the survey, tested the decay and closed the path that weekend; the tree "
        "came down on the Monday and the school reopened the path by Wednesday."
    )
    assert not read(TREE_Q, story, frozenset(lemma_set(TREE_CV))).off_topic
