"""Verdicts and advice that name the gap the question cares about, tested on fields not in
the development set: a routine told for one occasion, a closing answer that skips the
example it was asked for, a scene set in a placing clause, a plan backed by the candidate's
own tool, a hypothetical story not polished, and no verb fragment named as a topic."""

from __future__ import annotations

from interview_core.scorer import advice_for, assess_answer, verdict
from interview_core.scorer.focus import question_focus
from interview_core.scorer.rules import applies, names_own_work, scene_set, tells_routine
from interview_core.scorer.topics import asked_about, noun_phrases

AUDIOLOGY_JOB = (
    "Audiologist. You will fit hearing aids, run hearing assessments and review patients."
)
AUDIOLOGY_Q = (
    "Tell me about one case of fitting hearing aids that really tested you: what did you do, "
    "and what happened?"
)
AUDIOLOGY_ROUTINE = (
    "When I fit hearing aids I run real-ear measurements on every fitting, then adjust the gain "
    "and explain the controls to the patient. I review every patient at two weeks and adjust "
    "the hearing aids again. I keep fitting appointments to an hour so nobody is rushed, and "
    "most patients are happy with their hearing aids."
)
AUDIOLOGY_CASE = (
    "Last year I fitted hearing aids for a retired teacher who hated how loud everything "
    "sounded. I ran real-ear measurements, found the high frequencies were over target, and "
    "turned them down in two steps over a month. I also gave her a listening diary. By the "
    "third visit she wore the hearing aids all day and her questionnaire score rose from 40 "
    "to 75."
)


def test_a_routine_told_for_one_case_is_named_and_never_called_strong() -> None:
    a = assess_answer(AUDIOLOGY_Q, AUDIOLOGY_ROUTINE, AUDIOLOGY_JOB)
    assert tells_routine(a)
    found = [x.rule for x in advice_for(a)]
    assert found[0] == "routine"
    assert "no_result" not in found  # a routine has no single ending to finish with
    line = verdict(a)
    assert "usually work" in line and not line.startswith("Strong")
    assert "concrete example" not in line


def test_one_case_told_is_no_routine() -> None:
    a = assess_answer(AUDIOLOGY_Q, AUDIOLOGY_CASE, AUDIOLOGY_JOB)
    assert not tells_routine(a)
    assert not applies("routine", a)


def test_a_routine_answers_a_question_on_how_you_work_day_to_day() -> None:
    q = (
        "Tell me about your callouts: how did you go about them day to day at your last firm, "
        "and what would you bring here?"
    )
    a = assess_answer(
        q,
        "I check the job sheet first thing, load the van with the locks I expect to need, and "
        "call each customer before I arrive. On site I explain the options and the price before "
        "I start, and I log every job on the app before I leave so the office can invoice.",
        "Locksmith. You will attend callouts, fit locks and quote for jobs.",
    )
    assert not applies("routine", a)


CLOSING_PRESS = (
    "Before we close, let me press on your last answer: could you give me one concrete example "
    "of what you did yourself, and then tell me what you'd want to have achieved by the end of "
    "your first 90 days at Keyline Security?"
)
LOCKSMITH_JOB = (
    "Locksmith at Keyline Security. You will attend callouts and install master key suites."
)


def test_a_closing_answer_that_skips_the_example_asked_for_says_so() -> None:
    plan = (
        "In the first month I'd learn your van stock, your booking system and the way you quote "
        "for commercial jobs. I'd shadow an experienced engineer on a few master key suites. By "
        "ninety days I'd want to be running my own round of callouts and be trusted with access "
        "control installs. I'd like to ask how call-outs are shared at weekends."
    )
    a = assess_answer(CLOSING_PRESS, plan, LOCKSMITH_JOB)
    assert a.reading.asks_example
    found = [x.rule for x in advice_for(a)]
    assert found[0] == "skips_example" and "no_backing" not in found
    line = verdict(a)
    assert "leaves out the example" in line and not line.startswith("Strong")
    assert "stays on the question" not in line


