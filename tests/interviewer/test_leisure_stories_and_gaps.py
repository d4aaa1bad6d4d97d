"""A story of life outside work is redirected whatever generic word it shares with the
question; an honest "I haven't done that" of a thing the job asks for is met with what the
candidate would build on, also after a probe, and never with a tangent on a word of the
denial; a hedge ("I'd say I'm…") is no plan, and a way of working any candidate claims is
no term to take up (invented actuarial, archive, orthoptic, air-traffic, sommelier and
farriery interviews)."""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.language.answers import (
    is_bare_claim,
    read,
    tells_leisure_story,
    tells_plan_only,
    working_world,
)
from interview_core.language.denials import denial_sentences
from tests.helpers.answers import FARRIER_RAMBLING

FIELDS = {
    "actuary": (
        "Actuary, Harrow Life, London 2018-present\n- Led the annual reserving review for a "
        "£2bn annuity book\n- Presented assumption changes to the finance director",
        "Responsibilities\n- Set and defend reserving assumptions\n- Work with finance on the "
        "IFRS 17 close",
        "Tell me about a time your reserving assumptions were challenged by the finance team: "
        "what did you do, and how did it turn out?",
    ),
    "orthoptist": (
        "Orthoptist, Kestrel Eye Unit, 2019-present\n- Ran paediatric squint clinics\n- Led the "
        "amblyopia occlusion audit",
        "Responsibilities\n- Assess and manage children with squint and amblyopia\n- Run "
        "independent orthoptic clinics",
        "Tell me about a child whose squint management didn't go as planned: what did you do, "
        "and what happened?",
    ),
    "controller": (
        "Air Traffic Controller, Solent Approach, 2015-present\n- Approach and tower ratings\n"
        "- OJTI for trainee controllers",
        "Responsibilities\n- Provide approach control services\n- Train and assess trainee "
        "controllers",
        "Tell me about a time you handled an unexpected runway change under heavy traffic: what "
        "did you do, and what was the result?",
    ),
    "sommelier": (
        "Head Sommelier, The Larder, Bath, 2020-present\n- Built a 400-bin wine list\n- Trained "
        "floor staff on service",
        "Responsibilities\n- Manage the wine list and cellar\n- Build pairings for the tasting "
        "menu\n- Work with suppliers",
        "Tell me about a time you had to rebuild a wine pairing at short notice: what did you "
        "do, and how did it go?",
    ),
}

LEISURE = [
    (
        "actuary",
        "Last summer I did the Great North Swim with two people from the office. We trained at "
        "the lido every Tuesday for three months and raised about £1,200 for a hospice. The "
        "result was better than I expected, and I finished in under forty minutes.",
    ),
    (
        "orthoptist",
        "At university I rowed for the second eight and ran the club's annual ball. I booked "
        "the venue, handled a £4,000 budget and sold all 200 tickets, and the club made a small "
        "profit for the first time.",
    ),
    (
        "controller",
        "I brew cider at home from our apple trees, and last autumn I built a little press from "
        "an old jack. We made about forty litres and it won a prize at the village show.",
    ),
    (
        "sommelier",
        "I did the Three Peaks Challenge with my brother last year and we raised £900 for a "
        "mental health charity. The hardest part was Scafell Pike in the dark, but we kept "
        "going and finished in 23 hours.",
    ),
]

WORK = [
    (
        "actuary",
        "In the 2023 review the finance director challenged our longevity improvement "
        "assumption because it added £14m to reserves. I reran the CMI model with three "
        "calibrations, showed the sensitivity in a one-page table and agreed a middle basis "
        "with him; the auditors accepted it without comment.",
    ),
    (
        "orthoptist",
        "A six-year-old with an intermittent exotropia kept missing appointments because her "
        "mum worked shifts. I moved her to an evening clinic, taught occlusion at home with a "
        "diary, and her control improved from poor to good within four months.",
    ),
    (
        "controller",
        "On a Saturday afternoon the wind swung and we had to change runway with nine inbounds "
        "on frequency. I coordinated with the tower, re-sequenced the stack, gave two aircraft "
        "extra track miles and held one; we completed the change with no go-arounds.",
    ),
    (
        "sommelier",
        "A couple booked our tasting menu for their anniversary and the husband couldn't drink "
        "alcohol. I built a non-alcoholic pairing with kombucha and verjus for all seven "
        "courses, and they came back for her birthday and rebooked it.",
    ),
]


@pytest.mark.parametrize(("field", "answer"), LEISURE)
def test_a_story_of_life_outside_work_is_off_the_question(field: str, answer: str) -> None:
    cv, job, question = FIELDS[field]
    context = working_world(cv, job)
    assert tells_leisure_story(question, answer, context)
    assert read(question, answer, context).off_topic


@pytest.mark.parametrize(("field", "answer"), WORK)
def test_a_work_story_with_a_word_of_life_in_it_stays_on_the_question(
    field: str, answer: str
) -> None:
    cv, job, question = FIELDS[field]
    context = working_world(cv, job)
    assert not tells_leisure_story(question, answer, context)
    assert not read(question, answer, context).off_topic


def test_a_fundraisers_own_work_is_no_leisure_story() -> None:
    cv = (
        "Major Gifts Fundraiser, Severn Hospice, 2019-present\n- Raised £400k a year from "
        "major donors and trusts\n- Ran the hospice's donor stewardship programme"
    )
    job = "Responsibilities\n- Build a pipeline of major donors\n- Steward donors and trusts"
    question = (
        "Tell me about a major donor you brought on board: what did you do, and how did it go?"
    )
    answer = (
        "I raised £50,000 for the hospice's new ward from a family trust. I met the trustees "
        "three times, wrote a stewardship plan with the ward manager and sent quarterly impact "
        "reports; they renewed for another three years."
    )
    context = working_world(cv, job)
    assert not tells_leisure_story(question, answer, context)


