"""The asking policy: probes up to question 7 (the close is one question of its own), the
probe each weak answer calls for, the candidate's own terms, duty coverage, corrections and
the opener's employer.

Each test fails without the rule it names (see the comment on the rule in the package).
"""

from __future__ import annotations

import pytest

from bench.dev_interviews import played
from bench.devset import load_pairs
from interview_core.context import MAX_QUESTIONS, InterviewContext, Turn
from interview_core.interviewer.answers import own_phrases, own_term, read, read_answer
from interview_core.interviewer.corrections import read_corrections
from interview_core.interviewer.duties import sentence_duties, table_duties, with_text_duties
from interview_core.interviewer.engine import PROBES, interviewer_for
from interview_core.interviewer.fluency import is_fluent, problems
from interview_core.interviewer.phrases import as_duty, gerund, jd_sentence
from interview_core.interviewer.plan import is_askable
from interview_core.interviewer.render import bracketed_employer
from interview_core.language.profile import analyse_job
from interview_core.scorer import analyse_interview
from interview_core.scorer.questions import question_type

DEV = {pair.id: pair for pair in load_pairs("dev")}
WEAK_Q7 = {
    "vague": "I'd just sort it out with the team. It usually goes fine in the end.",
    "off_topic": (
        "That reminds me of a cycling holiday in Brittany with my brother last summer. We rode "
        "along the coast for a week, camped in orchards, ate far too many crêpes and got soaked "
        "twice, but the views from the cliffs were worth every puncture we had on the way."
    ),
}


def _run(pair_id: str, answers: list[str]) -> list[tuple[Turn, object]]:
    ctx, decisions = played(DEV[pair_id], answers)
    return list(zip(ctx.turns, decisions, strict=True))


@pytest.mark.parametrize("pair_id", ["site_manager", "probation_officer", "data_analyst"])
@pytest.mark.parametrize("weak", list(WEAK_Q7))
def test_a_weak_answer_to_question_7_gets_the_closing_question_alone(
    pair_id: str, weak: str
) -> None:
    # Question 8 is the closing question: probes happen up to question 7, and none is glued
    # to the close ("…, and then tell me what you'd want…" is two questions in one).
    strong = [a.text for a in DEV[pair_id].scripts["strong"]]
    answers = [*strong[:6], WEAK_Q7[weak], strong[7]]
    run = _run(pair_id, answers)
    assert len(run) == MAX_QUESTIONS  # still eight questions
    last_turn, last = run[-1]
    assert last.asked.kind == "closing" and last.asked.followup not in PROBES
    text = last_turn.question
    assert "first 90 days" in text and text.count("?") == 1 and is_fluent(text)
    assert "and then" not in text and "last answer" not in text
    # The coach pairs each answer with its own question: eight of each, the last a close.
    pair = DEV[pair_id]
    ctx = InterviewContext(
        pair.job_title, pair.company, pair.cv_text, pair.job_text, tuple(t for t, _ in run)
    )
    analysis = analyse_interview(ctx)
    assert [a.question for a in analysis.assessments] == [t.question for t, _ in run]
    assert question_type(text) == "closing"


def test_a_strong_answer_to_question_7_gets_the_plain_close() -> None:
    strong = [a.text for a in DEV["site_manager"].scripts["strong"]]
    last = _run("site_manager", strong)[-1][1]
    assert last.asked.kind == "closing" and last.asked.followup is None


@pytest.mark.parametrize(
    "answer",
    [
        "Risk is a big part of what I do. I've had a few tricky ones with the approved premises, "
        "and I dealt with them, and it all worked out in the end.",
        "Yes, I've done health scores. We set one up and it helped, renewals went better.",
        "I built some data models in dbt. They work well, people use them now.",
    ],
)
def test_a_short_answer_claiming_an_outcome_is_vague(answer: str) -> None:
    # "It went fine" claims a result: the interviewer asks what was done, not for the result.
    assert read("Tell me about your work on this.", answer).kind == "vague"


def test_concrete_actions_without_a_result_still_ask_for_the_result() -> None:
    answer = (
        "I rewrote the rota for the night team, moved the handover to seven, added a checklist "
        "for open permits and briefed every shift lead on the change in person that week."
    )
    assert read("Tell me about a change you led.", answer).kind == "no_outcome"


def test_moving_a_thing_and_doing_something_twice_are_not_results() -> None:
    assert not read_answer(
        "I looked at how the crane lifted the shafts and dropped them back onto the seats, "
        "then I interviewed the operators twice about the routine and wrote it up for them."
    ).has_outcome
    assert read_answer("Errors dropped from 12 to 3 a week after that.").has_outcome


@pytest.mark.parametrize(
    ("answer", "term"),
    [
        (
            "I did some stuff with the hip fracture pathway and it went fine.",
            "the hip fracture pathway",
        ),
        ("We sorted the arrears process out and it all worked out.", "the arrears process"),
        ("I kept the home visit rota going and it went fine.", "the home visit rota"),
    ],
)
def test_lowercase_field_terms_are_taken_up(answer: str, term: str) -> None:
    assert own_term(answer, "Tell me about your work.") == term


