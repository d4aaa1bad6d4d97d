"""Advice follows the form of the question: a hypothetical question is answered by a plan, a
reflective one by a lesson, a first-months one by priorities, a what-carries-over one by the
candidate's record. Invented questions and answers from fields outside the development set
(solar PV installer, housing officer, clinical trials coordinator, e-commerce merchandiser).
"""

from __future__ import annotations

import pytest

from interview_core.scorer import advice_for, assess_answer, verdict
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.questions import question_type, read_question

HOUSING_JOB = (
    "Housing Officer at Brightwell Homes. Manage a patch of 450 homes, tackle rent arrears, "
    "support tenancy sustainment and work with the repairs team on damp and mould."
)


def rules_of(question: str, answer: str, job: str = "") -> list[str]:
    return [item.rule for item in advice_for(assess_answer(question, answer, job, ""))]


def advice_text(question: str, answer: str, job: str = "") -> str:
    a = assess_answer(question, answer, job, "")
    return " ".join([verdict(a), *(item.advice for item in advice_for(a))])


# --- question forms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What have you learned from running a tenancy sustainment caseload?",
        "Looking back on your first trial set-up, what would you do differently?",
        "What has been the hardest part of moving from store buying to online merchandising?",
        "How has your approach to informed consent changed since you started coordinating trials?",
        "What has fitting batteries on older roofs taught you about surveys?",
        "What's the biggest lesson you've taken from working with housing associations?",
        "If you could run that inverter recall again, what would you change?",
    ],
)
def test_a_reflective_question_has_its_own_type(question: str) -> None:
    assert question_type(question) == "reflective"


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about a time a trial site missed its recruitment target. What did you do, "
        "and what would you do differently?",
        "You mentioned the promotions calendar: how exactly did you build it, and what would "
        "you do differently next season?",
        "Tell us about your experience of void turnarounds: where have you done it, and what "
        "did you learn?",
    ],
)
def test_a_story_question_with_a_reflective_tail_stays_a_story(question: str) -> None:
    assert question_type(question) == "behavioural"


@pytest.mark.parametrize(
    "question",
    [
        "What from your installer work would you bring to a design role?",
        "What from your time on the ward would you build on as a trials coordinator?",
    ],
)
def test_what_carries_over_is_asked_as_motivation(question: str) -> None:
    assert question_type(question) == "motivation"


def test_a_question_asking_what_you_would_do_asks_a_plan() -> None:
    mixed = read_question(
        "Have you ever had a tenant refuse access for a gas safety check? How would you "
        "handle it if it happened here?"
    )
    assert mixed.kind == "behavioural" and mixed.asks_plan
    story = read_question("Tell me about a time a tenant refused access. What did you do?")
    assert not story.asks_plan and not story.asks_reflection
    # A bare "if" is no hypothetical: the question still asks for a story.
    checked = read_question(
        "Describe a time you had to decide if a trial participant's consent was still valid."
    )
    assert checked.kind == "behavioural" and not checked.asks_plan


# --- 1. a hypothetical question: a plan is right, a real occasion a strength ------------------

MIXED_Q = (
    "Have you ever had a tenant refuse access for the annual gas safety check? How would you "
    "handle it if it happened here?"
)
OCCASION_AND_PLAN = (
    "Yes, at Riverside Homes last winter a tenant in a tower block refused access three times "
    "because she was frightened of strangers after a burglary. I visited with her support "
    "worker, explained the check took twenty minutes and booked an engineer she had met "
    "before. The check was done on the fourth appointment and the certificate was in date "
    "again within the week. Here I would do the same: I would check the file for any "
    "vulnerability first, phone the tenant rather than write, and involve the support worker "
    "early. I would only move to an injunction as a last resort, because it damages trust "
    "for years."
)
PLAN_ONLY = (
    "I would check the file for any vulnerability first, then phone the tenant rather than "
    "write, because letters about legal action frighten people. I would offer a time that "
    "suits them and involve a support worker or family member if there is one. I would only "
    "move to an injunction as a last resort, because it damages trust for years, and I would "
    "keep the gas engineer's dates open until the check is done."
)


def test_a_real_occasion_and_a_plan_on_a_hypothetical_question_is_no_fault() -> None:
    rules = rules_of(MIXED_Q, OCCASION_AND_PLAN, HOUSING_JOB)
    assert "hypothetical_story" not in rules
    assert "Replace what you would do" not in advice_text(MIXED_Q, OCCASION_AND_PLAN)


