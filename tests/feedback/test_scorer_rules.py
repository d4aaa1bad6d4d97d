"""Advice rules one by one: each applies to an answer that has its problem, not to one without."""

from __future__ import annotations

import pytest

from interview_core.scorer import assess_answer
from interview_core.scorer.rules import RULES, advice_for, applies, wording

JD = (
    "Customer Support Team Lead. Lead a team of support agents across email and chat, coach "
    "them on quality, own CSAT and first response time targets, handle escalations."
)
CV = "Senior Support Agent, Tallyo. Handled escalations in Zendesk; wrote 60 help centre articles."
STORY = "Tell me about a time you improved a support metric."
PLAN = "How would you handle an agent whose quality scores keep dropping?"
WHY = "Why do you want to join our support team?"

GOOD_STORY = (
    "At Tallyo our chat first response time had crept to 9 minutes against a 3-minute target, "
    "and I was asked to fix it. I pulled the Zendesk data and found that 20 questions made up "
    "half the chats. I wrote macros for them, I added three help centre articles and I changed "
    "the chat routing with the product team. Within six weeks first response time fell to 2.5 "
    "minutes and CSAT rose from 86% to 91%."
)

# rule -> (question, an answer with the problem, an answer without it)
CASES: dict[str, tuple[str, str, str]] = {
    "no_answer": (STORY, "", GOOD_STORY),
    "off_topic": (
        STORY,
        "Last summer my partner and I spent two weeks in Kyoto and Osaka. We planned the trip "
        "around the temples and the food markets, and I booked everything myself three months "
        "ahead. The bullet train was the highlight, and I still cook the ramen we learned to make.",
        GOOD_STORY,
    ),
    "too_short": (STORY, "I made the chats faster.", GOOD_STORY),
    "hypothetical_story": (
        STORY,
        "I would look at the support metrics and I would find what is slow. Then I would talk to "
        "the agents and I would probably change the macros, and I would check the CSAT after.",
        GOOD_STORY,
    ),
    "no_result": (
        STORY,
        "At Tallyo chat response time was too slow. I pulled the Zendesk data, I found the most "
        "common questions and I wrote macros for them with the team, and I also changed the chat "
        "routing so that billing questions went to two agents who knew billing well.",
        GOOD_STORY,
    ),
    "we_over_i": (
        STORY,
        "At Tallyo we saw the chat metric was slow. We looked at Zendesk, we wrote macros and we "
        "changed the routing, and our first response time fell from 9 minutes to 3 minutes.",
        GOOD_STORY,
    ),
    "no_steps": (
        PLAN,
        "Quality matters because customers notice it, and a dropping score usually has a reason "
        "behind it that the agent may not want to say, so a manager needs to be patient and fair "
        "with them rather than harsh, since harsh feedback makes people defensive.",
        "First I would talk to the agent privately to understand why, because a drop often has a "
        "cause outside the tickets. Then I would review five tickets with them against our rubric "
        "and agree one change. I would check their scores weekly for a month, since I did exactly "
        "this at Tallyo and the agent's score rose from 78% to 90%.",
    ),
    "no_reason": (
        WHY,
        "I have worked in support for five years at Tallyo and Beacon Telecom and I have handled "
        "escalations, written help articles and onboarded new agents in both of those jobs.",
        "I want to join because your team owns quality and the help centre together, which is the "
        "part of support I enjoy most. At Tallyo I wrote 60 articles and onboarded new agents, and "
        "I would bring that from my first month.",
    ),
    "no_figures": (
        STORY,
        "At Tallyo chat response time had crept up. I pulled the Zendesk data, I found the most "
        "common questions and I wrote macros for them. After that response time fell well below "
        "the target and the agents were much happier with the queue.",
        GOOD_STORY,
    ),
    "fillers": (
        STORY,
        "Um, so basically at Tallyo, like, the chat response time was, you know, bad, and um, I "
        "basically wrote macros, like, for the common questions, and, um, it fell to 3 minutes.",
        GOOD_STORY,
    ),
    "too_long": (STORY, " ".join([GOOD_STORY] * 4), GOOD_STORY),
}


def test_every_rule_has_wording_and_a_case() -> None:
    names = [name for name, _ in RULES]
    assert set(names) == set(wording()["rules"])
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_applies_only_to_the_answer_with_its_problem(rule: str) -> None:
    question, bad, good = CASES[rule]
    with_problem = assess_answer(question, bad, JD, CV)
    without = assess_answer(question, good, JD, CV)
    assert applies(rule, with_problem), [a.rule for a in advice_for(with_problem)]
    assert not applies(rule, without), [a.rule for a in advice_for(without)]


@pytest.mark.parametrize("rule", sorted(CASES))
def test_advice_is_a_full_sentence_naming_what_to_add(rule: str) -> None:
    question, bad, _ = CASES[rule]
    found = {a.rule: a for a in advice_for(assess_answer(question, bad, JD, CV))}
    advice = found[rule].advice
    assert advice[0].isupper() and advice.endswith(".")
    assert len(advice.split()) >= 8


def test_off_topic_answer_is_capped_whatever_its_length_and_structure() -> None:
    story = CASES["off_topic"][1]
    long_story = " ".join([story] * 3)
    for text in (story, long_story):
        a = assess_answer(STORY, text, JD, CV)
        assert a.off_topic and a.score <= 20
    weak = assess_answer(STORY, CASES["no_figures"][1], JD, CV)
    assert weak.score > assess_answer(STORY, story, JD, CV).score


def test_length_past_the_useful_range_lowers_communication_not_raises_evidence() -> None:
    concise = assess_answer(STORY, GOOD_STORY, JD, CV)
    padded = assess_answer(STORY, " ".join([GOOD_STORY] * 4), JD, CV)
    assert padded.dimensions.communication < concise.dimensions.communication
    assert padded.dimensions.evidence <= concise.dimensions.evidence
    assert padded.score < concise.score


def test_structure_means_a_plan_for_forward_looking_questions() -> None:
    plan = CASES["no_steps"][2]
    a = assess_answer(PLAN, plan, JD, CV)
    assert a.reading.kind == "situational"
    # "I would" is the right voice for a plan: no STAR fault, no hypothetical fault.
    rules = {x.rule for x in advice_for(a)}
    assert not rules & {"hypothetical_story", "no_result", "no_context", "unclear_actions"}
    assert a.dimensions.structure >= 50
