"""Issue #9 faults found on fields the repository has no pair of (tram operations, brewing,
beekeeping, orthotics, fire door inspection): probes fold into the next planned question when
a probe of its own would take a must-ask's slot; a gap owned up to is not asked again; a
result is asked to be measured only when the work itself is measurable; a duty is not said by
three questions in a row; the close looks as far ahead as its goal takes; the job's own phrase
is said, not a broader skill of the lexicon."""

from __future__ import annotations

from interview_core.context import MAX_QUESTIONS, InterviewContext, Turn
from interview_core.interviewer.engine import PROBES, interviewer_for
from interview_core.interviewer.plan import job_phrase
from interview_core.interviewer.render import closing_horizon, measurable_in
from interview_core.interviewer.told import admits_line, admitted_parts
from interview_core.language.denials import denial_sentences

TRAM_JOB = """We are looking for a Tram Operations Team Leader to join our depot.

Responsibilities
- Lead and develop a team of 20 tram drivers, including rosters and one-to-ones
- Carry out driver competence assessments and ride-outs
- Manage service disruption and coordinate recovery with the control centre
- Investigate operational incidents and write incident reports
- Deliver safety briefings at the start of each shift

Requirements
- Experience driving trams or light rail
- Strong knowledge of the tram rule book
- Good communication skills
"""
TRAM_CV = """Dana Whitlock
EXPERIENCE
Tram Driver, Northvale Metrolink
Mar 2019 – present
- Drove scheduled services on three lines, around 900 passengers a shift
- Completed route learning for the new airport extension in 2022
- Reported track defects and signal faults to the control room
- Handled passenger incidents including medical emergencies on board

Bus Driver, Cityline Buses
Jun 2015 – Feb 2019
- Drove urban routes on a tight timetable
"""
VAGUE = "I did some stuff with it and it went fine."
FISHING = "Well my weekend was spent fishing on the river, caught a big pike."


def _play(title: str, company: str, cv: str, job: str, answers: list[str]) -> list:
    turns: list[Turn] = []
    decisions = []
    for n in range(MAX_QUESTIONS):
        ctx = InterviewContext(
            job_title=title,
            company_name=company,
            cv_text=cv,
            job_description=job,
            turns=tuple(turns),
        )
        decision = interviewer_for(ctx).next_decision(tuple(turns), MAX_QUESTIONS)
        decisions.append(decision)
        turns.append(Turn(question=decision.text, answer=answers[n % len(answers)]))
    return decisions


def test_weak_answers_fold_probes_so_leadership_and_three_duties_are_asked() -> None:
    answers = [
        "I have been driving trams for six years and I want to move up, I like helping new drivers.",
        VAGUE,
        "We usually sort things out with control and it works out.",
        "I spoke to the control room and we got the trams moving again eventually.",
        "I don't know, I just get on with things really.",
        FISHING,
        "I handled it as best I could and told the supervisor.",
        "I'd like to learn the depot.",
    ]
    decisions = _play(
        "Tram Operations Team Leader", "Southmere Tramways", TRAM_CV, TRAM_JOB, answers
    )
    texts = [d.text for d in decisions]
    kinds = [d.asked.kind for d in decisions]
    assert "soft" in kinds[1:-1] and any("lead" in t.lower() for t in texts[1:-1])
    duties = ("service disruption", "competence assessments", "operational incidents")
    assert all(any(d in t for t in texts) for d in duties)
    # Every weak answer to Q1–Q6 is probed: by a question of its own, or folded into the next.
    for n in range(6):
        after = decisions[n + 1].asked
        if decisions[n].asked.followup in PROBES or answers[n] == answers[0]:
            continue
        assert after.followup in PROBES or after.folded in PROBES, texts[n + 1]
    folded = [d for d in decisions if d.asked.folded]
    assert folded and all(d.asked.followup is None and d.text.count("?") <= 1 for d in folded)


