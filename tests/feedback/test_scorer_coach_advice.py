"""Advice rules a reader found false, each tried on answers from fields the product was not
written for (farrier, crane operator, pastry chef, court usher, wind-turbine technician)."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.scorer import assess_answer, score_interview
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.rules import advice_for, applies, new_story, steps_taken, verdict

# --- "we" more than "I" while the candidate's own steps are plain ---------------------------

CRANE_Q = (
    "Tell me about a time a lift did not go to plan. What was at stake, what did you do "
    "yourself, and how did it turn out?"
)
CRANE_OWN = (
    "On a hospital job in Leeds we had a tandem lift of a 14-tonne air handling unit, and the "
    "wind was picking up. We were already two hours behind. I stopped the lift, checked the "
    "anemometer readings with the appointed person and re-rigged the spreader beam so the load "
    "sat level. We waited forty minutes, we briefed the banksman again and we lifted at the "
    "next lull. The unit was set on the roof by noon with no damage."
)
CRANE_TEAM = (
    "On a hospital job in Leeds we had a tandem lift of a 14-tonne unit and the wind was "
    "picking up. We stopped the lift, we checked the readings and we re-rigged the spreader "
    "beam. I phoned the site manager. We lifted at the next lull and we set the unit by noon."
)


def test_we_over_i_is_quiet_when_the_candidates_own_steps_are_plain() -> None:
    own = assess_answer(CRANE_Q, CRANE_OWN)
    assert own.signals.we_subject > own.signals.i_subject
    assert steps_taken(CRANE_OWN, "i") >= 2
    assert not applies("we_over_i", own)
    assert "“we” more than “I”" not in verdict(own)
    assert not any("team's part" in line for line in stronger_answer(own, "", []))
    assert applies("we_over_i", assess_answer(CRANE_Q, CRANE_TEAM))


# --- "say how you would know it worked" when the plan names its measure ---------------------

TURBINE_Q = (
    "Before we close: what would you do first, and what would you want to have achieved by "
    "the end of your first 90 days as a wind-turbine technician with us?"
)
TURBINE_MEASURED = (
    "In my first month I would shadow each crew on the climbs, learn your turbines' control "
    "software and read the last year of fault logs, because the repeat faults tell you where "
    "the time goes. By the second month I would be leading my own maintenance visits. By the "
    "end of the third month I would agree targets with the site lead for turbine availability "
    "and for repeat call-outs on the same fault, and I would compare them with the quarter "
    "before."
)
TURBINE_UNMEASURED = (
    "In my first month I would shadow each crew on the climbs, learn your turbines' control "
    "software and read the last year of fault logs, because the repeat faults tell you where "
    "the time goes. By the second month I would be leading my own maintenance visits, and by "
    "the third month I would like to help with the gearbox programme, since that is where my "
    "experience is strongest."
)


def test_no_check_is_quiet_when_the_plan_names_its_measure() -> None:
    measured = assess_answer(TURBINE_Q, TURBINE_MEASURED)
    assert not applies("no_check", measured)
    assert "know it" not in verdict(measured)
    assert applies("no_check", assess_answer(TURBINE_Q, TURBINE_UNMEASURED))


# --- no reason for wanting the role, when the question asked what carries over -------------

CARRY_Q = "What from your work as a court usher carries over to this role as a tribunal clerk?"
WHY_Q = "Why do you want to be a tribunal clerk with us?"
CARRY_A = (
    "As a court usher at Teesside Crown Court I have called on more than forty cases a week, "
    "kept the list moving when defendants were late, and explained the order of the day to "
    "witnesses who had never been in a court. I set up a waiting-room board so that witnesses "
    "knew which court they were in, and complaints to the listing office fell by half. I "
    "would bring the same calm and the same habit of keeping people informed."
)


def test_no_reason_only_when_the_question_asks_why() -> None:
    carry = assess_answer(CARRY_Q, CARRY_A)
    assert carry.reading.kind == "motivation"
    assert not applies("no_reason", carry)
    lines = stronger_answer(carry, "", [])
    assert not any("draws you" in line for line in lines)
    assert any("carry over" in line for line in lines)
    assert applies("no_reason", assess_answer(WHY_Q, CARRY_A))


# --- an honest "I haven't done that" is pushed to the nearest real experience --------------

PASTRY_Q = (
    "Tell me about a time a wedding cake order went wrong on the day. What happened, what did "
    "you do, and how did it turn out?"
)
PASTRY_HONEST = (
    "I haven't had a wedding cake go wrong on the day yet, to be honest. If a tier collapsed "
    "I would first check whether the lower tiers were sound, then I would rebuild the top "
    "from the spare sponge I always bake, and I would call the couple's planner before they "
    "heard it from anyone else. I would rather tell them straight away than hide it."
)
PASTRY_INVENTED = (
    "I would check the tiers first and then I would rebuild the top from spare sponge. I "
    "would call the planner and I would tell the couple, and I would probably redo the "
    "decoration so it looked the same as before."
)


def test_an_honest_no_is_advised_to_bring_the_nearest_real_experience() -> None:
    honest = assess_answer(PASTRY_Q, PASTRY_HONEST)
    rules = [item.rule for item in advice_for(honest)]
    assert "no_direct_experience" in rules
    assert "hypothetical_story" not in rules
    advice = next(item.advice for item in advice_for(honest) if item.rule == rules[0])
    assert "nearest" in advice
    invented = assess_answer(PASTRY_Q, PASTRY_INVENTED)
    assert applies("hypothetical_story", invented)
    assert not applies("no_direct_experience", invented)


# --- a rambling answer is named as rambling, with its length --------------------------------

FARRIER_Q = (
    "Tell me about a time you dealt with a horse that was hard to shoe. What was the "
    "situation, what did you do, and how did it turn out?"
)
FARRIER_STORY = (
    "Last spring a client's mare at a livery yard near Hexham kept pulling her feet away and "
    "had kicked the previous farrier. I asked the owner about her history and found she had "
    "been shod roughly as a youngster. I shod her in her own stable rather than the yard, "
    "worked on the front feet first while the owner held her with a haynet, and took breaks "
    "whenever she tensed. By the third visit she stood quietly for the whole set, and the "
    "owner has booked me every six weeks since."
)
FARRIER_ASIDES = (
    "And that yard, funnily enough, is where I first learned to drive a horsebox, which is "
    "a whole story in itself, because the lane is narrow and the gate posts are stone, and "
    "the owner's husband used to stand there waving his arms, which never helped, and "
    "anyway the horsebox went back to the dealer in the end, and the yard changed hands "
    "twice after that, and I still think about the old owner, who taught me a lot about "
    "hay and about not rushing, and about the weather up there, which changes every hour. "
)


def test_a_rambling_answer_is_named_rambling_with_its_length() -> None:
    long_answer = FARRIER_STORY + " " + FARRIER_ASIDES * 3
    a = assess_answer(FARRIER_Q, long_answer)
    assert a.signals.word_count > 250
    found = advice_for(a)
    assert found[0].rule == "too_long"
    line = verdict(a)
    assert f"{a.signals.word_count} words" in line
    assert "runs long" in line


# --- a result in plain words is a result ----------------------------------------------------


def test_a_result_in_plain_words_scores_as_a_result() -> None:
    plain = assess_answer(FARRIER_Q, FARRIER_STORY)
    none = assess_answer(
        FARRIER_Q,
        FARRIER_STORY.replace(
            "By the third visit she stood quietly for the whole set, and the owner has booked "
            "me every six weeks since.",
            "I think patience is the main thing with horses like that.",
        ),
    )
    assert plain.signals.star["result"] >= 0.6
    assert not applies("no_result", plain)
    assert applies("no_result", none)
    assert plain.score > none.score
    # "shod" and "mare" tell the question's topic in the candidate's own words.
    assert not applies("drifting", plain)


# --- a new story told for "what was the result of that?" is never praised ------------------

USHER_JD = (
    "Tribunal Clerk. Manage hearing lists, support judges and parties on the day, keep "
    "accurate records and explain procedure to people without legal advice."
)
USHER_CV = "Court Usher, Teesside Crown Court. Called cases, kept lists and looked after witnesses."
USHER_STORY = (
    "At Teesside Crown Court a trial list kept collapsing because witnesses turned up at the "
    "wrong court and left before they were called. I mapped where they went wrong, put a "
    "board in the waiting room with each court's cases, and phoned the witness service each "
    "morning with the order of the day. I also walked nervous witnesses to the right door "
    "myself and told the clerk as soon as someone arrived."
)
USHER_SAME = (
    "The board and the morning calls cut the witnesses who went to the wrong court from "
    "about five a week to none in a month, and the trial list stopped collapsing. The clerk "
    "told the listing office, who asked me to put the same board in the other two waiting "
    "rooms, and the witness service now sends its volunteers to the board first."
)
USHER_OTHER = (
    "Last winter the heating in the jury assembly room failed during a murder trial. I moved "
    "the jurors to the library, found heaters from the facilities team and arranged hot drinks "
    "with the café, and I kept the usher's desk informed so that nobody went to the old room. "
    "The judge delayed the start by only twenty minutes, the trial finished on the day it was "
    "listed to, and the jury manager thanked me in writing."
)


def test_another_story_for_the_result_of_the_last_is_named_and_not_praised() -> None:
    result_q = "What was the result of that, and how did you measure it?"
    same = assess_answer(result_q, USHER_SAME, USHER_JD, USHER_CV, previous=USHER_STORY)
    other = assess_answer(result_q, USHER_OTHER, USHER_JD, USHER_CV, previous=USHER_STORY)
    assert not new_story(same)
    assert new_story(other)
    line = verdict(other)
    assert line.startswith("Partly there")
    assert "new story" in line
    outline = stronger_answer(other, USHER_CV, [])
    assert outline[0].startswith(("Go back to the story", "Answer with the ending"))
    assert not any("thanked me" in x for x in outline)


def test_the_report_passes_the_story_before_to_a_result_follow_up() -> None:
    turns = (
        Turn(
            "Tell me about a time you kept a hearing list running on a difficult day.", USHER_STORY
        ),
        Turn("What was the result of that, and how did you measure it?", USHER_OTHER),
    )
    ctx = InterviewContext("Tribunal Clerk", "Northern Tribunals", USHER_CV, USHER_JD, turns)
    report = score_interview(ctx)
    assert "new story" in report.questions[1].verdict


# --- insights: no phrase both a filler and a hedge, terms as the candidate said them -------

TURBINE_JD = (
    "Wind Turbine Technician. Maintain and repair onshore wind turbines, read SCADA alarms, "
    "carry out gearbox inspections and keep maintenance records."
)
TURBINE_CV = "Wind Turbine Technician, Northfell Wind. Gearbox inspections and SCADA fault finding."
TURBINE_STORY = (
    "Last winter two turbines at Northfell kept tripping on a gearbox temperature alarm in "
    "SCADA, kind of every few days. I pulled the SCADA trend data, found the oil cooler fan "
    "was stopping on one turbine and a sensor had drifted on the other, and I replaced both "
    "with the crew on the next weather window. The turbines ran without a trip for the rest "
    "of the winter, and I added a SCADA check on the cooler fans to our monthly inspections."
)


def test_insights_list_a_phrase_once_and_terms_as_spoken() -> None:
    turns = tuple(
        Turn("Tell me about a time you dealt with a recurring turbine fault.", TURBINE_STORY)
        for _ in range(2)
    )
    ctx = InterviewContext(
        "Wind Turbine Technician", "Fellside Energy", TURBINE_CV, TURBINE_JD, turns
    )
    ins = score_interview(ctx).insights
    fillers = {t.term for t in ins.filler_words}
    hedges = {t.term for t in ins.hedge_words}
    assert not fillers & hedges
    terms = [t.term for t in ins.job_terms]
    assert "scada" not in terms
    stems = [t.lower().rstrip("s") for t in terms]
    assert len(stems) == len(set(stems)), terms


def test_a_skill_the_cv_shows_in_its_own_words_is_not_asked_to_be_added() -> None:
    from interview_core.scorer.lexicons import light_stem
    from interview_core.scorer.summary import _named_in_other_words

    # A crane operator's CV names "risk" and "lift plans"; a farrier's names no onboarding.
    cv = {light_stem(w) for w in ("Reviewed", "risk", "assessments", "and", "lift", "plans")}
    assert _named_in_other_words("Risk Management", cv)
    assert not _named_in_other_words("Customer Onboarding", cv)
    # "management" alone tells nothing: a CV saying "managed" does not show Stock Control.
    assert not _named_in_other_words("Stock Control", {light_stem("managed")})
