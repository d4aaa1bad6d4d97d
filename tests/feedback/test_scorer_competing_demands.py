"""A question setting two demands at once ("two urgent requests, you can't do both") is
about the clash: an answer with a plan for one task, however good, does not take it up,
and one that chooses between them, says who waits and what they are told, does.

Examples come from fields the development set does not hold (a sommelier, a piano tuner,
a beekeeper, a wind-turbine technician, a dog groomer).
"""

from __future__ import annotations

from interview_core.scorer import assess_answer
from interview_core.scorer.focus import asks_to_choose, weighs_demands
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.rules import advice_for, applies, verdict

SOMMELIER_JD = (
    "Head Sommelier, The Larder House. Run the wine list and cellar; train front-of-house "
    "staff on wine service; keep cellar stock records and valuations accurate."
)
SOMMELIER_CV = (
    "Sommelier, Vine & Vale, 2019-2025.\n"
    "- Rebuilt a 300-bin wine list and cut cellar stock by 18% without losing sales.\n"
    "- Trained 14 waiting staff to WSET Level 2.\n"
)
CLASH_Q = (
    "Imagine you've joined The Larder House as a Head Sommelier and two people each ask you "
    "for something urgent by Friday, and you can't do both. What would you do?"
)
ONE_TASK = (
    "If a corked bottle of Barolo went back from a table of six, I'd taste it myself first, "
    "apologise and offer the guests a fresh bottle or a similar wine at the same price. I'd "
    "note the bottle in the cellar log, keep it for the supplier's credit, and check the rest "
    "of that case before the next service so it did not happen twice."
)
CHOOSES = (
    "If the restaurant manager needed the by-the-glass list fixed for tonight and the owner "
    "wanted the cellar valuation by Friday, I'd ask each what happens if theirs slips. The "
    "list affects guests tonight, so it comes first; I'd tell the owner honestly that the "
    "valuation will be with him on Monday, and agree that with him before I start."
)


def test_questions_that_set_two_demands_are_known() -> None:
    assert asks_to_choose(CLASH_Q)
    assert asks_to_choose(
        "Suppose in the same week you're due to tune the concert grand for a recital and to "
        "service twelve school uprights, but there's only time to do one of them well. How "
        "would you decide, and whom would you involve?"
    )
    assert asks_to_choose(
        "Imagine a day when you're booked for hive inspections from first thing, and an urgent "
        "call comes in from someone who needs you straight away. How would you decide what "
        "comes first?"
    )
    # A clash in a model, a balance of time or a single fault sets no two demands.
    assert not asks_to_choose("Tell me about a time you ran clash detection on a model.")
    assert not asks_to_choose("What would you do if a turbine's pitch system failed?")
    # Nor does the interviewer's own time: one more question is no clash of demands.
    assert not asks_to_choose(
        "We only have time for one more question: what would you do first as a court clerk?"
    )


def test_an_answer_deals_with_the_clash_only_when_it_chooses_and_says_who_waits() -> None:
    assert weighs_demands(CHOOSES)
    assert weighs_demands(
        "I'd look at which job is more urgent: a recital tuning can't move, the school "
        "uprights can. I'd call the school and move their visit to the following week."
    )
    # A plan's first step, "both" converters, telling the control room: one task's plan.
    assert not weighs_demands(
        "I'd first check the fault log, then climb with a colleague, isolate the pitch motor "
        "and test both the converters and the batteries, then tell the control room."
    )
    assert not weighs_demands(
        "If a dog came in matted to the skin, I'd tell the owner we'd need to shave it, check "
        "the skin for sores first and move it to the quiet table to keep it calm."
    )


def test_a_plan_for_one_task_is_beside_a_question_on_two_demands() -> None:
    a = assess_answer(CLASH_Q, ONE_TASK, SOMMELIER_JD, SOMMELIER_CV, "The Larder House")
    assert applies("drifting", a)
    first = advice_for(a)[0]
    assert first.rule == "drifting"
    assert "choosing between the two demands" in first.label
    line = verdict(a)
    assert "answers the question" not in line and "Strong" not in line
    # The stronger answer starts from choosing between the two, not from the corked bottle.
    first_step = stronger_answer(a, SOMMELIER_CV, [])[0]
    assert "two demands" in first_step or "which of the two" in first_step


def test_a_plan_that_chooses_between_the_demands_is_not_beside_it() -> None:
    a = assess_answer(CLASH_Q, CHOOSES, SOMMELIER_JD, SOMMELIER_CV, "The Larder House")
    assert not applies("drifting", a)
