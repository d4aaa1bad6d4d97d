"""Wording a careful interviewer would use: deep questions on the CV's own field skills, never
on an acronym the CV only cites; a follow-up that does not presume what an occasion was
about; one verb form across a duty's list; the hiring company named once to an internal
candidate; a verb the candidate said never echoed as a thing. Invented CVs and jobs from
fields the development set does not hold: arborist, cartographer, glazier, dog groomer,
court legal adviser, wind-turbine technician, bookbinder."""

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.answers import own_term
from interview_core.interviewer.employers import is_hiring_company
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.phrases import as_duty
from interview_core.interviewer.plan import Asked, cited_in_passing, field_deep_skills, term_for

ARBORIST_CV = """Owen Pritchard
Cardiff | owen@example.com

EXPERIENCE
Lead Climber, Greenline Tree Services, Cardiff, 2020 – Present
- Lead a three-person crew on domestic and council contracts, up to 6 jobs a week
- Dismantled 40+ large trees over buildings using rigging and lowering systems
- Wrote site risk assessments and reported one near miss under RIDDOR in 2022

Climber, Vale Arboriculture, Bridgend, 2016 – 2020
- Crown reductions and crown lifts on street trees for the council
- Cut tree survey time by a third by moving the crew to a tablet app

SKILLS
Rigging, dismantling, aerial rescue, crown reduction, chainsaw maintenance
"""
ARBORIST_JOB = """Responsibilities
- Lead a climbing crew of three on tree maintenance and emergency storm work
- Carry out aerial dismantling and rigging of hazardous trees near roads and buildings
- Inspect trees and keeping accurate records of works in the tree management system
- Plan daily work, traffic management and site safety for each job
- Train and mentor apprentices and groundstaff

Requirements
- NPTC CS30/31 and CS38/39 certificates
- Full UK driving licence
"""


def _interviewer(title: str, company: str, cv: str, job: str, answers: tuple[str, ...] = ()):
    turns = tuple(Turn(f"Q{i}", a) for i, a in enumerate(answers, 1))
    return interviewer_for(InterviewContext(title, company, cv, job, turns))


def test_a_deep_question_is_built_on_the_cvs_own_field_skill() -> None:
    iv = _interviewer("Arborist Team Leader", "Cardiff Parks", ARBORIST_CV, ARBORIST_JOB)
    deep = [i for i in iv.plan if i.kind == "deep"]
    assert deep and deep[0].skill is not None
    assert term_for(iv.docs, deep[0].skill) == "rigging"  # lower case, as the CV writes it
    assert "dismantling and rigging" in deep[0].jd_line
    text = iv.render.planned(deep[0], iv.ordinal[deep[0].key])[0]
    assert "rigging" in text and "RIDDOR" not in text


def test_no_question_is_built_on_an_acronym_cited_in_passing() -> None:
    iv = _interviewer("Arborist Team Leader", "Cardiff Parks", ARBORIST_CV, ARBORIST_JOB)
    for item in iv.plan:
        for text in iv.render.planned(item, iv.ordinal[item.key])[:1]:
            assert "RIDDOR" not in text


def test_an_acronym_cited_in_passing_is_told_from_one_worked_with() -> None:
    job = "Responsibilities\n- Keep the salon safe, clean and compliant with COSHH\n"
    passing = "Groomer, Paws Ltd, 2020 – present\n- Stored shampoos in line with COSHH\n"
    worked = "Groomer, Paws Ltd, 2020 – present\n- Wrote COSHH assessments for 40 products\n"
    for cv, expected in ((passing, True), (worked, False)):
        iv = _interviewer("Senior Groomer", "Muddy Paws", cv, job)
        skills = [s for s in iv.docs.job.skills if iv.docs.cv.names(s)]
        assert all(cited_in_passing(iv.docs, s) is expected for s in skills)


def test_a_field_skill_needs_a_duty_that_names_it() -> None:
    cv = ARBORIST_CV.replace("Rigging, dismantling", "Stump grinding, hedge laying")
    iv = _interviewer("Arborist Team Leader", "Cardiff Parks", cv, ARBORIST_JOB)
    assert {s.name for s in field_deep_skills(iv.docs)} <= {"aerial rescue", "crown reduction"}
    assert not any(s.name == "Stump grinding" for s in field_deep_skills(iv.docs))


