"""Reading job descriptions: duties as phrases, the blurb and benefits kept apart."""

from __future__ import annotations

import pytest

from interview_core.language.profile import analyse_job, duty_phrase
from interview_core.language.skills import skill_named

_SAAS_JD = """Account Executive – Brightdesk

Brightdesk is a B2B SaaS company helping 4,000 support teams answer customers faster. We
believe great people management makes great teams, and we invest in our managers.

What you'll do
- You will own a book of 40 mid-market accounts and grow them.
- Responsible for running discovery calls and product demos.
- Forecast your pipeline accurately in Salesforce every week.

About you
- 3+ years of closing experience in a SaaS sales role.
- Confident negotiating with finance and procurement teams.

Nice to have
- Experience with MEDDPICC.

Benefits
- 25 days holiday, private medical insurance and a people management training budget.
"""


def test_the_company_blurb_never_becomes_a_requirement() -> None:
    job = analyse_job("Account Executive", "Brightdesk", _SAAS_JD)
    names = {s.name for s in (*job.skills, *job.soft_skills)}
    assert "B2B Sales" not in names
    assert "People Management" not in names
    assert not job.needs(skill_named("People Management"))
    assert any("people management" in line for line in job.blurb)
    assert any("private medical" in line for line in job.benefits)
    assert all("holiday" not in line for line in (*job.requirements, *job.responsibilities))


def test_a_blurb_naming_the_company_by_a_shorter_name_is_still_the_blurb() -> None:
    # A tower-crane job: the contractor's own line is what it is, not what the job needs.
    text = (
        "Keller & Moss is a main contractor building residential towers in Salford.\n"
        "Key duties:\n• Operate a luffing-jib tower crane safely\n"
        "What you'll need:\n• CPCS Tower Crane card (A04)\n"
    )
    job = analyse_job("Tower Crane Operator", "Keller & Moss Construction", text)
    assert "Construction" not in {s.name for s in job.skills}
    assert job.blurb and "main contractor" in job.blurb[0]


def test_duties_are_clean_phrases() -> None:
    job = analyse_job("Account Executive", "Brightdesk", _SAAS_JD)
    assert [d.phrase for d in job.duties] == [
        "own a book of 40 mid-market accounts and grow them",
        "running discovery calls and product demos",
        "forecast your pipeline accurately in Salesforce every week",
    ]
    assert [d.form for d in job.duties] == ["base", "gerund", "base"]


def test_requirements_and_nice_to_haves() -> None:
    job = analyse_job("Account Executive", "Brightdesk", _SAAS_JD)
    assert job.requirements[0].startswith("3+ years of closing experience")
    assert job.nice_to_have_lines == ("Experience with MEDDPICC",)
    assert {s.name for s in job.nice_to_have} == {"Sales Methodologies"}
    assert job.years_required == 3


@pytest.mark.parametrize(
    ("clause", "phrase", "form"),
    [
        (
            "You will recognise and escalate deterioration using NEWS2.",
            "recognise and escalate deterioration using NEWS2",
            "base",
        ),
        ("Act as a form tutor", "act as a form tutor", "base"),
        (
            "Responsible for managing a caseload of 8 patients.",
            "managing a caseload of 8 patients",
            "gerund",
        ),
        ("You'll be responsible for the KS3 curriculum", "the KS3 curriculum", "noun"),
        ("As a Site Manager, you will run a 90-plot site", "run a 90-plot site", "base"),
        ("To lead the NHS audit programme", "lead the NHS audit programme", "base"),
    ],
)
def test_duty_phrase(clause: str, phrase: str, form: str) -> None:
    duty = duty_phrase(clause)
    assert (duty.phrase, duty.form) == (phrase, form)


def test_a_short_company_name_is_masked_as_a_word_only() -> None:
    # "Y" must not blank every letter y of the advert.
    job = analyse_job("Analyst", "Y", "- Deliver weekly reporting to the finance team.")
    assert job.duties[0].phrase == "deliver weekly reporting to the finance team"


def test_role_sentences_in_the_introduction_still_count() -> None:
    job = analyse_job(
        "Support Worker", "X", "Triage calls and wound care. We are a charity founded in 1990."
    )
    assert job.family == "healthcare"
    assert any("founded" in line for line in job.blurb)


_HEADINGS_JD = """Operations Coordinator — Harbour Freight
Harbour Freight · Felixstowe (site-based) · Full-time · £31,000

About Harbour Freight
Harbour Freight is a logistics company moving 4,000 containers a week. We take people
management seriously.

Your mission
As our Operations Coordinator you will keep the yard moving.

What you'll be doing
- Plan daily haulier bookings and slot times
- Resolve delivery exceptions with customers

What you bring
- Two years in a transport or warehouse office
- Confident with Excel

What you'll get
- 25 days holiday and a pension
"""


def test_conversational_headings_and_practicalities() -> None:
    job = analyse_job("Operations Coordinator", "Harbour Freight", _HEADINGS_JD)
    assert [d.phrase for d in job.duties] == [
        "plan daily haulier bookings and slot times",
        "resolve delivery exceptions with customers",
    ]
    assert job.requirements == (
        "Two years in a transport or warehouse office",
        "Confident with Excel",
    )
    assert job.benefits == ("25 days holiday and a pension",)
    assert any("Felixstowe" in line for line in job.practicalities)
    assert not job.needs(skill_named("People Management"))
    assert "Logistics" not in {s.name for s in job.skills}


def test_a_heading_ending_in_will_opens_the_duties_whatever_the_title_says() -> None:
    # "Company" in a stage manager's title is not "the company" the blurb is about.
    text = (
        "The Company Stage Manager will:\n"
        "- run the rehearsal room and the show, calling cues when required\n"
        "- write daily rehearsal reports and show reports\n"
        "In return we will:\n- pay for your digs on tour\n"
    )
    job = analyse_job("Company Stage Manager", "Northern Lights Theatre", text)
    assert [d.phrase for d in job.duties][:2] == [
        "run the rehearsal room and the show, calling cues when required",
        "write daily rehearsal reports and show reports",
    ]
    assert not job.blurb
    assert all("digs" not in d.phrase for d in job.duties)
