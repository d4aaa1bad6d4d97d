"""One question a turn; a plan given for a past occasion; an answer that drifts.

The interviewer asks one question a turn: the close that had no room for a requirement's
question folds it into its one forward-looking question ("To finish, two things: …? And …?"
asked two). A plan ("I'd first…") given to a question on a past occasion is asked for a time
it was actually done, never "How did that turn out?". An answer that turns to a neighbouring
matter ("That reminds me of the stock-take…") is brought back to the topic asked, not asked
for an example of that matter. Every rule is tried on invented text from fields that are not
in the repository's documents.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.answers import asks_occasion, read, tells_plan_only
from interview_core.interviewer.engine import answers_with_plan, interviewer_for
from interview_core.interviewer.fluency import is_fluent, problems
from interview_core.language.answers import drifts

WORDINGS = Path(__file__).parents[2] / "interview_core" / "interviewer" / "wordings.toml"

ORGAN_CV = """Eleri Vaughan
Pipe Organ Technician

Experience
Senior Organ Technician, Harrowgate Organ Builders Ltd, 2019 - present
- Tune and maintain 40 church organs on quarterly contracts across Yorkshire
- Led the restoration of a 1890 Hill organ, releathering 600 pallets and the bellows
- Voiced reed pipes for a new two-manual instrument, finished on time for the opening recital

Organ Technician Apprentice, Kestrel & Sons, 2016 - 2019
- Assisted with tuning rounds and action regulation

Skills
Tuning, reed voicing, releathering, tracker action regulation, soundboard repair
"""
ORGAN_JOB = """About the role
Bellcote Organ Works restores historic pipe organs for churches and concert halls.

Responsibilities
- Tune and maintain pipe organs on service contracts across the region
- Dismantle, catalogue and transport historic pipework for workshop restoration
- Regulate tracker and electro-pneumatic actions to the builder's specification
- Keep detailed conservation records and photographs for each instrument