@pytest.mark.parametrize(
    "answer",
    [
        "We had a good time in the first month and the whole team was happy with it.",
        "I spoke to the right people at the end of the day and it went fine.",
        "It was bread and butter for the team and it all worked out.",
    ],
)
def test_everyday_phrases_are_not_taken_up(answer: str) -> None:
    assert own_phrases(answer) == []
    assert own_term(answer, "Tell me about your work.") == ""


def test_a_vague_answer_naming_a_field_term_is_probed_on_it() -> None:
    strong = [a.text for a in DEV["probation_officer"].scripts["strong"]]
    answers = [
        strong[0],
        "I did some stuff with the arrears process and it went fine.",
        *strong[2:],
    ]
    turn, decision = _run("probation_officer", answers)[2]
    assert decision.asked.followup == "example"
    assert "the arrears process" in turn.question


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "review designs and code, and mentor engineers",
            "reviewing designs and code, and mentoring engineers",
        ),
        (
            "plan and schedule work, and coach operators",
            "planning and scheduling work, and coaching operators",
        ),
        # A noun before a plural noun without the comma stays a compound.
        ("lead design reviews and team meetings", "leading design reviews and team meetings"),
    ],
)
def test_gerund_after_a_comma_and(phrase: str, expected: str) -> None:
    assert gerund(phrase) == expected


def test_a_gerund_used_as_a_noun_loses_its_of() -> None:
    line = "safeguarding of children and adults at risk, with referrals to partner agencies"
    assert as_duty(line, duty=True) == (
        "base",
        "safeguard children and adults at risk, with referrals to partner agencies",
    )
    assert "safeguard of" not in jd_sentence(line, duty=True)


def test_a_clause_may_end_on_a_number() -> None:
    assert not problems(
        "In this role you'd look after rotas and the performance of a team of 14. How?"
    )
    assert problems("In this role you'd look after the performance of. How?")


TABLE_JOB = """Front Desk Lead
Seaview Lodge

What you will do
Area | Your responsibility
Guests | Warm arrivals and departures and a personal welcome for every guest
Revenue | Room revenue, upselling and rate checks with the revenue manager
Team | Recruitment, training, rotas and performance of the desk team
Complaints | Service recovery and replies to online reviews

What we're looking for
- Two years leading a hotel front desk
- Experience with a property management system
"""
SENTENCE_JOB = """Maintenance Technician
Millbrook Dairy

The job
On shift you will respond to breakdowns across the dairy, fault-finding on electrical and pneumatic equipment. You'll carry out planned maintenance to schedule and record all work in the CMMS. The role also supports engineering projects and the commissioning of new filling lines. You will join a friendly team of twelve.

About you
- Time-served electrical or mechanical engineer
- PLC fault finding
"""


def test_duties_in_a_table_are_read_as_duties() -> None:
    duties = table_duties(TABLE_JOB)
    assert len(duties) == 4
    assert (
        duties[1] == "look after room revenue, upselling and rate checks with the revenue manager"
    )
    job = with_text_duties(
        analyse_job("Front Desk Lead", "Seaview Lodge", TABLE_JOB), TABLE_JOB, is_askable
    )
    assert sum(is_askable(d) for d in job.responsibilities) >= 3
    assert not any("|" in d for d in job.responsibilities)


def test_duties_in_running_sentences_are_read_as_duties() -> None:
    duties = sentence_duties(SENTENCE_JOB)
    assert duties[0].startswith("respond to breakdowns across the dairy")
    assert any(d.startswith("carry out planned maintenance") for d in duties)
    assert any(d.startswith("support engineering projects") for d in duties)
    assert not any(d.startswith("join") for d in duties)  # no duty in joining a team


@pytest.mark.parametrize("script", ["vague", "no_outcome", "off_topic", "rambling"])
@pytest.mark.parametrize(
    "pair_id", ["front_office_manager", "maintenance_engineer", "probation_officer"]
)
def test_three_duties_are_asked_about_even_when_probes_take_slots(
    pair_id: str, script: str
) -> None:
    pair = DEV[pair_id]
    run = _run(pair_id, [a.text for a in pair.scripts[script]])
    duties = {d.asked.duty or d.asked.key for _, d in run if d.asked.kind in ("duty", "story")}
    duties |= {
        d.asked.key for _, d in run if d.asked.kind == "deep" and "In this role you'd" in d.text
    }
    assert len(duties) >= 3, [t.question for t, _ in run]


@pytest.mark.parametrize(
    ("title", "employer"),
    [
        (
            "Specialist MSK Physiotherapist (Riverside Community Health NHS Trust)",
            "Riverside Community Health NHS Trust",
        ),
        ("Accountant (Maternity Cover)", ""),
        ("Staff Nurse (Band 5)", ""),
        ("Designer (contract)", ""),
    ],
)
def test_an_employer_in_brackets_after_the_title(title: str, employer: str) -> None:
    assert bracketed_employer(title) == employer


