"""Skill coverage keeps a requirement's qualifier, reads skills told in other words, and
quotes duty lines as evidence.

Invented fields only (solar PV installation, housing, railway signalling, brewery quality).
"""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.language.field_skills import _shows, field_skills
from interview_core.language.job import need_phrase
from interview_core.language.skills import extract_skills
from interview_core.scorer.deeds import shows_at
from interview_core.scorer.signals import job_profile
from interview_core.scorer.summary import skill_coverage


def _coverage(title: str, cv: str, job: str, answers: list[str]) -> dict[str, tuple[str, str]]:
    turns = tuple(Turn("Tell me about your work.", a) for a in answers)
    ctx = InterviewContext(title, "Brightroof", cv, job, turns)
    return {c.skill: (c.status, c.evidence or "") for c in skill_coverage(ctx, answers)}


def _names(skills: list) -> set[str]:
    return {s.name for s in skills}


# --- 1. a qualifier stays with what it qualifies ---------------------------------------------


def test_a_grading_word_goes_but_a_qualifications_own_name_keeps_it() -> None:
    assert need_phrase("Post-graduate experience of yeast propagation") == "yeast propagation"
    assert need_phrase("Postgraduate Diploma in Solar Energy Systems") == (
        "Postgraduate Diploma in Solar Energy Systems"
    )
    assert need_phrase("Graduate Diploma in Housing Law (essential)") == (
        "Graduate Diploma in Housing Law"
    )


def test_a_named_qualification_stays_a_field_skill_whole() -> None:
    job = job_profile(
        "Brewery Quality Technician",
        "Hopstead",
        "Requirements:\n- Postgraduate Certificate in Applied Brewing Science Practice\n",
    )
    names = [f.name for f in field_skills(job)]
    assert "Postgraduate Certificate in Applied Brewing Science Practice" in names


def test_another_fields_narrower_practice_is_not_the_lexicons_skill() -> None:
    # "credit risk assessment" is no site risk assessment, "road safety audits" no health and
    # safety; "fire risk assessments" and plain "safety audits" still are.
    assert "Risk Management" not in _names(extract_skills("Experience of credit risk assessment"))
    assert "Health and Safety" not in _names(extract_skills("Led road safety audits on junctions"))
    assert "Risk Management" in _names(extract_skills("Wrote fire risk assessments for depots"))
    assert "Health and Safety" in _names(extract_skills("Ran monthly safety audits of the depot"))


def test_food_safety_audits_are_no_health_and_safety() -> None:
    found = _names(extract_skills("Carried out food safety audits on the bottling hall"))
    assert "Food Safety" in found
    assert "Health and Safety" not in found


def test_the_gap_keeps_the_adverts_qualifier() -> None:
    cv = "Ali Noor\nExperience\nHousing Officer, Fernway Homes, 2019 - 2024\n- Ran 200 tenancies\n"
    job = "Requirements:\n- Post-graduate experience of credit risk assessment\n"
    coverage = _coverage("Housing Finance Officer", cv, job, ["I ran 200 tenancies."])
    assert "Risk Management" not in coverage
    assert "credit risk assessment" in {k.lower() for k in coverage}


# --- 2. shown in other words ------------------------------------------------------------------


def test_a_hyphened_verb_form_shows_the_skill() -> None:
    assert "Fault Finding" in _names(extract_skills("Fault-found three failing capping heads"))
    assert "Fault Finding" in _names(extract_skills("Fault-finds signalling circuits weekly"))
    # Spaced, it is a fault that was found.
    assert "Fault Finding" not in _names(extract_skills("The fault found was a loose seal"))


def test_an_improvement_story_shows_continuous_improvement() -> None:
    job = "Requirements:\n- Continuous improvement of the packaging line\n"
    cv = "Jo Hale\nExperience\nQuality Technician, Millbrook Brewing, 2020 - 2024\n- Ran QC\n"
    answer = (
        "I ran a lean project on the canning line: we mapped the changeover, removed three "
        "steps and cut changeover time from 40 to 25 minutes."
    )
    status, evidence = _coverage("Quality Technician", cv, job, [answer])["Process Improvement"]
    assert status == "demonstrated"
    assert "lean project" in evidence


def test_handling_an_outage_shows_incident_management() -> None:
    job = "Requirements:\n- Incident management when systems fail on site\n"
    cv = "Dana Pryce\nExperience\nPV Installer, Sunway Solar, 2019 - 2023\n- Fitted arrays\n"
    answer = (
        "We had an outage on a commercial array in 2022. I isolated the array, called the "
        "client and had a replacement inverter fitted within 24 hours."
    )
    status, _ = _coverage("Solar Supervisor", cv, job, [answer])["Incident Management"]
    assert status == "demonstrated"
    # Someone else's outage, told without a step of the candidate's, shows nothing.
    other = "There was an outage at the depot once. The night team sorted it out."
    assert _coverage("Solar Supervisor", cv, job, [other])["Incident Management"][0] != (
        "demonstrated"
    )


# --- 3. a feeling about a skill is no deed of it ----------------------------------------------


def test_a_feeling_about_supervising_shows_no_supervision() -> None:
    sentence = "Supervising has been harder than I expected."
    assert not shows_at(sentence, 0, len("Supervising"))
    job = "Requirements:\n- Supervision of staff on the signalling floor\n"
    cv = "Lee Park\nExperience\nSignaller, Northline Rail, 2018 - 2024\n- Worked a panel box\n"
    coverage = _coverage("Senior Signaller", cv, job, [sentence])
    assert coverage.get("Supervision", ("missing", ""))[0] != "demonstrated"
    done = _coverage("Senior Signaller", cv, job, ["I supervised two trainee signallers."])
    assert done["Supervision"][0] == "demonstrated"


# --- 4. a credential spelt another way --------------------------------------------------------


def test_a_credential_matches_across_spacing_case_and_its_kind_word() -> None:
    for line in (
        "Holds EUSR Water-Hygiene Card",
        "EUSR WaterHygiene certificate (2023)",
        "Water Hygiene (EUSR) Card",
        "eusr water hygiene",
    ):
        assert _shows("EUSR Water Hygiene card", line), line
    assert not _shows("EUSR Water Hygiene card", "EUSR Gas Safe card")


# --- 5. evidence is a duty line, never a header ------------------------------------------------


def test_leading_people_is_quoted_from_a_duty_not_the_role_header() -> None:
    job = "Requirements:\n- Leadership of a small housing team\n"
    cv = (
        "Kim Lowe\nkim@example.org | 07700 900456\n"
        "Experience\nTeam Leader — Hearth Homes Ltd, 2019–2023\n"
        "- Cut rent arrears by 12% across 400 tenancies\n"
        "- Led a team of five housing officers across two estates\n"
    )
    status, evidence = _coverage("Housing Officer", cv, job, ["I like tenants."])["Leadership"]
    assert status == "undemonstrated"
    assert evidence.startswith("Led a team of five housing officers")
    # Only the header leads people: claimed, and nothing quoted as though it showed it.
    header_only = "Kim Lowe\nExperience\nTeam Leader — Hearth Homes Ltd, 2019–2023\n- Ran rents\n"
    _, quoted = _coverage("Housing Officer", header_only, job, ["I like tenants."])["Leadership"]
    assert "2019" not in quoted
