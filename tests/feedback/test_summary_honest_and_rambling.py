"""Honest denials, rambling answers and the summary's counts, on invented fields.

A candidate who says plainly they have not done what was asked is advised to bring the
nearest thing they have done (from the CV when a line fits), never to pick an example
"squarely about" the question, and is never quoted as a strength; a rambling answer is
named as such in the summary and rules out "clean delivery"; the figures strength counts
what it says it counts; skills are named in the advert's own words.
"""

from __future__ import annotations

import re

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.language.denials import leads_with_denial, offers_nearest, says_not_done
from interview_core.scorer import assess_answer, score_interview
from interview_core.scorer.rules import advice_for, verdict
from interview_core.scorer.summary import wording

# --- the shared denial reader --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Rota planning isn't really something I've done.",
        "Honestly, I haven't run a team myself.",
        "I don't have a line-management example to give you.",
        "That's never been part of my role.",
        "Stocktakes aren't an area I have covered.",
        "I wouldn't call myself a glass cutter.",
    ],
)
def test_an_honest_no_is_read_in_its_many_forms(sentence: str) -> None:
    assert says_not_done(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I ran the night shift for two years.",
        "It was not something anyone expected.",
        "I did not have a key to the store, so I called the keyholder.",
    ],
)
def test_a_plain_account_is_no_denial(sentence: str) -> None:
    assert not says_not_done(sentence)


def test_the_denial_must_lead_the_answer_and_the_nearest_thing_is_read() -> None:
    assert leads_with_denial("To be straight, I haven't held a budget. I did the props.")
    assert not leads_with_denial("I cut the glass. I fitted it. I have never seen it crack.")
    assert offers_nearest("The closest I've come is ordering the lamp oil for the station.")


# --- advice on an honest denial -------------------------------------------------------------

KEEPER_Q = (
    "In this role you'd manage the station's maintenance budget and report spend to the "
    "trust. Where have you done something like that, and take me through one occasion?"
)
KEEPER_NO = (
    "Budgets aren't really something I've done. At the station the district engineer holds "
    "the money and I just send in the receipts for the lamp oil. I would want to sit down "
    "with the engineer in my first week and keep a weekly spend sheet so there are no "
    "surprises."
)
KEEPER_NEAR = (
    "I haven't held a budget myself, to be honest. The closest I've come is the lamp oil and "
    "paint: I ordered the stores for two keepers for a season and kept a tally of what each "
    "order cost. If I got this role I would ask the engineer to walk me through last year's "
    "spend."
)
GLAZIER_Q = (
    "This role involves leading a fitting team of four. Tell me about a time leading the "
    "team got difficult: what did you do, and how did it end?"
)
GLAZIER_NO = "Honestly, I haven't run a team myself. I've always been the second fitter."


def _rules(question: str, answer: str) -> list[str]:
    return [item.rule for item in advice_for(assess_answer(question, answer))]


@pytest.mark.parametrize(
    ("question", "answer"),
    [(KEEPER_Q, KEEPER_NO), (KEEPER_Q, KEEPER_NEAR), (GLAZIER_Q, GLAZIER_NO)],
)
def test_an_honest_no_is_never_called_beside_the_question_nor_a_routine(
    question: str, answer: str
) -> None:
    a = assess_answer(question, answer)
    rules = _rules(question, answer)
    assert not {"drifting", "off_topic", "routine", "hypothetical_story"} & set(rules)
    line = verdict(a).lower()
    for wrong in ("squarely", "something other", "does not make clear how", "usually work"):
        assert wrong not in line
    assert "honest" in line or "nearest" in line or "gap" in line


def test_an_honest_no_without_anything_near_is_told_to_bring_the_nearest_thing() -> None:
    found = advice_for(assess_answer(KEEPER_Q, KEEPER_NO))
    assert found[0].rule == "no_direct_experience"
    assert "nearest thing you have done" in found[0].advice
    assert "close the gap" in found[0].advice


def test_an_honest_no_that_brings_something_near_is_not_told_it_brings_nothing() -> None:
    rules = _rules(KEEPER_Q, KEEPER_NEAR)
    assert "no_direct_experience" not in rules


