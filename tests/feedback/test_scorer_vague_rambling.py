"""Answers that stay general and answers that ramble are named as such, first, in any field.

Invented fields, none of them in the development set: a farrier, a glazier, a sommelier, a
lighthouse keeper, a beekeeper, a piano tuner and a tree surgeon.
"""

from __future__ import annotations

import pytest

from interview_core.scorer import assess_answer
from interview_core.scorer.rules import (
    advice_for,
    applies,
    backed_by_record,
    cites_measured_record,
    verdict,
    wording,
)
from interview_core.scorer.vagueness import date_order_markers, vague_claims

GLAZIER_JD = (
    "Glazier. Measure, cut and fit glass and glazing units in homes and shopfronts; replace "
    "broken panes safely; work at height with platforms; deal with customers on site."
)
GLAZIER_CV = (
    "Glazier, Clearview Glass, 2016-now. Fitted double-glazed units and shopfront panes; "
    "trained two apprentices; replaced 40 storm-damaged panes in one week in 2022."
)
SOMMELIER_JD = (
    "Head Sommelier. Build and run the wine list, train floor staff on wine service and "
    "pairings, manage the cellar stock and supplier relationships, lift wine sales."
)
SOMMELIER_CV = (
    "Sommelier, The Quayside, 2019-now. Ran staff tastings; rebuilt the by-the-glass list; "
    "cut cellar write-offs from 6% to 2%."
)
KEEPER_JD = (
    "Lighthouse and Aids to Navigation Technician. Maintain lights, fog signals and power "
    "systems at remote stations; respond to faults; keep logs; work with the operations centre."
)
KEEPER_CV = (
    "Lighthouse attendant, Northern Lights Trust, 2017-now. Maintained lanterns, generators "
    "and fog signals at four stations; kept the station log."
)
ARB_JD = (
    "Tree Surgeon Team Leader. Lead a crew on felling, dismantling and crown reduction near "
    "roads and power lines; plan work sites, traffic management and rescue cover."
)
ARB_CV = (
    "Tree surgeon, Oakline Arb, 2015-now. Dismantled trees near live lines with the network "
    "operator; ran a crew of three; NPTC climbing and aerial rescue."
)

# question, answer with nothing specific in it, answer with a specific occasion
VAGUE_CASES = [
    (
        "Tell me about a time you had to replace a large pane in a difficult spot. What did you "
        "do, and how did it turn out?",
        "I've done loads of big panes over the years. It always goes fine as long as you take "
        "your time, and the customers are usually really happy with the result.",
        "In March 2023 a shopfront pane on Bridge Street, 3 metres by 2, cracked after a van "
        "clipped it. I closed the pavement with barriers, I hired glass lifters and a second "
        "fitter, and we took the broken pane out in sections. I fitted the new unit the next "
        "morning and the shop opened at 10, losing half a day of trading instead of three.",
        GLAZIER_JD,
        GLAZIER_CV,
    ),
    (
        "Describe a time you trained junior staff on the wine list. What did you do yourself, "
        "and what came of it?",
        "I did the training sessions for the floor team and they went really well. Everyone "
        "enjoyed them and the feedback was great, so I think it made a difference.",
        "When we rebuilt the by-the-glass list in 2023, I ran four 30-minute tastings before "
        "service, one per style, and I wrote a one-page card for each wine. I paired each new "
        "waiter with a senior one for a week. Wine by the glass rose from 18% to 26% of drinks "
        "sales over the next quarter.",
        SOMMELIER_JD,
        SOMMELIER_CV,
    ),
    (
        "Tell me about a fault you fixed at a remote station. What was at stake, what did you do, "
        "and what happened?",
        "Faults come up all the time really, you have to know the kit. I'm quite good at that "
        "and I always get the light back on in the end, it's part of the job.",
        "One January night the main lantern at Skerry Point failed during a gale. I switched to "
        "the standby lamp within 4 minutes, I logged it with the operations centre, and I traced "
        "the fault to a corroded contact the next morning. I replaced it and the light ran "
        "without a fault for the rest of the winter.",
        KEEPER_JD,
        KEEPER_CV,
    ),
]


@pytest.mark.parametrize(("question", "vague", "specific", "jd", "cv"), VAGUE_CASES)
def test_a_general_answer_is_told_to_name_one_occasion(question, vague, specific, jd, cv):
    a = assess_answer(question, vague, jd, cv)
    found = advice_for(a)
    assert found and found[0].rule == "no_occasion", [f.rule for f in found]
    assert "occasion" in found[0].advice
    assert found[0].label in verdict(a)
    # The parts of an occasion that never was are not asked for one by one.
    rules = {f.rule for f in found}
    assert not rules & {"no_result", "no_context", "no_figures", "unclear_actions"}
    assert not applies("no_occasion", assess_answer(question, specific, jd, cv))


def test_a_general_result_is_told_what_specifically_changed() -> None:
    """A follow-up on the result answered with "it made a difference": the fix is what
    changed and how the candidate knew, not an approach with trade-offs and risks."""
    question = "What was the result of that, and how did you know?"
    answer = (
        "It made a real difference, I think. The colonies seemed much better afterwards and "
        "the orchard owner was pleased with it."
    )
    a = assess_answer(question, answer, "Beekeeper. Manage colonies for pollination.", "")
    found = advice_for(a)
    assert found[0].rule == "no_occasion"
    assert found[0].label == wording()["rules"]["no_occasion"]["by_shape"]["result"]["label"]
    assert "trade-off" not in " ".join(f.advice for f in found)
    assert "risk" not in " ".join(f.advice for f in found)


