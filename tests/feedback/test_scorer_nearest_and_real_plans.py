"""An honest "I haven't done that" that brings the nearest thing the candidate has done, and
a rambling past story with a "would" in passing (issue 10), on invented answers from fields the
repository holds no documents of.

1. The nearest thing, told in the past with a result after a lead ("the closest is…",
   "nearest is…", "the nearest I've come…", "what I have done…", "I have, however,…") in many
   phrasings, is brought: the answer is never told it leaves it out, its next step is a result
   where there is none or how the candidate would close the gap, and its band is a good
   foundation, not "partly there".
2. A past story that says "I would say…", "we would usually…" or "she said I would…" is not
   told it says what the candidate would do; a plan given for a past occasion still is.
"""

from __future__ import annotations

import pytest

from interview_core.language.denials import offers_nearest
from interview_core.scorer import assess_answer
from interview_core.scorer.rules import advice_for, brings_nearest, honest_gap, verdict

# (question, answer): a denial, then the nearest thing done, told in the past with its outcome.
NEAREST = [
    (
        "Tell me about a time you implemented SAP for month-end close.",
        (
            "I haven't used SAP myself — the closest is Oracle NetSuite at Brightwell, where "
            "I built the month-end close checklist and cut close from 9 days to 6."
        ),
    ),
    (
        "Tell me about a time you maintained offshore wind turbines.",
        (
            "I haven't worked on offshore turbines; nearest is onshore Vestas V90s, where I "
            "led blade inspections for two winters and caught a leading-edge crack before it "
            "spread."
        ),
    ),
    (
        "Tell me about a time you shod a competition horse with glue-on shoes.",
        (
            "I've never shod a competition horse with glue-on shoes. The nearest I've come is"
            " a laminitic pony at Hollow Farm last spring: I fitted heart-bar shoes with the "
            "vet, and she was sound again within five weeks."
        ),
    ),
    (
        "Tell me about a wine list you built from scratch.",
        (
            "Honestly, I haven't built a wine list from scratch. What I have done is rework "
            "the by-the-glass list at The Linden in 2023. I cut it from 22 to 14 wines and "
            "glass sales rose by a fifth."
        ),
    ),
    (
        "Describe a time you priced a pension buy-in.",
        (
            "I have not priced a pension buy-in myself; I have, however, run the longevity "
            "assumptions for a 400 million pound scheme valuation at Harcourt, and the "
            "trustees adopted them unchanged."
        ),
    ),
    (
        "Tell me about a time you worked approach radar in bad weather.",
        (
            "I've not worked approach radar. Closest to that: during my aerodrome validation "
            "at Exeter I sequenced arrivals through a thunderstorm and kept the delays under "
            "ten minutes."
        ),
    ),
    (
        "Tell me about a digitisation project you led.",
        (
            "I don't have any digitisation project experience. The nearest thing I did was "
            "catalogue 1,200 parish maps at the county record office, which put the "
            "collection on the online catalogue for the first time."
        ),
    ),
    (
        "Tell me about a fell you did in a conservation area.",
        (
            "I haven't felled in a conservation area. The most similar job was a dismantle "
            "over a listed wall in Bath, where I rigged every section down on a lowering line"
            " and we didn't chip a single stone."
        ),
    ),
    (
        "Tell me about a stroke clinic you ran.",
        (
            "I've never run a stroke clinic on my own, but the nearest I've got is covering "
            "the neuro-ophthalmology list for six weeks in 2022, where I assessed 40 patients"
            " and set up prism trials for nine of them."
        ),
    ),
    (
        "Tell me about a time you handled American foulbrood.",
        (
            "I haven't dealt with American foulbrood. What I did deal with was a bad "
            "chalkbrood outbreak in 2021: I requeened four colonies and all of them recovered"
            " by August."
        ),
    ),
    (
        "Tell me about a time you tuned a concert grand.",
        (
            "Concert grands aren't something I've tuned. The closest experience I have is the"
            " uprights at the music school, where I tuned 30 pianos before exams and none "
            "needed a second visit."
        ),
    ),
    (
        "Tell me about interpreting in a criminal trial.",
        (
            "I haven't interpreted in a criminal trial. Where I've come closest is tribunal "
            "hearings: I interpreted for a Polish claimant over three days and the judge "
            "thanked me for keeping pace."
        ),
    ),
    (
        "Tell me about a structural glazing job.",
        (
            "I have no experience with structural glazing. The nearest equivalent was a "
            "frameless shopfront in Leeds; I measured and fitted the 12mm toughened panels "
            "and it passed inspection first time."
        ),
    ),
    (
        "Tell me about anaesthetising a horse.",
        (
            "I've never anaesthetised a horse, though the nearest I've been is assisting on a"
            " colic surgery at Rossdales, where I monitored the gas and caught a drop in "
            "blood pressure early."
        ),
    ),
    (
        "Tell me about teaching BSL to adults.",
        (
            "I haven't taught BSL to adults. Something close: I ran deaf-awareness sessions "
            "for 60 staff at the council last year and two teams now book interpreters "
            "themselves."
        ),
    ),
    (
        "Tell me about working on a roll-on roll-off ferry.",
        (
            "I've not worked on a roll-on roll-off ferry. The nearest I have is two seasons "
            "on the Lundy supply boat, where I loaded the cargo and we never lost a crossing "
            "to a lashing fault."
        ),
    ),
    (
        "Tell me about formulating a fine fragrance.",
        (
            "I haven't formulated a fine fragrance. My closest experience was reformulating a"
            " body wash at Cresswell when lilial was banned; I found a substitute and the "
            "product stayed on the shelf."
        ),
    ),
    (
        "Tell me about a map you made in ArcGIS Pro.",
        (
            "I haven't used ArcGIS Pro in a job. What I can point to is my dissertation "
            "mapping: I digitised 300 field boundaries in QGIS and the county adopted my "
            "layer."
        ),
    ),
    (
        "Tell me about restoring a lettered headstone.",
        (
            "I've never carved lettering myself. I did, however, restore a Victorian "
            "gravestone in 2020; I recut the worn inscription and the family were delighted."
        ),
    ),
]