# The nearest thing told after its lead with no "I" of its own: "What I have done is train…".
KENNEL_Q = (
    "Can you walk me through a specific example of line-managing the kennel team, so I "
    "understand exactly what your part was?"
)
KENNEL_NEAR = (
    "To be honest, I haven't managed a team formally, nobody reports to me. What I have done "
    "is train four new kennel hands since last spring and run the shift when the head of "
    "kennels is off. I know rotas and absence are a step up, and I'd want a mentor early on."
)
FARRIER_NEAR = (
    "I haven't held the yard's budget. The nearest I've got is probably ordering the shoes "
    "and nails for two farriers and checking the invoices each month."
)


@pytest.mark.parametrize(
    ("text", "steps"),
    [(KENNEL_NEAR, 2), (FARRIER_NEAR, 2), ("The closest thing is a module at college.", 0)],
)
def test_the_things_done_after_a_nearest_lead_are_counted(text: str, steps: int) -> None:
    from interview_core.language.denials import nearest_steps

    assert nearest_steps(text) == steps


def test_a_nearest_thing_said_without_its_own_i_is_not_called_left_out() -> None:
    a = assess_answer(KENNEL_Q, KENNEL_NEAR)
    assert "no_direct_experience" not in _rules(KENNEL_Q, KENNEL_NEAR)
    assert "leaves out the nearest" not in verdict(a)


LIGHT_CV = """Morwenna Tregarth
Assistant Lighthouse Keeper, Penwith Light Trust, Cornwall  2019 - Present
- Ordered and costed the station's lamp oil, paint and spares, keeping the season's stores 8% under the allowance
- Logged weather every three hours and kept the station log for 6 years without a gap
"""
LIGHT_JD = """Principal Lighthouse Keeper
You will run the station, manage the station's maintenance budget and report spend to the
trust, and keep the light and fog signal working.
Requirements: experience of station duties; able to manage a budget."""
LIGHT_TURNS = (
    Turn(KEEPER_Q, KEEPER_NO),
    Turn(
        "Tell me about a time the light failed during the night. What did you do?",
        "In January the main lamp failed at two in the morning during a gale. I switched to "
        "the standby lamp within four minutes, logged it and radioed the coastguard. I "
        "replaced the burner at first light and the light was back on the main lamp by 9am, "
        "with no ships reporting the outage.",
    ),
)


def _report(cv: str, jd: str, turns: tuple[Turn, ...], title: str = "Principal Keeper"):
    return score_interview(InterviewContext(title, "Penwith Light Trust", cv, jd, turns))


def test_the_nearest_experience_advice_cites_a_fitting_cv_line() -> None:
    report = _report(LIGHT_CV, LIGHT_JD, LIGHT_TURNS)
    advice = report.questions[0].missing[0]
    assert "nearest thing you have done" in advice
    assert "lamp oil" in advice  # the CV line on costing the stores


def test_a_denial_is_never_quoted_as_a_strength() -> None:
    turns = (
        Turn(
            "Tell me about a time you trained a new keeper.",
            "I haven't trained a keeper myself, but I showed the relief keeper the fog signal "
            "checks over three weeks, and I cut his log errors from 9 a week to none.",
        ),
        *LIGHT_TURNS[1:],
    )
    report = _report(LIGHT_CV, LIGHT_JD, turns)
    for line in report.strengths:
        assert "haven't" not in line and "I think" not in line


# --- a rambling answer ----------------------------------------------------------------------

FARRIER_CV = """Tamsin Hale
Farrier, Hale Forge, Devon  2017 - Present
- Shod 25 horses a week for 40 yards, with remedial shoeing for laminitis cases
- Cut the yard's lost-shoe call-outs from 9 a month to 2 by moving clients to six-week cycles
"""
FARRIER_JD = """Senior Farrier
You will shoe and trim horses at our clients' yards, run remedial shoeing with vets and
train an apprentice. Requirements: DipWCF; remedial shoeing experience."""
RAMBLE = " ".join(
    [
        "Well, difficult horses, there are so many, it depends on the yard and the owner and",
        "the weather, because in winter they are all fresher, and I remember a cob at a yard",
        "near Tiverton, and the owner had a lot of opinions, and her daughter rode him, and",
        "the vet had been out about his feet the week before, and there was a lot going on,",
    ]
    * 6
)


