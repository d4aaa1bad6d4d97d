"""How the coach words its verdicts and result lines, on a field outside the development set.

A result line must quote a result (a change, an outcome), never a step the candidate took,
and must not ask for a number when the result already carries one; a verdict on a story
beside the question names what was asked and what the story is about; no verdict sentence
repeats down a report; an answer short of good is told what it lacks; a strong plan with
nothing behind it is tied to the candidate's record in a coach's words.
"""

from __future__ import annotations

from collections import Counter

from interview_core.scorer import assess_answer
from interview_core.scorer.answer import led_by_action, measured_outcome
from interview_core.scorer.focus import question_focus
from interview_core.scorer.outline import stronger_answer
from interview_core.scorer.rules import (
    STRONG_SCORE,
    Advice,
    _verdict_line,
    advice_for,
    verdict,
    wording,
)
from interview_core.scorer.topics import asked_about, noun_phrases

JD = (
    "Gas Engineer at Northway Heating. Service, repair and install domestic boilers, carry out "
    "landlord gas safety inspections, and keep job records on the company app."
)
CV = (
    "Gas Safe registered engineer, Calder Homes.\n"
    "- Cut repeat call-outs from 14% to 6% by adding a second check on every boiler repair\n"
    "- Trained two apprentices to pass their ACS assessments"
)
STORY = (
    "This role involves the inspection of gas appliances in rented homes. Tell me about a time "
    "that was part of your work: what was the situation, what did you do, and what was the result?"
)
ACTION = (
    "I isolated the supply, tested the flue and capped the appliance, and I reported the "
    "landlord to the agency the same afternoon."
)
MEASURED_STORY = (
    "Last winter a tenant in one of our rented flats called about a yellow flame on her hob. "
    f"{ACTION} The agency had the hob replaced within 48 hours, and the tenant stayed safe."
)
UNMEASURED_STORY = (
    "Last winter a tenant in one of our rented flats called about a yellow flame on her hob, "
    "and the landlord had skipped the annual gas safety check for two years running. "
    f"{ACTION} As a result, the agency replaced every hob in the block and the complaints stopped."
)


def _outline(answer: str, question: str = STORY) -> list[str]:
    a = assess_answer(question, answer, JD, CV, "Northway Heating")
    return stronger_answer(a, CV, [], "Northway Heating")


def test_an_action_sentence_is_never_the_result() -> None:
    assert led_by_action(ACTION)
    assert not led_by_action("The agency had the hob replaced within 48 hours.")
    for line in _outline(UNMEASURED_STORY):
        assert "I isolated the supply" not in line or "Keep your own steps" in line


def test_no_number_asked_for_a_result_that_has_one() -> None:
    assert measured_outcome(assess_answer(STORY, MEASURED_STORY, JD, CV).signals.sentences)
    lines = _outline(MEASURED_STORY)
    assert not any(line.startswith("Put a number") for line in lines), lines
    # Its result is kept; here it also says what it meant for the tenant ("the tenant stayed
    # safe"), so no line on the ending is needed at all, and none asks for a new one.
    ending = [line for line in lines if "result" in line or "changed" in line]
    assert all("48 hours" in line for line in ending), lines


def test_a_result_without_a_number_is_quoted_as_the_result() -> None:
    # A whole result in words is kept as it is, not sent for a number.
    lines = _outline(UNMEASURED_STORY)
    kept = [line for line in lines if "the agency replaced every hob" in line]
    assert kept and not kept[0].startswith("Put a number"), lines


def test_noun_phrases_are_whole_and_never_a_verb_run() -> None:
    found = noun_phrases("In this role you'd mentor junior engineers and lead audits.")
    assert not any(p.startswith(("mentor", "lead")) for p in found), found
    assert "the inspection of gas appliances" in noun_phrases(STORY)
    focus = question_focus(STORY)
    assert asked_about(focus, STORY) == "the inspection of gas appliances"