# Past stories told at length, with a "would" only in passing: hedges ("I'd say", "you'd
# think"), habits ("we would usually…"), reported speech ("she said she would try…"), "I'd
# been" and what others would do ("the boss would make sure…").
RAMBLING = [
    (
        "Tell me about a time you had to handle an unhappy client.",
        (
            "So, you have to understand the yard at the time, it was 2019 and we were"
            " stretched, you'd think three farriers would be enough for forty horses "
            "but it really wasn't. I'd been there about a year. Mrs Doyle had three "
            "hunters and she was never happy, and she said she would try another "
            "farrier if the grey went lame again. We would usually do her horses on a"
            " Tuesday and the boss would make sure the grey went first. That week the"
            " grey was footy again, so we pulled the shoe, found a bruise at the toe "
            "and got the vet out the same afternoon. The vet and the boss agreed a "
            "pad and a wider web, and she said she would probably give us one more "
            "month. The grey was sound by March and she stayed with the yard another "
            "four years."
        ),
    ),
    (
        "Describe a time you dealt with a complaint from a guest.",
        (
            "It was a Friday at the Linden, and I'd say we were at full stretch, a "
            "hundred and ten covers, you just know on those nights something will go "
            "wrong. A regular sent back a 2010 Barolo as corked. Honestly I'd argue "
            "it was fine, a bit closed. The manager said she would make sure he got a"
            " fresh bottle, and we decanted the second one at the table. He told us "
            "he would probably write to the owner. We would usually comp a bottle, "
            "but we offered him a glass of the Riesling he liked while the Barolo "
            "opened up. A week later a note went out from the team, and he booked a "
            "table for eight the next month."
        ),
    ),
    (
        "Tell me about a time you found a serious problem in a collection.",
        (
            "The map store at the county record office, 2020. I'd say it was the "
            "worst store I'd seen, you'd think a county office would have proper "
            "environmental control but it had a leaking outside wall. Every Monday "
            "the conservator and I would walk it, and we would always check the "
            "humidity logs first. One Monday in February there was foxing on a tithe "
            "map in drawer 14, so we pulled the drawer, checked the other 40 maps and"
            " found mould on six. The consultant said treatment would probably take a"
            " month. We isolated them, logged each one and moved the cabinet off the "
            "wall, and by April humidity was down from 68 to 52 percent with no new "
            "mould."
        ),
    ),
    (
        "Tell me about a time you had to handle an unhappy client.",
        (
            "So this goes back to 2019, when I was shoeing for Hartley's yard, and I "
            "would say it was one of the wettest winters we had, which matters "
            "because the ground was terrible and feet were soft. We had a new client,"
            " Mrs Doyle, with three hunters, and from the start she was never quite "
            "happy with anything. I would usually do her horses on a Tuesday, and we "
            "would always start with the grey because he stood best, then the two "
            "bays. Anyway, one week she rang the yard and said she would take all "
            "three elsewhere if the grey went lame again, because he had been footy "
            "twice that month. I went out that same afternoon, I pulled the shoe, I "
            "found a bruise at the toe and I called the vet in to have a look. We "
            "agreed a pad and a wider web for six weeks and I rebalanced the foot. "
            "She said I would need to come out every fortnight, which I did, and I "
            "sent her a photo after each visit. By March the grey was sound, and she "
            "stayed with us for another four years and sent us two more clients."
        ),
    ),
    (
        "Describe a time you dealt with a complaint from a guest.",
        (
            "Right, so I was head sommelier at the Linden from 2018, and I'd argue "
            "the regulars there were some of the most particular diners in the city, "
            "which kept us on our toes. One Friday a regular, Mr Patel, sent back a "
            "2010 Barolo saying it was corked. I tasted it at the station and "
            "honestly I'd say it was fine, a bit closed maybe, but I apologised, I "
            "opened a second bottle and I decanted it for him myself. He told me he "
            "would write to the owner about the first one. We would usually comp a "
            "bottle in that situation, but I offered him a glass of the Mosel "
            "Riesling he always liked instead and talked him through why the Barolo "
            "needed air. I followed up with a handwritten note the next week, and he "
            "booked a table for eight the following month and asked for me by name."
        ),
    ),
    (
        "Tell me about a time you had to change your plan at short notice.",
        (
            "I was climbing for the council tree team in 2021 and I'd been there "
            "about two years by then. We were booked to dismantle a big copper beech "
            "over a primary school car park, and we would normally set up the night "
            "before, so the kit was on site. On the morning the wind picked up to "
            "about thirty miles an hour. My supervisor said we would have to stand "
            "down, and I would normally just wait for the call from the office, but I"
            " checked the forecast myself, I rang the school business manager and I "
            "moved the job to the half-term Monday when the car park would be empty. "
            "I re-planned the rigging with a second lowering point off the "
            "neighbouring oak, and on the day we took the whole tree down by three "
            "o'clock with no damage to the cars or the wall."
        ),
    ),
    (
        "Tell me about a time you found a serious problem in a collection.",
        (
            "When I started at the county record office in 2020 I'd say the map store"
            " was in the worst state of any I'd seen. Every Monday I would walk the "
            "store with the conservator, and we would always check the humidity logs "
            "first. One Monday in February I noticed foxing on the edge of a tithe "
            "map in drawer 14, so I pulled the drawer, I checked the other 40 maps in"
            " it and I found mould on six of them. I isolated them in the quarantine "
            "room, I logged each one and I called in the conservation studio. The "
            "consultant said it would take a month to treat them. I moved the whole "
            "cabinet away from the outside wall, and when we checked the store again "
            "in April the humidity had dropped from 68 to 52 percent and no new mould"
            " had appeared."
        ),
    ),
    (
        "Tell me about a time you handled an emergency on the ward.",
        (
            "Honestly I'd like to think I stay calm, and I would say this was the one"
            " that tested it. I was covering the eye clinic at St Anne's in 2022 when"
            " a patient in his seventies came in with sudden double vision. I checked"
            " his eye movements, I found a new sixth nerve palsy and I noticed he was"
            " slurring slightly. I would usually book a routine review for a palsy, "
            "but I went straight to the registrar, I stayed with him while they "
            "called the stroke team and I wrote up the findings. The stroke team "
            "confirmed a small bleed, he was treated within the hour, and he came "
            "back to my clinic three months later with his eyes straight."
        ),
    ),
]

