"""Probes that take up the candidate's own words, and the phrase fixes that keep them fluent."""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.answers import own_term, tells_past
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.fluency import is_fluent
from interview_core.interviewer.phrases import as_duty, gerund

JOB = """Charge Nurse, Emergency Department

Main duties
- Take charge of the department on a shift basis, managing patient flow, staffing and escalation
- Recognise and escalate deterioration using NEWS2 and the sepsis pathway
- Lead and develop a team of registered nurses and healthcare support workers
- Support the education of students and new starters with the practice education team
- Work with the commercial team on client onboarding for new services

Essential
- Registered Nurse with current NMC registration
"""
CV = """Jane Doe
Experience
Senior Staff Nurse, Northgate Hospital | 03.2021 – now
- Led majors and resus on most shifts as nurse in charge
- Ran preceptorship for 14 newly qualified nurses; retention rose from 70% to 90%
Staff Nurse, Eastfield Hospital | 2016-2021
- Worked in the emergency department through COVID
"""


@pytest.mark.parametrize(
    ("answer", "term"),
    [
        ("We did some work on NEWS2, yes. It got better, I think.", "NEWS2"),
        ("Yes, I've done health scores. We set one up and it helped.", "health scores"),
        ("I helped with preceptorship stuff. It went okay.", "preceptorship"),
        ("Observability, yes, we had dashboards. I improved them a bit.", "observability"),
        ("We did some things on cost. It came down a fair bit.", ""),
        ("Yes, the CEO liked it, I think. It went okay.", ""),
    ],
)
def test_the_thing_a_candidate_named_is_found(answer: str, term: str) -> None:
    assert own_term(answer, "Tell me about your work at Northgate") == term


def test_a_thing_the_question_already_named_is_not_echoed() -> None:
    assert own_term("We did some work on NEWS2.", "How have you used NEWS2?") == ""


def test_a_story_is_told_in_the_past_and_a_plan_is_not() -> None:
    assert tells_past("I helped with preceptorship stuff. It went okay.")
    assert not tells_past("I'd check with the doctor and follow the guideline.")


def _next(turns: list[Turn]) -> str:
    ctx = InterviewContext("Charge Nurse", "Stockport Trust", CV, JOB, tuple(turns))
    return interviewer_for(ctx).next_question(ctx.turns, 8)


def test_a_vague_answer_is_probed_on_the_candidate_own_words() -> None:
    first = _next([])
    opening = Turn(
        first,
        "I'm a senior staff nurse at Northgate, where I lead majors and resus on most shifts "
        "and cover nurse in charge twice a week. I run preceptorship for newly qualified "
        "nurses, and retention in that group rose from 70% to 90% in two years.",
    )
    second = _next([opening])
    vague = "We did some work on NEWS2, yes. It got better, I think."
    probe = _next([opening, Turn(second, vague)])
    assert "NEWS2" in probe and is_fluent(probe)


def test_a_job_is_asked_about_in_its_own_words() -> None:
    ctx = InterviewContext("Charge Nurse", "Stockport Trust", CV, JOB, ())
    interviewer = interviewer_for(ctx)
    from interview_core.interviewer.plan import term_for
    from interview_core.language.skills import skill_named

    skill = skill_named("Customer Onboarding")
    if skill is None:
        pytest.skip("the lexicon has no customer onboarding")
    assert term_for(interviewer.docs, skill) == "client onboarding"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "design and run experiments with the data scientist",
            "designing and running experiments with the data scientist",
        ),
        (
            "take part in the on-call and weekend rota",
            "taking part in the on-call and weekend rota",
        ),
        ("lead the team and plan care", "leading the team and planning care"),
    ],
)
def test_coordinated_verbs_are_all_inflected(phrase: str, expected: str) -> None:
    assert gerund(phrase) == expected


def test_a_list_cut_short_keeps_its_joiner() -> None:
    line = (
        "You will lead the department on shift, keep patients safe and comfortable at all "
        "times, and develop the nurses and healthcare support workers around you"
    )
    found = as_duty(line, duty=True)
    assert found == (
        "base",
        "lead the department on shift and keep patients safe and comfortable at all times",
    )


def test_the_cv_own_words_win_over_the_job_words() -> None:
    from interview_core.interviewer.plan import term_for
    from interview_core.language.skills import skill_named

    cv = CV + "- Ran customer onboarding for 40 new accounts a quarter\n"
    ctx = InterviewContext("Charge Nurse", "Stockport Trust", cv, JOB, ())
    skill = skill_named("Customer Onboarding")
    if skill is None:
        pytest.skip("the lexicon has no customer onboarding")
    assert term_for(interviewer_for(ctx).docs, skill) == "customer onboarding"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("assess, diagnose and treat patients", "assessing, diagnosing and treating patients"),
        ("chair and quality-assure conferences", "chairing and quality-assuring conferences"),
        (
            "work with partners to reduce risk and improve outcomes",
            "working with partners to reduce risk and improve outcomes",
        ),
    ],
)
def test_verb_lists_hyphens_and_infinitives(phrase: str, expected: str) -> None:
    assert gerund(phrase) == expected