def test_a_thin_occasion_is_not_presumed_to_be_about_the_duty() -> None:
    iv = _interviewer("Arborist Team Leader", "Cardiff Parks", ARBORIST_CV, ARBORIST_JOB)
    asked = Asked("duty:2", "duty", duty="inspecting trees and keeping records")
    for text in iv.render.example_followup(asked, False, told=True):
        assert "that occasion" in text and "inspecting" not in text


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Inspect glazing units and keeping records", "inspect glazing units and keep records"),
        (
            "Inspect trees and keeping accurate records of works",
            "inspect trees and keep accurate records of works",
        ),
        (
            "Greet customers and processing payments at the till",
            "greet customers and process payments at the till",
        ),
        ("Order stock and cleaning products", "order stock and cleaning products"),
        (
            "Carry out aerial dismantling and rigging of hazardous trees",
            "carry out aerial dismantling and rigging of hazardous trees",
        ),
        (
            "Reduce waste by setting targets and tracking use",
            "reduce waste by setting targets and tracking use",
        ),
        ("Oversee the sewing and binding of books", "oversee the sewing and binding of books"),
    ],
)
def test_a_duty_list_takes_one_verb_form(line: str, said: str) -> None:
    assert as_duty(line, duty=True, max_words=30) == ("base", said)


@pytest.mark.parametrize(
    ("employer", "company", "same"),
    [
        ("HMRC", "HM Revenue & Customs", True),
        ("HM Courts & Tribunals Service (HMCTS)", "HM Courts & Tribunals Service", True),
        ("Ordnance Survey Ltd", "Ordnance Survey", True),
        ("The Royal Northern Hall", "Royal Northern Hall", True),
        ("Northern Concert Pianos", "Royal Northern Hall", False),
        ("Harbour Charts Ltd", "Ordnance Survey", False),
    ],
)
def test_the_hiring_company_is_known_on_the_cv(employer: str, company: str, same: bool) -> None:
    assert is_hiring_company(employer, company) is same


LEGAL_CV = """Aisha Bello

EXPERIENCE
Court Clerk (Legal Adviser), HM Courts & Tribunals Service (HMCTS), Birmingham, 2021 – present
- Introduced a pre-court checklist that cut adjourned trials by 18% in one year
- Mentor three trainee legal advisers through their first year

Paralegal, Marsh & Kaur Solicitors, Wolverhampton, 2018 – 2021
- Prepared trial bundles for 120+ criminal cases
"""
LEGAL_JOB = """Main duties
- Advise magistrates and district judges on law, practice and procedure
- Manage the daily listing of a court centre
- Supervise and develop a team of legal advisers and trainee advisers
"""


def test_an_internal_candidate_hears_the_company_named_once() -> None:
    company = "HM Courts & Tribunals Service"
    iv = _interviewer("Senior Legal Adviser", company, LEGAL_CV, LEGAL_JOB)
    opener = iv.render.opener()
    assert all(o.count("Tribunals") <= 1 for o in opener)
    assert any("Court Clerk here" in o for o in opener)
    for item in iv.plan:
        for text in iv.render.planned(item, iv.ordinal[item.key])[:1]:
            assert text.count("Tribunals") + text.count("HMCTS") <= 1, text


def test_a_verb_the_candidate_said_is_not_echoed_as_a_thing() -> None:
    answer = "I lead the team day to day and make sure jobs get done."
    assert own_term(answer, "Tell me about mentoring.") == ""
    assert own_term("We set up a SCADA alarm for it.", "Tell me about faults.") == "SCADA"


def test_a_lead_role_is_not_said_to_ask_for_mentoring() -> None:
    cv = (
        "Senior Technician, NorthWind Services Ltd, 2022 – present\n"
        "- Lead a two-person team on maintenance of 3.6 MW turbines\n"
    )
    job = (
        "Responsibilities\n- Lead a team of technicians on maintenance of offshore turbines\n"
        "- Diagnose electrical and hydraulic faults on turbines\n"
    )
    iv = _interviewer("Lead Wind Turbine Technician", "Orkney Wind", cv, job)
    for item in iv.plan:
        if item.kind == "soft" and item.skill and item.skill.name == "Mentoring":
            text = iv.render.planned(item, iv.ordinal[item.key])[0]
            assert "depends on mentoring" not in text and "calls for mentoring" not in text


def test_a_cv_line_with_no_result_is_not_asked_for_how_the_result_came() -> None:
    cv = (
        "Piano Tuner, Keys & Strings, 2015 – 2019\n"
        "- Ran a round of 25 school and home pianos a week\n"
        "- Set up a reminder system that raised repeat bookings by 30%\n"
    )
    job = "Responsibilities\n- Tune and regulate concert grands before every performance\n"
    iv = _interviewer("Concert Piano Technician", "Royal Northern Hall", cv, job)
    for item in iv.plan:
        if item.kind == "project":
            texts = iv.render.project(item)
            if "25 school" in item.payload:
                assert texts and not any("that result" in t for t in texts)
            elif "30%" in item.payload:
                assert any("that result" in t for t in texts)
