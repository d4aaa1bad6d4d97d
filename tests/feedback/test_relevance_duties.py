"""Relevance read against the advert's duties (scorer/focus.py `read_duties`): a story whose
main subject is another duty of the same job is beside the question, a story told in the
words of the duty the question comes from takes it up, and the verbs a duty is handled by
("manage", "own") are not its topic. The job is invented, from a field not in the repository."""

from __future__ import annotations

from bench.eval_scorer import relevance_reading
from interview_core.scorer.focus import question_focus, read_duties

# A piano technician's job, invented.
JOB = (
    "- Tune and regulate grand and upright pianos in concert halls and schools\n"
    "- Repair actions: replace hammers, centre pins and broken strings\n"
    "- Manage the workshop's parts stock and suppliers' accounts\n"
    "- Train an apprentice technician\n"
    "- Advise customers on buying and restoring pianos"
)
CV = "Piano Technician, Harwood Pianos, 2016-2025\n- Tuned 600 pianos a year"

REPAIR_STORY = (
    "A concert grand at the town hall had a sluggish action the week before a recital. "
    "I took the action out, replaced eleven worn hammers and a dozen seized centre pins, "
    "then regulated the let-off on every key and tuned it twice on the day. The pianist "
    "played the whole recital without a single note sticking."
)


def test_a_handling_verb_is_not_the_core_of_a_duty() -> None:
    focus = question_focus("In this role you'd manage the workshop's parts stock.", JOB, CV)
    assert "manage" not in focus.core
    assert focus.terms["manage"] < focus.terms["stock"]


def test_a_story_on_another_duty_is_read_as_its_rival() -> None:
    question = (
        "In this role you'd manage the workshop's parts stock and suppliers' accounts. "
        "Where have you done something like that, and what came of it?"
    )
    duties = read_duties(question, REPAIR_STORY, JOB, CV)
    assert duties.rival >= 0.75 > duties.own
    assert relevance_reading(question, REPAIR_STORY, JOB, CV) == "neighbour"


def test_the_same_story_takes_up_the_duty_it_tells() -> None:
    question = (
        "In this role you'd repair actions: replace hammers, centre pins and broken strings. "
        "Tell me about a hard repair: what did you do?"
    )
    duties = read_duties(question, REPAIR_STORY, JOB, CV)
    assert duties.own >= duties.rival
    assert relevance_reading(question, REPAIR_STORY, JOB, CV) == "on"


def test_no_advert_no_duties() -> None:
    duties = read_duties("Tell me about a hard repair.", REPAIR_STORY, "", "")
    assert duties.own == duties.rival == 0.0