CV = """Experience
Farrier, Hollins Equine, Hereford — 2017 – present
- Shoe and trim around 25 horses a week for private owners and two livery yards
- Cut lost-shoe call-outs by a third by moving yards to a five-week cycle
Apprentice Farrier, Marsh Forge, Ledbury — 2013 – 2017
- Forged and fitted keg and handmade shoes under an approved training farrier
"""
JOB = """Responsibilities
- Shoe and trim hospital and client horses to a high standard
- Fit remedial and therapeutic shoes for laminitis cases with the vets
- Supervise and train the apprentice farrier
- Keep accurate shoeing records on the practice system
Requirements
- Registered with the Farriers Registration Council
- Experience of remedial shoeing with veterinary radiographs
"""
DENIAL = (
    "I haven't fitted heart-bar shoes for laminitis against radiographs myself; that's always "
    "gone to the hospital. The nearest is that I've worked alongside a vet on two foundered "
    "ponies, fitting glue-on shoes to her plan, and I've done the Equine Podiatry course. I'd "
    "want to shadow your senior farrier on the first few cases."
)


def _play(answers: list[str]) -> list:
    ctx = InterviewContext("Senior Farrier", "Wyeside Equine Hospital", CV, JOB)
    decisions = []
    for answer in answers:
        decision = interviewer_for(ctx).next_decision(ctx.turns, 8)
        decisions.append(decision)
        ctx = InterviewContext(
            ctx.job_title,
            ctx.company_name,
            CV,
            JOB,
            (*ctx.turns, Turn(decision.text, answer)),
        )
    decisions.append(interviewer_for(ctx).next_decision(ctx.turns, 8))
    return decisions


OPENING = (
    "I've been shoeing for about twelve years, the last eight on my own round around "
    "Hereford. I want to work closer to the vets and see more remedial cases."
)


def test_an_honest_gap_told_after_a_probe_is_met_with_what_they_would_build_on() -> None:
    vague = "I'd say I'm good with difficult horses really. I stay calm and keep at it."
    decisions = _play([OPENING, vague, DENIAL])
    assert decisions[2].asked.followup in ("example", "outcome")
    last = decisions[3]
    assert last.asked.followup == "gap"
    assert "nearest" in last.text or "gap" in last.text


def test_no_tangent_is_taken_on_a_word_of_a_denial() -> None:
    denial = (
        "I haven't run laminitis cases on Metron myself; all my records have been on "
        "FarrierPro. The nearest is two foundered ponies I shod to a vet's plan."
    )
    decisions = _play([OPENING, "I rasp and fit every foot to the same standard.", denial])
    assert "FarrierPro" not in decisions[3].text and "Metron" not in decisions[3].text


def test_the_sentences_owning_up_are_those_of_the_denial() -> None:
    found = denial_sentences(DENIAL)
    assert found and "laminitis" in found[0] and "foundered" not in " ".join(found)


@pytest.mark.parametrize(
    "answer",
    [
        "I'd say I'm good with stakeholders. I always keep people informed.",
        "I'd like to think I'm calm under pressure, and I get on with everyone.",
    ],
)
def test_a_hedge_worded_as_a_plan_is_a_bare_claim_not_a_plan(answer: str) -> None:
    assert not tells_plan_only(answer)
    assert is_bare_claim(answer)


def test_a_plan_is_still_a_plan() -> None:
    assert tells_plan_only("I'd first ring the yard, then I would check the foot with the vet.")


def test_a_way_of_working_is_no_term_to_take_up() -> None:
    vague = "I'm a real people person and I like working in a team with the owners and vets."
    decisions = _play([OPENING, vague])
    assert "working in a team" not in decisions[2].text


RAMBLING = FARRIER_RAMBLING


def test_the_gap_follow_up_counts_among_the_two_follow_ups_on_a_topic() -> None:
    # The gap follow-up asks about the same work: after a probe and the gap follow-up, a
    # third follow-up (bringing the rambling answer to a point) would spend the interview on
    # one duty. It moves on to a question of its own.
    vague = "I'd say I'm good with difficult horses really. I stay calm and keep at it."
    decisions = _play([OPENING, vague, DENIAL, RAMBLING])
    assert decisions[2].asked.followup is not None
    assert decisions[3].asked.followup == "gap"
    assert decisions[4].asked.followup is None, decisions[4].text


def test_the_gap_follow_up_names_the_thing_owned_up_to_as_the_candidate_wrote_it() -> None:
    cv = """Experience
Architectural Assistant, Hale & Finch, Bristol — 2020 – present
- Drew planning and building-regulations packages for 14 house extensions in AutoCAD
"""
    job = """Responsibilities
- Produce technical drawings for residential schemes in Revit
- Coordinate consultants' information on live projects
Requirements
- Revit on live projects
"""
    ctx = InterviewContext("Architectural Technician", "Stone & Vale", cv, job)
    first = interviewer_for(ctx).next_decision((), 8)
    opener = "I've drawn house extensions for six years and want to work on larger schemes."
    ctx = InterviewContext(ctx.job_title, ctx.company_name, cv, job, (Turn(first.text, opener),))
    second = interviewer_for(ctx).next_decision(ctx.turns, 8)
    denial = (
        "I haven't used Revit on a live job myself; the practice is all AutoCAD. The nearest is "
        "that I modelled one extension in Revit at evening classes and set up its sheets."
    )
    ctx = InterviewContext(
        ctx.job_title, ctx.company_name, cv, job, (*ctx.turns, Turn(second.text, denial))
    )
    third = interviewer_for(ctx).next_decision(ctx.turns, 8)
    assert third.asked.followup == "gap"
    assert "Revit" in third.text