def _farrier_turns(ramble: bool) -> tuple[Turn, ...]:
    story = (
        "A Shire mare at a yard in Exeter would not lift her hind feet. I worked out she was "
        "sore behind, so I asked the vet to check her hocks, shod her with her feet low and "
        "kept each session to twenty minutes. Within three visits she stood for the full "
        "shoeing, and the owner moved her other two horses to me."
    )
    return (
        Turn("Tell me about a time you shod a horse that was hard to handle.", story),
        Turn(
            "Tell me about a remedial case you ran with a vet.",
            RAMBLE
            if ramble
            else (
                "A laminitic pony came to me with the vet's X-rays. I fitted heart-bar shoes, "
                "re-shod every four weeks and sent the vet photos after each visit. In three "
                "months the pony was sound at walk and trot and back in light work."
            ),
        ),
        Turn(
            "Tell me about a time you trained an apprentice.",
            "I took on an apprentice in 2022. I had him fit shoes on the cold horses first, "
            "checked every nail, and gave him one new job a month. He passed his second-year "
            "assessment with 82%, and he now shoes 10 horses a week on his own.",
        ),
    )


def test_a_rambling_answer_is_named_and_delivery_is_not_called_clean() -> None:
    report = score_interview(
        InterviewContext(
            "Senior Farrier", "Hale Forge", FARRIER_CV, FARRIER_JD, _farrier_turns(True)
        )
    )
    text = " ".join(report.weaknesses)
    assert "Question 2" in text and ("rambled" in text or "runs long" in text)
    clean = wording()["strengths"]["clean_delivery"]
    assert clean not in report.strengths


def test_a_concise_interview_has_no_rambling_line() -> None:
    report = score_interview(
        InterviewContext(
            "Senior Farrier", "Hale Forge", FARRIER_CV, FARRIER_JD, _farrier_turns(False)
        )
    )
    assert not any("rambled" in w or "runs long" in w for w in report.weaknesses)


def test_the_figures_strength_counts_what_it_says_it_counts() -> None:
    for ramble in (True, False):
        report = score_interview(
            InterviewContext(
                "Senior Farrier", "Hale Forge", FARRIER_CV, FARRIER_JD, _farrier_turns(ramble)
            )
        )
        line = next((s for s in report.strengths if s.startswith("You backed")), None)
        if line is None:
            continue
        kept = sum(1 for q in report.questions if q.dimensions.relevance >= 50)
        found = re.match(r"You backed (\d+) of (\d+) answers with a measured result", line)
        assert found is not None
        # Only answers on their question are counted, out of every answer given.
        assert 2 <= int(found.group(1)) <= kept and int(found.group(2)) == len(report.questions)


# --- the advert's own words -------------------------------------------------------------------


def test_summary_names_skills_in_the_advert_s_words() -> None:
    report = _report(LIGHT_CV, LIGHT_JD, LIGHT_TURNS)
    summary = " ".join(report.strengths + report.weaknesses + report.cv_improvements).lower()
    assert "budget ownership" not in summary


def test_a_dated_event_is_no_result_to_quote() -> None:
    from interview_core.scorer.summary import _strength_quote

    a = assess_answer(
        "What made you apply for this role, and how has your work prepared you for it?",
        "I've been a glazier for nine years and I became a registered installer in 2019. I "
        "want to lead a fitting team, and I like that your firm does heritage sash work.",
    )
    assert _strength_quote(a) != "I became a registered installer in 2019."


def test_a_nearest_thing_told_in_the_present_perfect_is_brought() -> None:
    """ "I've run the line… and done the changeovers, but I haven't owned the figure": the
    nearest thing is there, told as what the candidate has done."""
    from interview_core.scorer.rules import perfect_steps

    question = (
        "The role asks for knowledge of lambing-shed biosecurity, so how near have you come "
        "to that?"
    )
    answer = (
        "On biosecurity: I cover the shepherd when she's on leave, so I've run the lambing "
        "shed for a fortnight and kept the footbath and isolation pens going, but I haven't "
        "written a flock health plan myself. I'd want to learn the vet's protocol early on."
    )
    assert perfect_steps(answer) == 2
    assert perfect_steps("I've never done that, and I've always wanted to.") == 0
    a = assess_answer(question, answer)
    assert "no_direct_experience" not in _rules(question, answer)
    assert "add the nearest thing" not in verdict(a)
