"""Questions that ask for a past occasion, a reflection or a plan after a lead-in are typed by
what they ask, and the outline ends only on a result, on fields outside the development set
(wind-turbine technician, veterinary nurse, air traffic controller, florist, actuary, sign-language
interpreter).

A present-tense description of a tool, a habit or a duty ("It pulls the readings into a
dashboard") is no result to end on: the outline asks for the ending instead.
"""

from __future__ import annotations

import pytest

from interview_core.scorer import assess_answer
from interview_core.scorer.outline import learning_how_missing, states_present, stronger_answer
from interview_core.scorer.questions import question_type

TURBINE_JOB = (
    "Wind Turbine Technician at Northsea Renewables. Service and repair turbines, diagnose "
    "gearbox and pitch faults, work at height and keep maintenance records."
)


@pytest.mark.parametrize(
    "question",
    [
        "The role asks for rope access at height. Tell me where you've done that, or the "
        "closest you've come.",
        "This post needs court interpreting. Tell us where you have interpreted in a legal "
        "setting, or the nearest you have come to it.",
        "The job involves anaesthetic monitoring. What is the closest you have come to it?",
    ],
)
def test_a_question_asking_where_you_have_done_it_asks_for_a_past_occasion(question: str) -> None:
    assert question_type(question) == "behavioural"


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about a time a wedding order went wrong. How did you handle it?",
        "Tell me about a time you closed a runway in fog. What did you do, and what would "
        "you change?",
    ],
)
def test_a_story_question_stays_a_story(question: str) -> None:
    assert question_type(question) == "behavioural"


@pytest.mark.parametrize(
    "question",
    [
        "What from that nearest experience would you build on here, and what would you "
        "most need to learn first?",
        "Thanks for being honest. How would that nearest experience help you here, and what "
        "would you need to learn first?",
    ],
)
def test_a_build_on_question_is_no_plan(question: str) -> None:
    # What carries over and what is to learn: no steps, trade-offs or measures of a plan.
    assert question_type(question) == "motivation"


@pytest.mark.parametrize(
    "sentence",
    [
        "It pulls the turbine fault codes into a dashboard and shows downtime by site.",
        "I check every bouquet against the order sheet before it leaves the shop.",
        "On each shift I have to decide quickly which aircraft lands first.",
        "The nearest is our claims reserving model, where I run the triangles each quarter.",
    ],
)
def test_a_tool_habit_or_duty_in_the_present_states_no_result(sentence: str) -> None:
    assert states_present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The turbine was back on line within six hours.",
        "The dog went home on day seven.",
        "Reserves came in 4% under the previous year's.",
        "Late arrivals are now under 2% a month.",
        "The clinic reopened on Monday, which is what mattered.",
    ],
)
def test_an_outcome_is_not_read_as_a_present_description(sentence: str) -> None:
    assert not states_present(sentence)


def test_the_outline_does_not_end_on_what_a_tool_does() -> None:
    q = (
        "In this role you'd report weekly on turbine availability. How have you approached "
        "that in your work so far?"
    )
    answer = (
        "At Coastwind I built a weekly availability report in Excel for the site manager. "
        "It pulls the fault codes from the SCADA export into a pivot table and shows "
        "downtime by turbine, by fault and by shift, with a tab for each technician. "
        "I set it up so it refreshes in about ten minutes on a Monday morning."
    )
    a = assess_answer(q, answer, TURBINE_JOB, "")
    outline = stronger_answer(a, "", [], "")
    assert not any("pulls the fault codes" in line for line in outline), outline


def test_a_build_on_answer_with_no_way_of_learning_is_asked_for_it() -> None:
    q = (
        "What from that nearest experience would you build on here, and what would you most "
        "need to learn first?"
    )
    vague = assess_answer(
        q,
        "I'd build on the fault-finding side, I know that well. What I'd need to learn is "
        "your turbines and your procedures. I'm a quick learner so it won't take long.",
        TURBINE_JOB,
        "",
    )
    told = assess_answer(
        q,
        "I'd build on gearbox fault-finding. What I'd need to learn first is your pitch "
        "system, so I'd shadow a senior technician for my first two weeks.",
        TURBINE_JOB,
        "",
    )
    assert learning_how_missing(vague)
    assert not learning_how_missing(told)
