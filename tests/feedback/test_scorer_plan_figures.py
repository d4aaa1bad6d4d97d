"""A plan for a scenario or the first months is not asked for figures of what has not
happened; a story still is."""

from __future__ import annotations

from interview_core.scorer.answer import assess_answer
from interview_core.scorer.rules import advice_for

CV = "Office Manager, Fenwick Surveyors, York (2018 - now)\n- Run the office and reception.\n"
JOB = "Practice Manager. You'll run the office, manage the admin team and the budget."
SCENARIO = (
    "Imagine you've joined as Practice Manager and two partners each ask you for something "
    "urgent by Friday, and you can't do both. What would you do?"
)
PLAN = (
    "I'd ask each partner what the deadline really rests on and what happens if it slips. "
    "Then I'd agree an order with both of them together, hand one task to the admin team with "
    "clear instructions, and tell both partners where things stand on Thursday so nobody is "
    "surprised on Friday."
)
STORY_QUESTION = "Tell me about a time you cut the office's running costs."
STORY = (
    "The office's running costs kept rising. I reviewed the supplier contracts, moved us to a "
    "cheaper supplier for paper and toner, and set the printers to print on both sides. The "
    "running costs came down after that and the partners were pleased."
)


def _rules(question: str, answer: str) -> set[str]:
    return {a.rule for a in advice_for(assess_answer(question, answer, JOB, CV))}


def test_a_scenario_plan_is_not_asked_for_figures() -> None:
    assert "no_figures" not in _rules(SCENARIO, PLAN)


def test_a_story_without_figures_still_is() -> None:
    assert "no_figures" in _rules(STORY_QUESTION, STORY)