# What the candidate would do, given to a question on a past occasion.
PLANS = [
    (
        "Tell me about a time you had to handle an unhappy client.",
        (
            "I would listen to the client first and let them explain what was wrong "
            "with the shoeing. Then I would check the horse's feet myself and I'd "
            "look at the shoes for wear. I would explain what I found in plain words,"
            " and if it needed the vet I'd call them in the same day. I would agree a"
            " plan with the owner and I'd make sure I followed up after a week to "
            "check the horse was sound. If she was still unhappy I would offer to "
            "reshoe at no cost."
        ),
    ),
    (
        "Tell me about a time you dealt with a complaint from a guest.",
        (
            "I would go to the table straight away and apologise. I'd taste the wine "
            "myself at the station to check whether it was corked, and I would open a"
            " fresh bottle either way. I would talk the guest through the vintage, "
            "and I'd offer a glass of something they liked while the new bottle "
            "breathed. Afterwards I would tell the manager and I'd note it on the "
            "guest's profile so the next visit went smoothly."
        ),
    ),
    (
        "Describe a time you found mould in a collection.",
        (
            "First I would isolate the affected items so the spores don't spread, and"
            " I'd log every item in the drawer. Then I would call the conservator and"
            " I would check the humidity and temperature logs for the last month. I'd"
            " move anything near an outside wall, and I would set up weekly checks "
            "until the readings were stable. I would also brief the reading-room "
            "staff so no one handled the maps."
        ),
    ),
    (
        "Tell me about a time you disagreed with a colleague.",
        (
            "I would sit down with them first and listen to their view. I'd try to "
            "find the common ground, and I would suggest we looked at the data "
            "together. If we still disagreed I would ask our manager to decide. I'd "
            "make sure it stayed professional and I would follow up afterwards."
        ),
    ),
]

