"""The claims policy on things a CV shows by implication or by its dates (invented youth
justice, forestry, port operations, veterinary, brewing, kennel and farriery text): a requirement met by the
dated positions doing it is not asked as a gap; a vetting level is security clearance; an
advert's "is recruiting" asks for no recruitment; working shifts is no shift management; a
duty only an acronym on the CV hints at is not presumed done; a quoted clause keeps what its
noun refers to; places joined by "and" are no employer."""

from __future__ import annotations

from datetime import date

from interview_core.context import MAX_QUESTIONS, InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.phrases import as_candidate_clause
from interview_core.interviewer.render import Renderer
from interview_core.interviewer.requirements import need_of, years_showing, years_wanted
from interview_core.language.cv import analyse_cv
from interview_core.language.field_skills import field_skill_coverage
from interview_core.language.job import analyse_job
from interview_core.language.places import is_place
from interview_core.language.skills import (
    extract_skills,
    implied_skills,
    is_employer_check,
    skill_named,
)

YOUTH_JOB = """Responsibilities
- Support young defendants and their families through hearings
- Prepare pre-sentence reports for the bench

Essential
- At least 3 years' experience supporting young people in criminal courts
- Security clearance or willingness to obtain it
"""
YOUTH_CV = """Experience
Youth Justice Officer, Northshire Youth Offending Service — 2018 to present
- Supported around 60 young defendants a year at the youth court and the Crown Court
- Wrote pre-sentence reports adopted by magistrates in 9 of 10 cases

Checks
SC cleared (2021); NPPV2 police vetting
"""


def _questions(title: str, company: str, cv: str, job: str) -> list[str]:
    ctx = InterviewContext(title, company, cv, job)
    asked = []
    for _ in range(MAX_QUESTIONS):
        decision = interviewer_for(ctx).next_decision(ctx.turns, MAX_QUESTIONS)
        asked.append(decision.text)
        ctx = InterviewContext(
            title, company, cv, job, (*ctx.turns, Turn(decision.text, "I am not sure."))
        )
    return asked


def test_courts_of_a_kind_imply_the_kind() -> None:
    found = extract_skills("Interpreted at the youth court, magistrates' courts and Crown Court")
    assert skill_named("Criminal Courts") in implied_skills(found)


def test_a_years_requirement_met_by_the_dated_positions_is_not_asked() -> None:
    asked = " ".join(_questions("Youth Court Officer", "Northshire Council", YOUTH_CV, YOUTH_JOB))
    assert "criminal courts" not in asked.lower()


def test_years_wanted_and_years_shown_by_dated_positions() -> None:
    assert years_wanted("At least 3 years' experience in criminal courts") == 3
    assert years_wanted("Three to five years felling in commercial plantations") == 3
    assert years_wanted("Experience of felling in commercial plantations") == 0
    job = "Essential\n- At least four years' experience felling in commercial plantations\n"
    cv = """Experience
Chainsaw Operator, Glenmoor Forestry — 2015 to 2018
- Felled and extracted spruce in commercial plantations on steep ground
Tree Nursery Assistant, Birchwood Nurseries — 2018 to 2020
- Potted on 20,000 seedlings a season
"""
    docs = interviewer_for(InterviewContext("Harvester Operator", "Upland Timber", cv, job)).docs
    need = need_of(docs, docs.job.requirements[0])
    assert need is not None
    # Only the forestry position's lines show felling: three years, not five.
    assert years_showing(docs, need, today=date(2026, 6, 1)) == 3


def test_vetting_levels_are_security_clearance_and_dbs_is_a_background_check() -> None:
    clearance = skill_named("Security Clearance")
    for text in ("SC cleared", "DV clearance", "BPSS", "NPPV3 police vetting", "CTC cleared"):
        assert clearance in implied_skills(extract_skills(text)), text
    dbs = implied_skills(extract_skills("Enhanced DBS"))
    assert skill_named("Background Check") in dbs
    assert clearance not in dbs  # a criminal record check is no security clearance
    assert is_employer_check(clearance)


def test_security_clearance_is_not_missing_beside_a_vetting_level() -> None:
    job = analyse_job("Youth Court Officer", "Northshire Council", YOUTH_JOB)
    profile = analyse_cv(YOUTH_CV)
    missing = [c.name for c in field_skill_coverage(job, profile, []) if c.status == "missing"]
    assert not any("clearance" in name.lower() for name in missing)


def test_the_advert_recruiting_asks_for_no_recruitment() -> None:
    hiring = analyse_job(
        "Veterinary Nurse",
        "Harbourside Vets",
        "The practice is recruiting a Registered Veterinary Nurse to provide theatre "
        "and ward care.\n\nResponsibilities\n- Monitor anaesthesia and recovery\n",
    )
    assert skill_named("Recruitment") not in hiring.skills
    duty = analyse_job(
        "Kennel Manager",
        "Hillside Rescue",
        "Responsibilities\n- Recruiting and training kennel volunteers\n",
    )
    assert skill_named("Recruitment") in duty.skills


def test_working_shifts_is_no_shift_management() -> None:
    shift = skill_named("Shift Management")
    worked = "Happy to work rotating shift patterns and night shift; 24/7 shift rota"
    assert shift not in extract_skills(worked)
    assert shift in extract_skills("Shift manager for a 12-person kennel team")


def test_a_duty_an_acronym_only_hints_at_is_not_presumed_done() -> None:
    job = """Responsibilities
- Support vessel traffic services operators by logging ship movements and updating electronic berth plans
- Keep the port's radio watch
"""
    cv = """Experience
Mooring Hand, Eastmouth Port Authority — 2021 to present
- Relayed pilot boarding times to VTS and kept the gangway log for 40 calls a month
- Handled mooring lines for cargo and cruise vessels
"""
    docs = interviewer_for(InterviewContext("Port Operations Assistant", "Eastmouth", cv, job)).docs
    assert not Renderer(docs).shows_duty(docs.job.responsibilities[0])


def test_a_quoted_clause_keeps_what_its_noun_refers_to() -> None:
    line = "Compile COSHH assessments for the cellar; completed 40 assessments with no findings"
    clause = as_candidate_clause(line)
    assert clause is None or "COSHH" in clause
    # A clause that names its own thing is still said alone.
    own = as_candidate_clause("Run the cellar; cut beer losses from 6% to 3%")
    assert own == "you cut beer losses from 6% to 3%"


def test_places_joined_by_and_are_no_employer() -> None:
    assert is_place("Kent and Sussex")
    assert is_place("Cumbria & North West")
    assert not is_place("Marks and Spencer")
    cv = """Experience
Mobile Farrier, Kent and Sussex — 2018 to present
Equine yards, riding schools and livery stables
- Shod around 25 horses a week, including remedial shoeing for laminitis
"""
    role = analyse_cv(cv).roles[0]
    assert role.title == "Mobile Farrier"
    assert role.employer not in ("Kent and Sussex", "Equine yards")