def test_a_plan_with_steps_is_not_called_general() -> None:
    question = (
        "Suppose a client rings to say their piano sounds wrong the day before a recital. What "
        "would you do first, and why?"
    )
    plan = (
        "First I would ask what they hear, because a sticking key and a pitch drift need "
        "different kit. Then I would go that evening, tune it to the hall's pitch and check the "
        "action, and I would call back after the rehearsal to make sure it held."
    )
    a = assess_answer(question, plan, "Piano Tuner Technician. Tune and regulate pianos.", "")
    assert not applies("no_occasion", a)


def test_markers_of_general_claims_and_date_order() -> None:
    assert vague_claims("People really liked them and it went fine. I always pass.") >= 3
    assert vague_claims("I cut the lead time from 9 days to 4.") == 0
    assert date_order_markers("I started in 2015, and then I moved, and then I joined.") >= 3


FARRIER_JD = (
    "Farrier. Shoe and trim horses for private owners and a racing yard; treat lameness with "
    "the vet; keep records; run a mobile forge."
)
FARRIER_CV = "Farrier, Hillside Forge, 2014-now. Shod racehorses and hunters; remedial shoeing."
RAMBLING_STORY = (
    "Well, it was a busy year, there were a lot of horses on the books, and one of the owners "
    "had a hunter that kept losing shoes, which was annoying for everyone, and the yard was "
    "quite far out so it took ages to get there, and the vet was involved at some point too, "
    "and we tried a few things, different nails and then a different shoe, and the weather "
    "was wet so the ground was soft, and the owner was worried about the season, and anyway "
    "in the end it settled down and it was fine, more or less, after a while."
)
CONCISE_STORY = (
    "In 2022 a hunter at Brook Farm lost a front shoe every week because his hoof wall was "
    "thin and broken. I agreed a plan with the vet, I switched him to glue-on shoes for two "
    "cycles and I trimmed every four weeks instead of six. By the start of the season his wall "
    "had grown out and he kept nailed shoes for the next 10 weeks without losing one."
)


def test_a_rambling_story_is_named_first_and_told_how_to_cut() -> None:
    question = (
        "Tell me about a horse with a problem you solved. What did you do, and what happened?"
    )
    a = assess_answer(question, RAMBLING_STORY, FARRIER_JD, FARRIER_CV)
    found = advice_for(a)
    assert found[0].rule == "rambling", [f.rule for f in found]
    assert "two-sentence" in found[0].advice
    # Setting the scene at more length is no advice on an answer to cut down.
    assert "no_context" not in {f.rule for f in found}
    assert found[0].label in verdict(a)
    assert not applies("rambling", assess_answer(question, CONCISE_STORY, FARRIER_JD, FARRIER_CV))


def test_a_rambling_history_is_said_to_be_told_in_date_order() -> None:
    question = "Walk me through your background, and what draws you to this role?"
    answer = (
        "Well, I started on the boats in 2009 as a deckhand, which was good because you see the "
        "coast from the water, and then I did a season on the ferries, and there was a lot of "
        "bad weather in those years, and then I always liked lighthouses actually since I was a "
        "kid, my uncle was a keeper, and then I got the attendant job at Skerry Point, which is "
        "an old station with a clockwork lens, and I did four years there, and now I look after "
        "four stations and I train the new attendants as well, and the technician role is where "
        "it is all going so it makes sense, and the depot is not far from me either."
    )
    a = assess_answer(question, answer, KEEPER_JD, KEEPER_CV)
    found = advice_for(a)
    assert found[0].rule == "rambling", [f.rule for f in found]
    entry = wording()["rules"]["rambling"]
    assert found[0].label == entry["label_date_order"]
    assert found[0].advice == entry["by_shape"]["motivation"]["advice"]
    assert "Strong" not in verdict(a)


def test_a_rambling_plan_gets_plan_advice() -> None:
    question = (
        "Suppose a storm brings a tree down across a road next to a live line while your crew "
        "is on another job. What is the first thing you would do, and why?"
    )
    answer = (
        "Well, it depends really, because the road is the council and the line is the network "
        "operator, and both matter, and at Oakline we had one like that once where a beech came "
        "down on a lane, and the police were there and the traffic was backing up, and then the "
        "network people took ages, and you need the paperwork and the permits, and overtime is "
        "always a problem in winter, so I'd probably try to do a bit of both, and maybe ask "
        "someone, and see what the manager thinks."
    )
    a = assess_answer(question, answer, ARB_JD, ARB_CV)
    found = advice_for(a)
    assert found[0].rule == "rambling", [f.rule for f in found]
    assert found[0].advice == wording()["rules"]["rambling"]["by_shape"]["plan"]["advice"]


def test_a_plan_citing_a_measured_record_is_not_told_nothing_backs_it() -> None:
    question = "What would you make your priorities in your first 90 days, and why?"
    record = (
        "Working near live lines I've done a lot: over 300 dismantles in five years with the "
        "network operator. In my first 90 days I would walk every regular site with the crew, "
        "check the rescue plans and the kit, and agree the traffic management forms with the "
        "office. By day 90 I'd want each climber signed off on aerial rescue again and a "
        "site-risk template the whole crew uses."
    )
    plan_only = record.split(". ", 1)[1]
    with_record = assess_answer(question, record, ARB_JD, ARB_CV)
    without = assess_answer(question, plan_only, ARB_JD, ARB_CV)
    assert backed_by_record(with_record) and not backed_by_record(without)
    assert not applies("no_backing", with_record)
    # A figure in the plan itself is no record.
    assert not cites_measured_record("By day 90 I'd want 20 climbers signed off on rescue.")
    assert not cites_measured_record("I've been a tree surgeon for 10 years.")