# The nearest thing whose outcome the coach does not read yet ("we didn't chip a single
# stone", "we never lost a crossing"): the next step asked may be the result.
OUTCOME_UNREAD = ("chip a single stone", "caught a drop in blood pressure", "lost a crossing")


def test_at_least_fifteen_phrasings_of_the_nearest_thing_are_held() -> None:
    assert len(NEAREST) >= 15
    assert len({a.split(".")[0].split(";")[0] for _, a in NEAREST}) == len(NEAREST)


@pytest.mark.parametrize(("question", "answer"), NEAREST)
def test_the_nearest_thing_after_a_denial_is_brought(question: str, answer: str) -> None:
    a = assess_answer(question, answer)
    assert offers_nearest(answer)
    assert honest_gap(a) and brings_nearest(a)
    rules = [item.rule for item in advice_for(a)]
    assert "no_direct_experience" not in rules
    assert rules[0] in ("nearest_experience", "close_the_gap")
    line = verdict(a)
    assert "leaves out the nearest thing" not in line
    if not any(part in answer for part in OUTCOME_UNREAD):
        # Its outcome is there: what is left is how the candidate would close the gap, and
        # the band is that of a fair honest answer.
        assert rules[0] == "close_the_gap"
        assert line.startswith("Good foundation, it is honest")


def test_the_nearest_thing_with_how_to_close_the_gap_is_not_told_any_honest_gap() -> None:
    question, answer = NEAREST[0]
    closed = answer + (
        " Here I'd close the gap by taking the SAP finance course in my first month and "
        "shadowing the first close with the team."
    )
    a = assess_answer(question, closed)
    rules = {item.rule for item in advice_for(a)}
    assert not rules & {"no_direct_experience", "nearest_experience", "close_the_gap"}
    assert not verdict(a).startswith(("Partly there", "Weak"))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Tell me about a time you ran a hive inspection for a commercial client.",
            "I haven't done commercial inspections. I'm a quick learner and I would pick the "
            "paperwork up fast with a good mentor.",
        ),
        (
            "Tell me about a time you pruned a vineyard block on your own.",
            "Honestly I have never pruned a block on my own; I'm keen to learn it and I would "
            "ask the vineyard manager to show me the cane selection first.",
        ),
    ],
)
def test_a_denial_with_nothing_near_is_still_told_to_bring_it(question: str, answer: str) -> None:
    assert advice_for(assess_answer(question, answer))[0].rule == "no_direct_experience"


@pytest.mark.parametrize(
    "sentence",
    [
        "The nearest hospital was 40 miles away.",
        "What I did was call the client.",
        "I haven't led a team, but I have to admit I wanted to.",
    ],
)
def test_a_plain_sentence_brings_no_nearest_thing(sentence: str) -> None:
    assert not offers_nearest(sentence)


@pytest.mark.parametrize(("question", "answer"), RAMBLING)
def test_a_past_story_with_a_would_in_passing_is_not_called_hypothetical(
    question: str, answer: str
) -> None:
    a = assess_answer(question, answer)
    assert a.signals.hypothetical <= 1
    found = advice_for(a)
    assert "hypothetical_story" not in {item.rule for item in found}
    assert "what you would do, not what you did" not in verdict(a)


@pytest.mark.parametrize(("question", "answer"), PLANS)
def test_a_plan_given_for_a_past_occasion_is_still_read_as_one(question: str, answer: str) -> None:
    a = assess_answer(question, answer)
    assert a.signals.hypothetical >= 4
    if not a.off_topic:
        assert "hypothetical_story" in {item.rule for item in advice_for(a)}