def test_a_closing_answer_with_the_example_is_not_told_it_skips_it() -> None:
    answer = (
        "Last year I rekeyed a 40-door master key suite for a school over half term. I surveyed "
        "every door first, drew the key plan with the bursar and fitted the cylinders in three "
        "days. In my first 90 days I'd want to learn your stock and quoting, and run commercial "
        "callouts on my own."
    )
    a = assess_answer(CLOSING_PRESS, answer, LOCKSMITH_JOB)
    assert not applies("skips_example", a)


def test_a_closing_question_asking_for_no_example_does_not_ask_for_one() -> None:
    a = assess_answer(
        "Last question: what would you want to have achieved by the end of your first 90 days?",
        "I'd want to learn the archive's catalogue and be trusted with deposits on my own.",
    )
    assert not a.reading.asks_example


def test_a_plan_naming_the_candidates_own_tool_is_backed() -> None:
    a = assess_answer(
        "Last question from me: what would you make your priorities in your first 90 days at "
        "Harbour Life?",
        "In the first ninety days I'd learn your valuation models and reserving process, meet "
        "the pricing and finance teams and understand the products I'd cover. I'd aim to run one "
        "quarterly valuation end to end, and I'd like to share my own reserving checklist if the "
        "team finds it useful.",
        "Actuary at Harbour Life. You will run quarterly valuations and reserving.",
    )
    assert names_own_work(a)
    assert not applies("no_backing", a)


def test_a_placing_clause_with_a_difficulty_sets_the_scene() -> None:
    a = assess_answer(
        "Tell me about a time the bottling line let you down: what did you do, and how did it "
        "turn out?",
        "I worked at a small brewery where the bottling line kept jamming on every third run. I "
        "stripped the filler head down with our engineer, found a worn star wheel, and ordered a "
        "new one. The line ran for six months without a jam and we cut lost bottles by 80 percent.",
        "Head Brewer. You will run the brewhouse and the bottling line.",
    )
    assert scene_set(a)
    assert not applies("no_context", a)


def test_an_opening_step_does_not_set_the_scene() -> None:
    a = assess_answer(
        "Tell me about a time you rescued a failing batch: what did you do?",
        "I stripped the filler head down with our engineer and found a worn star wheel, which "
        "wasn't on the parts list. Then I ordered a new one.",
    )
    assert not scene_set(a)


def test_a_hypothetical_story_is_not_polished_with_a_scene_or_figures() -> None:
    a = assess_answer(
        "Tell me about a time you had to make a call on a dangerous tree: what did you do, and "
        "what happened?",
        "If I found a dead ash leaning over a road, I would close the road first and call the "
        "council. Then I would plan the dismantle from the top and use a rigging line for every "
        "section. I would brief the crew and check the climbing kit, and I'd want it down before "
        "the end of the day so the road could open again.",
        "Arborist. You will climb and dismantle trees and assess dangerous trees.",
    )
    found = [x.rule for x in advice_for(a)]
    assert "hypothetical_story" in found
    assert not {"no_context", "no_figures", "no_result"} & set(found)


def test_a_verb_with_its_object_is_no_topic_phrase() -> None:
    q = (
        "Let's return to my question: can you pick one example of undertaking direct work with "
        "patients and tell me what you did?"
    )
    assert "undertaking" not in noun_phrases(q)
    assert asked_about(question_focus(q), q) != "undertaking"
    # A gerund naming the matter on its own stays a topic.
    assert "performing routine maintenance on hives" in noun_phrases(
        "Can you give one example of performing routine maintenance on hives?"
    )


def test_a_plan_with_no_steps_is_not_asked_how_it_would_be_known_to_work() -> None:
    a = assess_answer(
        "Imagine a horse arrives lame the morning after you shod it, and the owner wants it "
        "sound for a show tomorrow. What would you do, and whom would you involve?",
        "I'd look at the lame horse and the shoe and sort it out for the owner. Usually with a "
        "lame horse after shoeing it's something small like a tight nail, and you get the horse "
        "sound again quickly enough for the show.",
        "Farrier. You will shoe horses, treat lameness with vets and advise owners.",
    )
    found = [x.rule for x in advice_for(a)]
    assert "no_steps" in found
    # The question sets its own parts (what to do, whom to involve), so no measure is asked.
    assert not applies("no_check", a) and "no_check" not in found
