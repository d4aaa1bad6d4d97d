"""A follow-up fits the kind of answer it follows, on invented answers from fields not in the
repository's data: an off-topic answer is redirected, a bare claim is asked for one occasion,
one thin occasion is asked about a step in it, a result already told is not asked for, a
redirect restates a long duty briefly, and a CV is cited in its own words."""

from __future__ import annotations

from interview_core.context import InterviewContext
from interview_core.interviewer.answers import (
    is_bare_claim,
    read,
    tells_one_occasion,
    tells_own_occasion,
)
from interview_core.interviewer.engine import interviewer_for, probe_kind
from interview_core.interviewer.phrases import only_in_a_count
from interview_core.interviewer.plan import Asked, PlanItem
from interview_core.interviewer.render import brief_duty
from interview_core.language.profile import Mention
from interview_core.language.skills import extract_skills

# --- an off-topic answer that shares a city and "team" with the CV is still off the topic ---


def test_hobby_answer_sharing_a_city_with_the_cv_is_off_topic() -> None:
    # A bookbinder's CV names Edinburgh and a team; the answer is about a weekend.
    context = frozenset({"edinburgh", "team", "bindery", "conservation", "leather"})
    question = "Tell me about a time you repaired a fragile eighteenth-century binding."
    answer = (
        "Honestly I'm a huge rugby fan, Edinburgh is my team since I was a kid, and on "
        "Saturdays I play touch rugby with friends from the old school. Good fun."
    )
    assert read(question, answer, context).kind == "off_topic"


def test_work_answer_with_one_word_of_home_life_stays_on_topic() -> None:
    # A glazier mentions a family home once; the answer is about the job.
    question = "Tell me about a time you fitted a difficult curtain wall panel."
    answer = (
        "On a school extension in Leeds the curtain wall panel was 40mm out of square. I "
        "re-measured, had the frame shimmed, fitted the unit with a second glazier and the "
        "site manager signed it off the same day, so the family home next door had no delay."
    )
    assert read(question, answer, frozenset()).kind != "off_topic"


# --- a bare claim has no occasion to have an outcome: one occasion is asked for ---


def test_claimed_quality_without_an_occasion_is_asked_for_one() -> None:
    # A translator and a dog groomer claim qualities; neither tells anything that happened.
    for answer in (
        "I think I'm very precise really. I always check terminology twice and clients say "
        "they can rely on me, which matters a lot in legal translation work these days.",
        "I'm really patient with nervous dogs. Owners appreciate that and I think calm "
        "handling is the most important thing in grooming, honestly, more than speed.",
    ):
        assert is_bare_claim(answer)
        assert probe_kind("no_outcome", answer) == "vague"


def test_an_occasion_or_a_plan_keeps_its_outcome_probe() -> None:
    told = (
        "At the apiary in May I split the two strongest colonies before they swarmed and "
        "moved the queens to nucleus boxes."
    )
    planned = "I would start by surveying every hive and then I'd rotate the old brood frames."
    assert tells_own_occasion(told) and probe_kind("no_outcome", told) == "no_outcome"
    assert probe_kind("no_outcome", planned) == "no_outcome"


# --- a redirect restates a long duty briefly ---


def test_brief_duty_keeps_the_head_of_a_long_duty() -> None:
    assert (
        brief_duty(
            "calibrating the mixing desks for live broadcasts and maintaining "
            "the outside broadcast trucks"
        )
        == "calibrating the mixing desks for live broadcasts"
    )
    assert (
        brief_duty("surveying coastal boundaries for the county atlas, flood maps and parish plans")
        == "surveying coastal boundaries"
    )
    assert brief_duty("checking hives every week") == "checking hives every week"


# --- the CV's own words, never a lexicon label the CV lacks ---


def test_a_count_in_the_cvs_own_words_is_a_result_not_work() -> None:
    assert only_in_a_count(
        "no lost-time accidents since 2019 on the scaffold crew", "lost-time accidents"
    )
    assert not only_in_a_count(
        "ran the lost-time accidents review for the depot", "lost-time accidents"
    )


# --- one thin occasion told: a step in it is asked for, not another occasion ---------------

SOUND_CV = """Kit Marlowe
Sound engineer

Experience
Senior Sound Engineer
Mar 2019 – present
Roundhouse Live, London
- Mixed front of house for 120 shows a year on DiGiCo SD12 desks.
- Trained 6 junior engineers on radio-mic frequency planning.
"""

SOUND_JOB = """Head of Audio
- Lead the audio team of 8 engineers across two venues
- Plan radio-mic frequencies and coordinate with Ofcom licensing
- Maintain the PA systems and manage the audio equipment budget
Requirements: 5 years live sound, DiGiCo experience.
"""

STRONG = (
    "At Roundhouse Live I mixed a sold-out run of 12 shows in 2023. I rebuilt the show file "
    "for the touring band, re-tuned the PA with Smaart and cut feedback complaints to zero, "
    "and the band booked us again for 2024."
)
THIN_OCCASION = (
    "There was a show where the radio mics dropped out in the second half. We swapped the "
    "receivers and carried on. It went alright."
)


def test_a_thin_occasion_is_asked_about_a_step_in_it() -> None:
    ctx = InterviewContext("Head of Audio", "Camden Halls", SOUND_CV, SOUND_JOB, ())
    interviewer = interviewer_for(ctx)
    asked = Asked("duty:0", "duty", duty="planning radio-mic frequencies")
    for term in ("", "the receivers"):
        options = interviewer.render.example_followup(asked, False, term=term, told=True)
        assert options and all("that occasion" in o for o in options)
        assert not any("one specific" in o or "one concrete" in o for o in options)


def test_a_hard_stretch_seen_out_is_a_result() -> None:
    question = "Tell me about a night a crew member did not turn up."
    answer = (
        "On a December night shift at the sorting office two drivers called in sick. I took "
        "one van myself, split the other round between three drivers, and we got through the "
        "night with every bag delivered."
    )
    assert read(question, answer).kind == "ok"


# --- a result the CV counts in its own words is quoted as it stands -------------------------


def test_a_count_in_the_cvs_own_words_is_quoted_not_relabelled() -> None:
    line = "Led a climbing crew of four; no lost-time injuries in three seasons and 2 trainees."
    skill = next(s for s in extract_skills(line) if s.name == "Health and Safety")
    ctx = InterviewContext("Tree Surgeon", "Oakline Arb", SOUND_CV, SOUND_JOB, ())
    render = interviewer_for(ctx).render
    item = PlanItem("deep:0", "deep", skill, cv=Mention(line, "Greenbough Ltd", "experience"))
    options = render.deep(item)
    assert options and all('"no lost-time injuries in three seasons"' in o for o in options)
    assert not any("mentions health and safety" in o for o in options)


def test_one_occasion_is_told_only_when_the_answer_points_at_one() -> None:
    # A glazier, a cartographer and a dog groomer: one occasion told, or work in general.
    assert tells_one_occasion(
        "We had a cracked skylight once on a listed chapel. I propped it and we swapped the pane."
    )
    assert tells_one_occasion(
        "Last March a parish boundary was disputed. I resurveyed it and redrew the sheet."
    )
    assert not tells_one_occasion("I did a lot of boundary surveys and it went fine.")
    assert not tells_one_occasion("I've groomed hundreds of nervous dogs. It usually works out.")


def test_brief_duty_keeps_verbs_that_share_one_object() -> None:
    doing = "calibrating and servicing the theodolites and GNSS receivers used by survey crews"
    assert brief_duty(doing).startswith("calibrating and servicing the theodolites")
