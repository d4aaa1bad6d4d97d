"""The interview's behavioural question and its three duties hold on jobs from fields not in
the repository (chimney sweeping, glazing).

- A routine duty whose words do not turn into a gerund for sure ("clean chimneys and sweep
  flues": "sweep" may be a noun) is still asked as a story ("tell me about one case that
  didn't go to plan"), said as the advert writes it; it never falls back to a plain duty
  question, which would leave the interview without its behavioural question.
- Three duty questions are planned as must-asks without counting the role-level scenario,
  even when that scenario is built on a duty: the scenario is the must-ask that gives way
  when probes and a follow-up take the slots.
"""

from __future__ import annotations

import re

from interview_core.context import MAX_QUESTIONS, InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.fluency import is_fluent
from interview_core.interviewer.plan import PlanItem

BEHAVIOURAL = re.compile(r"\btell me about (?:a time|one case)\b", re.IGNORECASE)

SWEEP_CV = """Owen Pryce
Chimney Sweep · Brecon · owen.pryce@example.com

Experience

Chimney Sweep, Hearth & Flue Services, Brecon
April 2020 – present
- Swept around 600 chimneys a year for homes, pubs and holiday lets across Powys.
- Carried out smoke and draw tests and issued certificates for insurers.
- Fitted bird guards and cowls and cut repeat call-outs for nesting by a third.

Labourer, Cadwyn Roofing, Builth Wells
June 2016 – March 2020
- Stripped and re-laid slate roofs and repointed chimney stacks.
- Kept the yard and van stock in order.

Qualifications
- HETAS Chimney Sweep certificate
"""

SWEEP_JOB = """Ashgrove Chimney Company is a family firm serving homes and estates across the Marches.

Responsibilities
- Clean chimneys and sweep flues in domestic properties
- Inspect flues with CCTV cameras and write up condition reports for customers
- Carry out smoke tests and issue sweeping certificates
- Fit cowls, bird guards and chimney caps
- Train and supervise an apprentice sweep
- Keep the van stocked and equipment maintained

Requirements
- Experience sweeping solid fuel and wood-burning stove flues
- Full UK driving licence
"""

GLAZIER_CV = """Priya Lomax
Glazier · Stockport · priya.lomax@example.com

Experience

Glazier, Clearview Windows Ltd, Stockport
May 2019 – present
- Surveyed and measured around 15 homes a week for replacement windows and doors.
- Fitted double-glazed units and composite doors; callbacks fell from 6% to 2% in a year.
- Cut and installed toughened glass for shopfronts on city-centre jobs.
- Drew up shopfront elevations in AutoCAD for 30 commercial quotes, winning 12 of them.

Glazing Apprentice, Hallam Glass, Sheffield
September 2015 – April 2019
- Glazed timber sashes and reputtied period windows.

Skills
Surveying, glass cutting, customer liaison
"""

GLAZIER_JOB = """Pennine Glazing fits windows, doors and shopfronts across Greater Manchester.

Responsibilities
- Lead the survey and measurement of windows and doors on domestic jobs
- Fit double-glazed units, composite doors and toughened shopfront glass
- Repair and reglaze timber sash windows in period homes
- Price small jobs on site and explain options to customers
- Supervise a fitter and an apprentice on each job
- Keep site records, waste notes and van stock up to date

Requirements
- Experience fitting PVCu and aluminium windows
- FENSA registration or willingness to work towards it
- Able to draw up shopfront elevations in AutoCAD
"""

VAGUE = "I did some stuff with it and it went fine."


def _context(cv: str, job: str, title: str, company: str) -> InterviewContext:
    return InterviewContext(title, company, cv, job)


def _interview(ctx: InterviewContext, answer: str) -> list[str]:
    questions: list[str] = []
    for _ in range(MAX_QUESTIONS):
        question = interviewer_for(ctx).next_question(ctx.turns, MAX_QUESTIONS)
        questions.append(question)
        turns = (*ctx.turns, Turn(question, answer))
        ctx = InterviewContext(
            ctx.job_title, ctx.company_name, ctx.cv_text, ctx.job_description, turns
        )
    return questions


def test_a_duty_said_as_written_is_still_asked_as_a_story() -> None:
    ctx = _context(SWEEP_CV, SWEEP_JOB, "Master Sweep", "Ashgrove Chimney Company")
    interviewer = interviewer_for(ctx)
    item = PlanItem("story:0", "story", None, payload="Clean chimneys and sweep flues in homes")
    options = interviewer.render.planned(item, 0, [])
    assert options
    for option in options:
        assert BEHAVIOURAL.search(option), option
        assert "clean chimneys and sweep flues in homes" in option, option
        assert is_fluent(option), option


def test_every_interview_keeps_its_behavioural_question() -> None:
    for cv, job, title, company in (
        (SWEEP_CV, SWEEP_JOB, "Master Sweep", "Ashgrove Chimney Company"),
        (GLAZIER_CV, GLAZIER_JOB, "Senior Glazier", "Pennine Glazing"),
    ):
        questions = _interview(_context(cv, job, title, company), VAGUE)
        assert any(BEHAVIOURAL.search(q) for q in questions[1:-1]), questions


def test_three_duties_are_musts_without_the_scenario() -> None:
    ctx = _context(GLAZIER_CV, GLAZIER_JOB, "Senior Glazier", "Pennine Glazing")
    plan = interviewer_for(ctx).plan
    role = next(i for i in plan if i.kind == "role")
    assert role.payload, "the senior role's scenario is built on a duty"
    on_duties = [
        i
        for i in plan
        if i.must and (i.kind in ("duty", "story") or (i.jd_line and i.jd_line in GLAZIER_JOB))
    ]
    assert len(on_duties) >= 3, plan