def test_a_plan_alone_to_a_question_asking_for_an_occasion_and_a_plan_is_asked_the_occasion() -> (
    None
):
    rules = rules_of(MIXED_Q, PLAN_ONLY, HOUSING_JOB)
    assert "hypothetical_story" not in rules
    assert rules and rules[0] == "skips_example"
    # Nothing on the ending or the scene of an occasion the answer never tells.
    assert not {"no_result", "no_context", "unclear_actions"} & set(rules)


def test_a_plan_told_for_a_story_question_is_still_told_to_tell_the_occasion() -> None:
    q = "Tell me about a time a customer's solar inverter kept tripping. What did you do?"
    answer = (
        "I would check the inverter's fault log first, then I would measure the voltage at "
        "the meter at peak generation, and I would only look at the wiring after that, "
        "because over-voltage is the commonest cause. I would also ring the network operator "
        "if the voltage was high, and I would explain to the customer what was going on."
    )
    assert "hypothetical_story" in rules_of(q, answer)


def test_a_plan_on_a_what_would_you_do_if_question_gets_plan_advice() -> None:
    q = (
        "What would you do if a customer's inverter kept tripping in the first week after "
        "you installed their panels?"
    )
    answer = (
        "I had exactly that on a job in Swindon in 2022, a 4 kW system that tripped every "
        "sunny afternoon. So here I would first check the inverter's fault log, then measure "
        "the voltage at the meter at peak generation, and only then look at the wiring, "
        "because over-voltage is the commonest cause. If it was over 253 volts I would apply "
        "to the network operator to adjust the transformer tap."
    )
    rules = rules_of(q, answer)
    assert "hypothetical_story" not in rules and "skips_example" not in rules


# --- 2. reflective questions: the lesson, its occasion, the change -----------------------------

REFLECT_Q = "What have you learned from running a tenancy sustainment caseload?"
FULL_REFLECTION = (
    "The biggest lesson is that arrears are nearly always a symptom of something else. Two "
    "years ago I had a tenant in Hartley Court who was four months behind, and I went in with "
    "the arrears letter. It turned out her benefits had stopped when her son turned eighteen. "
    "I sorted the claim with her in an afternoon and she cleared the debt within the year. "
    "Since then I always ask what changed in the household before I talk about money."
)


def test_a_full_reflection_is_not_judged_as_a_story_or_a_plan() -> None:
    a = assess_answer(REFLECT_Q, FULL_REFLECTION, HOUSING_JOB, "")
    rules = {item.rule for item in advice_for(a)}
    story_or_plan = {"no_result", "no_figures", "no_context", "no_steps", "no_backing"}
    assert not rules & story_or_plan, rules
    assert not rules & {"no_lesson", "no_teaching_occasion", "no_practice_change", "drifting"}
    assert "lesson" in verdict(a)


def test_a_reflection_with_no_lesson_is_asked_for_it() -> None:
    q = "Looking back on your first trial set-up, what would you do differently?"
    answer = (
        "At St Anne's in 2021 I set up a diabetes trial with two research nurses. I built the "
        "site file, booked the pharmacy visit and ran the delegation log training. The site "
        "opened a week late because the pharmacy fridge had no temperature logger."
    )
    assert rules_of(q, answer)[0] == "no_lesson"


def test_a_lesson_with_no_occasion_is_asked_for_the_occasion_that_taught_it() -> None:
    q = "What has been the hardest part of moving into online merchandising?"
    answer = (
        "The hardest part has been letting the data overrule my eye for a product. I learned "
        "that what sells in a shop window is not what sells on page one, and now I check "
        "search terms before I decide how deep to buy a line."
    )
    rules = rules_of(q, answer)
    assert rules[0] == "no_teaching_occasion"
    assert "no_lesson" not in rules and "no_practice_change" not in rules


def test_a_lesson_with_no_change_in_practice_is_asked_what_changed() -> None:
    q = "What have you learned from installing batteries on older houses?"
    answer = (
        "I learned that the consumer unit decides the job. On a 1930s semi in Frome last "
        "spring I found a rewireable fuse board when I opened it up, and the battery install "
        "had to wait three weeks for a new board and a second visit."
    )
    rules = rules_of(q, answer)
    assert "no_practice_change" in rules
    assert not {"no_lesson", "no_teaching_occasion", "no_figures", "no_steps"} & set(rules)


