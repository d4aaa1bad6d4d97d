"""A measured outcome told before a later step is the story's result, and a reason told as
how things stood sets the scene.

Invented fields outside the development set: a ferry terminal, a bee farm and a water
treatment works.
"""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.answer import measured_head
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.rules import applies, scene_set

FERRY_JOB = "Terminal Supervisor at Northsound Ferries. Keep sailings running and handle faults."


def test_a_measured_outcome_before_a_later_step_is_a_result() -> None:
    q = (
        "Tell me about a time a fault stopped loading at the terminal: what did you do, and "
        "how did it turn out?"
    )
    answer = (
        "Last August the linkspan hydraulics failed with two ferries due and about three "
        "hundred cars queuing on the quay. I was the duty supervisor. I sent the freight "
        "lanes to the second berth, called the marine engineer out and had my team hand out "
        "water along the queue because it was very hot. I kept the bridge informed every "
        "fifteen minutes so the master could hold off the berth. Both sailings were away "
        "within fifty minutes of the timetable, and afterwards I wrote the report that got the "
        "pump replaced before the winter."
    )
    a = assess_answer(q, answer, FERRY_JOB, "")
    assert not applies("no_result", a)


def test_a_scene_or_scale_before_a_step_is_no_result() -> None:
    assert measured_head("For two weeks the linkspan was down, so I rang the maker daily.") is None
    assert measured_head("The quay had 300 cars on it and I sent them to berth two.") is None
    assert measured_head(
        "All 40 colonies were back to full strength within six weeks, and I kept notes."
    )


BEE_JOB = (
    "Bee Farm Supervisor at Heather Hill Honey. Train seasonal staff and keep colonies healthy."
)


def test_a_reason_told_as_how_things_stood_sets_the_scene() -> None:
    q = (
        "Can you give me one example of training new seasonal staff: what you did, and how "
        "it turned out?"
    )
    answer = (
        "As supervisor I rewrote our hive inspection training, because we were losing a "
        "quarter of new staff to stings and panic in their first fortnight. I shadowed six "
        "new starters and saw they were opening hives alone far too early. The new course "
        "pairs each one with a mentor for ten inspections and I run a suit drill every "
        "Monday. Since then 18 seasonal staff have gone through it and only one has left early."
    )
    a = assess_answer(q, answer, BEE_JOB, "")
    assert scene_set(a)
    assert not applies("no_context", a)


def test_an_opening_step_with_no_state_does_not_set_the_scene() -> None:
    q = "Can you give me one example of improving water quality at the works?"
    answer = (
        "I changed the dosing on the filters because I wanted to try it. I then checked the "
        "readings each day for a month and told my manager. It went fine in the end and the "
        "readings were better, with turbidity down from 0.8 to 0.3 NTU over the month."
    )
    a = assess_answer(q, answer, "Process Technician at Riverside Water.", "")
    assert not scene_set(a)
    outline = stronger_answer(a, "", [], "")
    assert outline


def test_a_later_result_the_candidate_ranks_first_is_the_one_kept() -> None:
    from interview_core.scorer.answer import ranked_clause

    sentences = [
        "Last spring I took over the guided fell walks from a guide who had left.",
        "I rewrote the routes around the weather and trained two new guides on them.",
        "The number of walkers booking our guided fell days has roughly doubled since, and "
        "more importantly the repeat bookings on them are over sixty percent.",
    ]
    cut = "The number of walkers booking our guided fell days has roughly doubled since"
    assert ranked_clause(cut, sentences) == "The repeat bookings on them are over sixty percent"
    # No clause ranked above it: the result is kept as it was cut.
    plain = [*sentences[:2], f"{cut}, and the guides I trained have stayed on for a season."]
    assert ranked_clause(cut, plain) == cut