BESIDE = (
    "On apprentices, the clearest example is the two I trained last year. I set up a "
    "weekly session on combustion analysis with the apprentices and went through every "
    "practice assessment with them, and I paired each apprentice with a senior engineer on "
    "Fridays. Both apprentices passed their ACS assessments first time, six months early, and "
    "one now runs his own van."
)


def test_a_story_beside_the_question_is_told_what_was_asked() -> None:
    a = assess_answer(STORY, BESIDE, JD, CV, "Northway Heating")
    found = advice_for(a)
    assert found and found[0].rule == "drifting"
    line = verdict(a)
    assert "the inspection of gas appliances" in line, line
    assert "does not make clear how your example answers" not in line
    assert "the inspection of gas appliances" in found[0].advice


def test_no_verdict_sentence_is_given_more_than_twice_in_a_report() -> None:
    given: Counter[str] = Counter()
    short = assess_answer(STORY, "I checked the cooker.", JD, CV)
    lines = [verdict(short, None, given) for _ in range(4)]
    assert max(Counter(lines).values()) <= 2, lines


FOLLOW_UP = "How did that situation turn out: what changed as a result, and how did you measure it?"


def test_an_answer_short_of_good_is_told_what_it_lacks() -> None:
    answer = (
        "The landlord accepted the report and replaced the hob, and the tenant was happy with "
        "how it was handled. The agency changed its checks for all its other flats after that."
    )
    a = assess_answer(FOLLOW_UP, answer, JD, CV)
    line = verdict(a)
    assert "could be more specific" not in line and "needs more substance" not in line, line
    assert advice_for(a), "an answer short of good gets a concrete missing item"


CLOSING = (
    "To finish: if you joined Northway Heating as a Gas Engineer, what would you want to have "
    "achieved by the end of your first 90 days?"
)
CLOSING_ANSWER = (
    "In my first 90 days I'd want to learn the patch and the company app, ride along with two "
    "senior engineers in the first fortnight, and then take my own boiler service and repair "
    "round. I'd aim for every gas safety record complete on the day, because landlords need "
    "them for their certificates, and I would know it had worked when no record was chased by a "
    "landlord. I'd also keep repeat call-outs on boiler repairs low, because that is where "
    "customers lose trust. My question for you would be how jobs are planned between engineers."
)


def test_a_strong_plan_with_nothing_behind_it_is_tied_to_the_record() -> None:
    a = assess_answer(CLOSING, CLOSING_ANSWER, JD, CV, "Northway Heating")
    assert a.score >= STRONG_SCORE, a.score
    entry = wording()["rules"]["no_backing"]
    found = [Advice("no_backing", entry["label"], entry["advice"])]
    cv_line = "Cut repeat call-outs from 14% to 6% by adding a second check on every boiler repair"
    line = _verdict_line(a, found, entry["label"], cv_line)
    assert "One thing to improve: nothing you have done backs it up" not in line
    assert f"tie it to something you have already done, such as “{cv_line}”" in line, line
    plain = _verdict_line(a, found, entry["label"], None)
    assert "tie it to one time you have done something like it" in plain, plain


def test_a_capitalised_term_stays_inside_its_noun_phrase() -> None:
    question = "What was the hardest Boiler Commissioning decision you made there?"
    # Its template words ("the hardest … decision") are dropped; the term stays whole.
    assert "Boiler Commissioning" in noun_phrases(question)


FRAMED_CLOSING = (
    "Coming back to the scenario before we close: could you tell me what you would actually do "
    "first, and then what you'd want to achieve in your first 90 days at Northway Heating?"
)


def test_a_first_months_plan_is_not_beside_a_closing_question_of_framing_words() -> None:
    a = assess_answer(FRAMED_CLOSING, CLOSING_ANSWER, JD, CV, "Northway Heating")
    found = advice_for(a)
    assert not found or found[0].rule != "drifting", found