def test_the_opener_names_an_employer_written_in_brackets_after_the_title() -> None:
    cv = (
        "Jane Doe\n\nExperience\n"
        "Apr 2022 – present | Specialist MSK Physiotherapist (Riverside Community Health NHS Trust)\n"
        "• Ran a caseload of 40 patients a week\n"
        "Sept 2019 – Mar 2022 | Physiotherapist, Kestrel Hospital\n"
        "• Treated outpatients\n"
    )
    ctx = InterviewContext(
        "Physiotherapist",
        "Lakeside Health",
        cv,
        "We need a physiotherapist.\n- Treat outpatients with MSK conditions",
    )
    opener = interviewer_for(ctx).next_question((), MAX_QUESTIONS)
    assert "Riverside Community Health NHS Trust" in opener
    assert "Physiotherapist (" not in opener


NAMES = ("Northwind Foods", "Sales Manager", "Front Office Manager", "The Wellington Hotel")


def _fix(question: str, answer: str):
    return read_corrections(((question, answer),), NAMES, lambda q: ())


def test_a_correction_naming_neither_term_nor_name_drops_the_title() -> None:
    fix = _fix(
        "Walk me through your time as a Front Office Manager at The Wellington Hotel.",
        "Actually I'm the deputy, not the manager. I run the desk when she's off.",
    )
    assert fix.retracted == {"Front Office Manager"}
    # The title is not said again; a longer title that ends with it is another name.
    assert fix.amend("Your time as a Front Office Manager was…") is None
    assert fix.amend("As an Assistant Front Office Manager, how…?") is not None
    fix = _fix(
        "Walk me through your time as a Sales Manager at Northwind Foods.",
        "Actually I'm on the buying side. I run chilled.",
    )
    assert fix.retracted == {"Sales Manager"}


def test_no_correction_no_retraction() -> None:
    fix = _fix(
        "Walk me through your time as a Front Office Manager at The Wellington Hotel.",
        "I'm the Front Office Manager and I love it. Actually I'm the longest serving one.",
    )
    assert not fix.retracted
    renamed = _fix(
        "Walk me through your time at Northwind Foods.",
        "It's actually Northwind Foods Group, not Northwind Foods.",
    )
    assert (
        renamed.renamed == (("Northwind Foods", "Northwind Foods Group"),) and not renamed.retracted
    )


@pytest.mark.parametrize("pair_id", sorted(DEV))
def test_the_must_asks_cover_three_duties(pair_id: str) -> None:
    # Probes may take every other slot: only the must-asks are sure to be asked, so three of
    # them are about the job's duties whenever the job has three to ask about.
    from interview_core.interviewer.plan import _on_duty, duty_lines

    pair = DEV[pair_id]
    ctx = InterviewContext(pair.job_title, pair.company, pair.cv_text, pair.job_text)
    interviewer = interviewer_for(ctx)
    if sum(is_askable(d) for d in duty_lines(interviewer.docs.job)) < 3:
        pytest.skip("the job lists fewer than three duties to ask about")
    musts = [i for i in interviewer.plan if i.must]
    assert sum(_on_duty(interviewer.docs, i) for i in musts) >= 3, [i.key for i in musts]


def test_lettered_duties_run_into_one_line_are_read_as_items() -> None:
    text = (
        "Support Analyst\nAcme\n\nYour main duties will be:\n"
        "a) logging and resolving incidents raised by staff by phone and email\n"
        "b) setting up laptops and accounts for new starters\n"
        "c) maintaining the asset register and software licences\n"
        "d) escalating problems to second line with full notes\n"
    )
    job = with_text_duties(analyse_job("Support Analyst", "Acme", text), text, is_askable)
    assert job.responsibilities[:2] == (
        "logging and resolving incidents raised by staff by phone and email",
        "setting up laptops and accounts for new starters",
    )
    assert not any(") " in d for d in job.responsibilities)


def test_the_model_brief_asks_for_the_close_alone() -> None:
    from interview_core.interviewer.brief import _instruction

    pair = DEV["site_manager"]
    strong = [a.text for a in pair.scripts["strong"]]
    run = _run("site_manager", [*strong[:6], WEAK_Q7["vague"], strong[7]])
    turns = tuple(t for t, _ in run[:7])
    ctx = InterviewContext(pair.job_title, pair.company, pair.cv_text, pair.job_text, turns)
    instruction = _instruction(ctx)
    assert "closing question" in instruction and "one question only" in instruction
    assert "same single question" not in instruction


def test_no_tangent_on_everyday_office_software() -> None:
    from interview_core.interviewer.answers import is_everyday_tool

    assert is_everyday_tool("Excel") and is_everyday_tool("Microsoft Teams")
    assert not is_everyday_tool("Power BI")
    pair = DEV["maths_teacher"]
    run = _run("maths_teacher", [a.text for a in pair.scripts["no_outcome"]])
    assert not any(d.asked.followup == "tangent" and "Excel" in t.question for t, d in run)