Requirements
- At least five years' experience of pipe organ restoration
- Full UK driving licence
- Certificate in Heritage Conservation Practice
"""
OPENING = (
    "I have spent eight years tuning and restoring organs, most recently at Harrowgate, and I "
    "want to do more conservation work on historic instruments."
)
PLAN = (
    "I'd first check the wind supply and the tuning slides, then I would work through each "
    "rank against the reference stop and note any pipes that need cleaning."
)
DRIFT = (
    "What I remember most is the stock-take in the workshop. We counted every leather skin "
    "and pallet spring and I updated the spreadsheet so the orders would be right."
)
VAGUE = "It went fine mostly."


def _ctx() -> InterviewContext:
    return InterviewContext(
        "Organ Conservation Technician", "Bellcote Organ Works", ORGAN_CV, ORGAN_JOB
    )


def _play(answers: list[str]) -> list[str]:
    """The questions asked to `answers`, one per turn, up to eight."""
    interviewer = interviewer_for(_ctx())
    turns: list[Turn] = []
    for n in range(8):
        question = interviewer.next_question(turns, 8)
        turns.append(Turn(question, answers[n % len(answers)]))
    return [t.question for t in turns]


# -- one question a turn --


@pytest.mark.parametrize(
    "question",
    [
        "To finish, two things: where are you with your farrier's diploma? And what would you "
        "want to have achieved in 90 days?",
        "Talk me through how you rig a gallery hang, and then tell me about one case that went "
        "wrong: what did you do?",
        "How do you grade fleeces? Then tell me about a time it got difficult.",
        "When you calibrate the loom, what do you check, and can you tell me about one time it "
        "failed: what did you do?",
    ],
)
def test_a_turn_of_two_questions_is_not_fluent(question: str) -> None:
    assert not is_fluent(question)
    assert any("question" in p for p in problems(question)), problems(question)


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about one case of shoeing a difficult horse that went wrong: what did you do, "
        "and how did it turn out?",
        'Your CV says you asked the choir "are we ready?" before each service. What came of it?',
    ],
)
def test_one_question_with_its_parts_is_fluent(question: str) -> None:
    assert is_fluent(question), problems(question)


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_no_wording_asks_two_questions_in_one_turn() -> None:
    with WORDINGS.open("rb") as handle:
        wordings = tomllib.load(handle)
    for text in _strings(wordings):
        assert text.count("?") <= 1, text
        lowered = text.lower()
        assert "two things" not in lowered and "then tell me" not in lowered, text
        assert ", and can you" not in lowered, text


def test_the_close_folds_an_unasked_requirement_into_one_forward_question() -> None:
    # Probes take the slots (a plan, a drift, vague answers): the requirement nothing showed
    # gets no question of its own before the close.
    questions = _play([OPENING, PLAN, DRIFT, VAGUE, VAGUE, VAGUE, VAGUE, VAGUE])
    close = questions[-1]
    assert close.count("?") == 1 and is_fluent(close), problems(close)
    assert "90 days" in close and "looking ahead" in close.lower()
    assert "Certificate in Heritage Conservation Practice" in close
    # Asked once: no earlier question on it, and "why this role" is not asked again.
    assert not any("Heritage Conservation" in q for q in questions[:-1])
    assert not any("what draws you" in q.lower() for q in questions[1:])
    for question in questions:
        assert question.count("?") == 1, question


# -- a plan given for a past occasion --


@pytest.mark.parametrize(
    "answer",
    [
        "I'd first check which hives were queenless, then I would unite the weakest colony "
        "with a strong one.",
        "First you'd drain the system, then you would replace the valve and pressure-test it.",
        "I would need the drawings first, and then I'd check the loads with the engineer.",
    ],
)
def test_a_plan_tells_no_occasion(answer: str) -> None:
    assert tells_plan_only(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Last spring I split the strongest colony and moved the queen. I'd do the same again.",
        "I wrote up a plan for how we would re-roof the chapel and we followed it over the summer.",
        "We always check the kiln log before a firing.",
    ],
)
def test_an_occasion_or_a_habit_is_no_plan_only(answer: str) -> None:
    assert not tells_plan_only(answer)


def test_only_a_question_on_a_past_occasion_takes_a_plan_as_no_answer() -> None:
    past = "Tell me about a time you re-queened a failing colony: what did you do?"
    scene = "Imagine a colony goes queenless in June: what would you do first?"
    assert asks_occasion(past) and not asks_occasion(scene)
    plan = "I'd first check for eggs, then I would introduce a mated queen in a cage."
    assert answers_with_plan(past, plan)
    assert not answers_with_plan(scene, plan)


def test_a_plan_for_a_past_occasion_is_asked_for_a_real_one() -> None:
    interviewer = interviewer_for(_ctx())
    turns = [Turn(interviewer.next_question([], 8), OPENING)]
    second = interviewer.next_question(turns, 8)
    assert asks_occasion(second)
    turns.append(Turn(second, PLAN))
    decision = interviewer.next_decision(turns, 8)
    assert decision.asked.followup == "example"
    assert "actually" in decision.text or "real occasion" in decision.text, decision.text
    assert "turn out?" not in decision.text and "result" not in decision.text
    assert is_fluent(decision.text), problems(decision.text)


# -- an answer that drifts --


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Tell me about a time you calibrated the spectrometer before a run: what did you do?",
            "What I remember most is the stock-take in the store room. We counted every reagent "
            "bottle and I updated the inventory sheet.",
        ),
        (
            "Tell me about a time you handled a complaint about a late delivery: what did you do?",
            "I think the bigger issue in our depot was the rota. I redid the shift pattern so "
            "drivers had proper breaks.",
        ),
        (
            "This role involves pruning and shaping mature hedges. Tell me about one case: what "
            "did you do, and how did it turn out?",
            "The job I think of is when we laid a gravel path for a client. I dug out the turf "
            "and edged it with timber boards.",
        ),
    ],
)
def test_a_turn_to_a_neighbouring_matter_drifts_and_is_off_the_question(
    question: str, answer: str
) -> None:
    assert drifts(question, answer)
    reading = read(question, answer)
    assert reading.kind == "off_topic" and reading.neighbouring and not reading.leaves_work


def test_a_lead_that_stays_on_the_topic_is_no_drift() -> None:
    question = "Tell me about a time you pruned a mature hedge: what did you do?"
    answer = (
        "That reminds me of the yew hedge at the manor. I pruned it back hard over two winters "
        "and it greened up again."
    )
    assert not drifts(question, answer)


def test_a_drift_is_brought_back_to_the_topic_named() -> None:
    interviewer = interviewer_for(_ctx())
    turns = [Turn(interviewer.next_question([], 8), OPENING)]
    second = interviewer.next_question(turns, 8)
    turns.append(Turn(second, DRIFT))
    decision = interviewer.next_decision(turns, 8)
    assert decision.asked.followup == "redirect", decision.text
    assert "my question" in decision.text and "tuning" in decision.text, decision.text
    assert not decision.text.startswith(("Could you give me one specific example", "I can tell"))
    assert is_fluent(decision.text), problems(decision.text)