def test_a_list_of_verbs_keeps_its_own_joiner() -> None:
    line = (
        "People management: lead, coach and develop a team of shift managers and team "
        "leaders, and build a strong culture on every shift"
    )
    # Cut to its first clause when the whole line is too long for the question.
    assert as_duty(line, max_words=16, duty=True) == (
        "base",
        "lead, coach and develop a team of shift managers and team leaders",
    )


def test_the_occupation_itself_is_no_deep_dive() -> None:
    from interview_core.interviewer.plan import names_the_occupation
    from interview_core.language.skills import skill_named

    ctx = InterviewContext("Social Worker", "Kirklees Council", CV, JOB, ())
    docs = interviewer_for(ctx).docs
    social_work = skill_named("Social Work")
    triage = skill_named("Triage")
    assert social_work is not None and names_the_occupation(docs, social_work)
    assert triage is not None and not names_the_occupation(docs, triage)


def test_an_outpatient_job_gets_no_bedside_scenario() -> None:
    job = (
        "Specialist Physiotherapist - MSK Outpatients\n\nKey responsibilities\n"
        "- Assess and treat patients with complex musculoskeletal conditions in clinic\n"
        "- Run First Contact Practitioner clinics in primary care\n"
        "- Supervise and teach junior physiotherapists and students\n"
    )
    ctx = InterviewContext("Specialist Physiotherapist", "Somerset Health", CV, job, ())
    interviewer = interviewer_for(ctx)
    role = next(i for i in interviewer.plan if i.kind == "role")
    text = " ".join(interviewer.render.role(role))
    assert "deteriorate" not in text and "shift" not in text


def test_a_wish_or_a_denial_is_not_taken_up() -> None:
    answer = "I rebuilt the weekly pack by hand. If I did it again I'd put it in Power BI."
    assert "Power BI" not in own_term(answer, "Tell me about your reporting")
    assert own_term("We don't use Tableau at all, it was only an idea.", "Tell me more") == ""


def test_a_compound_verb_is_a_duty_not_a_noun() -> None:
    assert as_duty("Line-manage and train a team of 12 teaching assistants", duty=True) == (
        "base",
        "line-manage and train a team of 12 teaching assistants",
    )
    assert as_duty("Long-term condition reviews", duty=True)[0] == "noun"  # type: ignore[index]


def test_a_duty_the_cv_already_shows_is_asked_about_as_such() -> None:
    cv = CV + "- Taught and supervised newly qualified nurses and students on every shift\n"
    job = JOB + "\nMain duties\n- Teach and supervise newly qualified nurses and students\n"
    ctx = InterviewContext("Charge Nurse", "Stockport Trust", cv, job, ())
    interviewer = interviewer_for(ctx)
    from interview_core.interviewer.plan import cv_line_for_duty

    assert cv_line_for_duty(interviewer.docs, "teach and supervise newly qualified nurses")


def test_no_years_are_summed_across_a_career_change() -> None:
    cv = (
        "Sam Lee\nExperience\nPhysiotherapist, Leeds Hospital | Sept 2019 – present\n"
        "- Treat outpatients with back pain\n"
        "Personal Trainer, City Gym | 2013 – 2016\n- Coached members\n"
    )
    ctx = InterviewContext("Physiotherapist", "Leeds Community", cv, JOB, ())
    opener = interviewer_for(ctx).render.opener()
    assert not any("years of experience" in o for o in opener)


@pytest.mark.parametrize(
    ("title", "spoken"),
    [
        ("Teacher of Mathematics (TLR 2b – KS3 Coordinator)", "Teacher of Mathematics"),
        ("Senior Biomedical Scientist – Blood Transfusion (Band 7)", "Senior Biomedical Scientist"),
        ("Nurse (Band 5)", "Nurse"),
        ("Site Manager", "Site Manager"),
        # The short form: no bracket anywhere, no band or grade, no note after a dash or comma.
        ("Senior Railway Signaller (Grade 5) – Western Route", "Senior Railway Signaller"),
        ("Band 6 Community Pharmacist", "Community Pharmacist"),
        ("Translator (German/English) – Legal, Remote", "Translator"),
        ("Tax Adviser - Private Clients, Leeds", "Tax Adviser"),
        ("Florist", "Florist"),
        # A single word that is no title on its own keeps the rest.
        ("Manager – Finance", "Manager – Finance"),
        ("Lead – Data", "Lead – Data"),
    ],
)
def test_a_title_is_said_without_its_bracketed_note(title: str, spoken: str) -> None:
    from interview_core.interviewer.render import spoken_title

    assert spoken_title(title) == spoken


def test_a_duty_the_candidate_already_told_is_not_asked_again() -> None:
    ctx = InterviewContext("Charge Nurse", "Stockport Trust", CV, JOB, ())
    interviewer = interviewer_for(ctx)
    item = next(i for i in interviewer.plan if i.kind == "duty")
    found = as_duty(item.payload, duty=True)
    assert found is not None
    told = f"Last year I had to {found[1]} myself, and it worked out well."
    assert interviewer._told_already(item, [told])
    assert not interviewer._told_already(item, ["I like hill walking."])