def test_a_duty_is_not_said_by_a_third_question_in_a_row() -> None:
    answers = [
        "I've driven trams at Northvale for six years and buddied five new starters; three "
        "passed first time, so I want to lead a team.",
        "We usually sort things out with control and it works out.",
        FISHING,
        "Last February a points failure stopped two lines; I agreed a shuttle with control "
        "and we had a full service back in 50 minutes.",
    ]
    texts = [
        d.text
        for d in _play(
            "Tram Operations Team Leader", "Southmere Tramways", TRAM_CV, TRAM_JOB, answers
        )
    ]
    said = [t for t in texts if "service disruption" in t]
    assert len(said) <= 2, said


BREW_JOB = """Marlpit Ales is an independent brewery in Kent.

Responsibilities
- Plan the brewing schedule and manage raw material stock
- Run the HACCP plan and lead food safety audits
- Develop new recipes and run pilot brews
- Manage and train two assistant brewers
- Oversee cask and keg quality checks before dispatch

Requirements
- At least five years brewing commercially
- Experience running HACCP and food safety audits
"""
BREW_CV = """Owen Pryce
EXPERIENCE
Brewer, Hollow Oak Brewing Co.
Apr 2021 – present
- Brewed 20 hl batches of cask and keg beers on a five-vessel brewhouse
- Ran yeast propagation and cellar temperature control
- Cut beer losses from 6% to 3.5% by changing the transfer routine

Assistant Brewer, Two Rivers Brewery
Jan 2019 – Mar 2021
- Cleaned and sanitised vessels and kept cleaning records
"""


def test_a_gap_owned_up_to_is_not_asked_about_again() -> None:
    admission = (
        "I've brewed for five years and I want to step up to head brewer. I haven't managed "
        "or trained anyone yet, and I haven't run a HACCP plan myself, but I've kept the "
        "cleaning records for ours."
    )
    answers = [admission, "I plan my brew days a week ahead and it goes fine.", *[VAGUE] * 6]
    texts = [d.text for d in _play("Head Brewer", "Marlpit Ales", BREW_CV, BREW_JOB, answers)]
    assert not any("assistant brewers" in t or "HACCP" in t for t in texts[1:]), texts


def test_an_admission_names_the_line_it_owns_up_to() -> None:
    parts = admitted_parts(
        denial_sentences("I haven't supervised technicians yet, but I train students.")
    )
    assert admits_line("Supervise orthotic technicians in the workshop", None, parts)
    assert not admits_line("Train new staff in casting", None, parts)  # said after "but"
    assert not admits_line("Keep accurate clinical records", None, parts)


def test_a_measure_named_in_passing_makes_no_work_measurable() -> None:
    swarm = "Tell me about a time you collected a swarm reported by a member of the public."
    told = (
        "I got a call on a Sunday, checked the data on the swarm app, drove over, shook the "
        "swarm into a box and rehomed it in our apiary that evening."
    )
    assert not measurable_in(swarm, told)
    assert measurable_in("Tell me about a time.", "We cut the backlog of hive inspections.")
    assert measurable_in("Tell me about a time.", "Waiting times fell after I changed the rota.")
    assert measurable_in("Tell me about a time you reduced rent arrears.", "I set up plans.")


def test_the_close_looks_as_far_ahead_as_the_goal_takes() -> None:
    assert closing_horizon("Full membership of BAPO and chartered status") == "first year"
    assert closing_horizon("Registration with the HCPC as an orthotist") == "first year"
    assert closing_horizon("Strong knowledge of the tram rule book") == "first 90 days"
    assert closing_horizon("A full UK driving licence") == "first 90 days"


def test_the_job_s_own_phrase_is_said_not_a_broader_skill() -> None:
    assert (
        job_phrase(
            "- Carry out fire risk assessments of residential blocks",
            "risk assessments",
            "risk management",
        )
        == "fire risk assessments"
    )
    assert job_phrase("Conduct fire risk assessments", "risk assessments", "risk management") == (
        "fire risk assessments"
    )
    # A verb joined by "and", or the duty's own leading verb, narrows nothing.
    assert (
        job_phrase("Write and review risk assessments", "risk assessments", "risk management")
        == "risk assessments"
    )
    assert job_phrase("Review risk assessments", "risk assessments", "risk management") == (
        "risk assessments"
    )