def test_a_reflection_outline_asks_for_what_it_lacks() -> None:
    q = "How has your approach to consent changed since you started coordinating trials?"
    answer = (
        "I think consent is really important and I always make sure it is done properly. It "
        "has changed a lot and I am much more confident than I was."
    )
    a = assess_answer(q, answer, "", "")
    outline = " ".join(stronger_answer(a, "", []))
    assert "occasion that taught it" in outline
    assert "trade-off" not in outline and "measure you would watch" not in outline


# --- 3. plans for the first months ------------------------------------------------------------

NINETY_Q = (
    "To finish: if you joined Brightwell Homes as a Housing Officer, what would you want to "
    "have achieved by the end of your first 90 days?"
)
SPECIFIC_PLAN = (
    "In the first month I'd visit every tenant on my patch who is more than eight weeks in "
    "arrears and get the repayment agreements back on track. By the second month I'd want a "
    "joint walkabout with the repairs team on the three estates with the most damp "
    "complaints, so every open case has a named surveyor and a date. By day ninety I'd want "
    "my arrears below the team's two percent target and no damp case older than twenty days "
    "without a visit."
)


def test_a_specific_first_months_plan_is_not_told_to_back_it_with_a_past_occasion() -> None:
    text = advice_text(NINETY_Q, SPECIFIC_PLAN, HOUSING_JOB)
    assert "one time you did something similar" not in text
    assert "nothing you have done backs it up" not in text
    rules = rules_of(NINETY_Q, SPECIFIC_PLAN, HOUSING_JOB)
    assert "no_backing" not in rules and "no_priorities" not in rules


def test_a_general_first_months_plan_is_asked_for_priorities_not_a_past_occasion() -> None:
    q = (
        "Finally, looking ahead: what would you focus on in your first 90 days as a Clinical "
        "Trials Coordinator, and how would you know it was going well?"
    )
    answer = (
        "I would get to know everyone and learn how things are done here, and build good "
        "relationships. I would want to understand the processes and then start adding "
        "value, and I would know it was going well if people were happy with me."
    )
    rules = rules_of(q, answer)
    assert "no_priorities" in rules and "no_backing" not in rules
    assert "one time you did something similar" not in advice_text(q, answer)


def test_a_rambling_first_months_plan_is_told_to_cut_to_a_few_priorities() -> None:
    q = (
        "Finally, looking ahead: what would you focus on in your first 90 days as an "
        "E-commerce Merchandiser at Fernleaf, and how would you know it was going well?"
    )
    answer = (
        "Well first I'd want to meet everybody and then I'd look at the site and the homepage "
        "and then probably the search terms and the category pages and the way the filters "
        "work, and then the buying team, I'd want to sit with them and understand the ranges, "
        "and then the promotions calendar and how that's planned, and then the stock, and "
        "also the returns because returns tell you a lot, and also I'd look at the reviews "
        "and the email side and the marketplace listings and how they match up, and then "
        "maybe by the end I'd have a view on what to change, and I'd know it was going well "
        "if people were happy and sales were up and things were moving."
    )
    a = assess_answer(q, answer, "", "")
    found = advice_for(a)
    assert found[0].rule == "rambling"
    assert "two or three priorities" in found[0].advice
    line = verdict(a)
    assert "date order" not in line and "clear approach" not in line
    assert "one time you did something similar" not in advice_text(q, answer)


# --- 4. what carries over: no reason for wanting the role is asked ------------------------------


def test_a_brief_carry_over_answer_is_not_asked_for_a_reason_to_want_the_role() -> None:
    q = (
        "What from your installer work would you build on here, and what would you most need "
        "to learn first?"
    )
    answer = (
        "I'd build on the fault finding, because I've traced a lot of inverter and string "
        "faults on domestic roofs. What I'd need to learn first is battery storage design, "
        "and I'd ask to shadow your senior designer for the first few jobs."
    )
    text = advice_text(q, answer)
    assert "brief_motivation" in rules_of(q, answer)
    assert "reason for wanting" not in text and "draws you" not in text


def test_a_brief_answer_to_why_this_role_is_still_asked_for_a_reason() -> None:
    q = "Why do you want to be a merchandiser with Fernleaf?"
    answer = (
        "I have been a store buyer for six years and I want to move online, and Fernleaf is "
        "growing fast. I think my range planning would fit well with your team."
    )
    a = assess_answer(q, answer, "", "")
    brief = [item for item in advice_for(a) if item.rule == "brief_motivation"]
    assert brief and "reason for wanting" in brief[0].advice
