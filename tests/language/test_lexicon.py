"""The lexicon beyond software: implications, context-only aliases, evidence lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview_core.language import skills as lexicon_module
from interview_core.language.profile import analyse_cv, evidence_for, shows
from interview_core.language.skills import extract_skills, implied_skills, skill_named
from tests.helpers.reading import skill_names as _names


@pytest.mark.parametrize(
    ("named", "implied"),
    [
        ("Terraform", "Infrastructure as Code"),
        ("Prometheus", "Observability"),
        ("SMSTS", "Health and Safety"),
        ("PCI DSS", "Regulatory Compliance"),
        ("NEWS2", "Recognising Deterioration"),
        ("NEWS2", "Vital Signs Monitoring"),
        ("Qualified Teacher Status", "Teaching"),
        ("Gainsight", "Customer Success"),
        ("Xero", "Accounting"),
        ("Figma", "UI Design"),
        ("Ledger Systems", "Accounting"),
    ],
)
def test_implications(named: str, implied: str) -> None:
    skill = skill_named(named)
    assert skill is not None
    assert skill_named(implied) in implied_skills([skill])


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Weekly stock reconciliation for the shop floor", "Accounting"),
        ("Wore the correct PPE on site at all times", "Infection Control"),
        ("Improved the UI copy with the support team", "UI Design"),
        ("Brightdesk is a B2B SaaS company", "B2B Sales"),
        ("Prepared the school for its Ofsted audit", "Auditing"),
        ("A reconciliation of views between the two teams", "Reconciliation"),
        ("Fixed issues found in an external accessibility audit", "Auditing"),
        ("Court reporting at the Crown Court two days a week", "Reporting"),
        ("Section 104 adoption agreements for new sewers", "Product Adoption"),
    ],
)
def test_ambiguous_aliases_need_context(text: str, absent: str) -> None:
    assert absent not in _names(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Daily settlement reconciliation for card payments", "Reconciliation"),
        ("Trained staff in PPE donning and doffing during the outbreak", "Infection Control"),
        ("Designed the UI in Figma and tested prototypes", "UI Design"),
        ("Five years of B2B sales into retail", "B2B Sales"),
        ("Led the internal audit of payroll controls", "Auditing"),
        ("Automated the weekly KPI reporting for the board", "Reporting"),
        ("Raised feature adoption in the app from 20% to 35%", "Product Adoption"),
    ],
)
def test_ambiguous_aliases_count_in_context(text: str, present: str) -> None:
    assert present in _names(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Planned adapted lessons for students with EAL and SEND", "SEND"),
        ("Run NHBC key-stage inspections and snagging", "NHBC Inspections"),
        ("Clinically screened 400 prescriptions a day", "Clinical Screening"),
        ("Ran 40 QBRs a year and kept net revenue retention at 112%", "Quarterly Business Reviews"),
        ("Prepared monthly management accounts and variance analysis", "Management Accounts"),
        ("Built a design system in Figma used by 12 squads", "Design Systems"),
        ("Recognise deteriorating patients using NEWS2 and escalate", "Recognising Deterioration"),
        (
            "Picked and packed 1,200 orders a shift in the distribution centre",
            "Warehouse Operations",
        ),
        # Dietitians, physiotherapists and pharmacists prescribe too: no nurse is implied.
        ("Desirable: non-medical or supplementary prescribing", "Non-Medical Prescribing"),
        ("Patient assessment, airway management, safeguarding adults", "Airway Management"),
    ],
)
def test_non_software_skills_are_found(text: str, skill: str) -> None:
    assert skill in _names(text)


def test_every_context_alias_has_context_words() -> None:
    raw = json.loads(
        Path(lexicon_module.__file__).with_name("data").joinpath("skills.json").read_text()
    )
    for entry in raw:
        if entry.get("in_context"):
            assert entry.get("context"), entry["name"]
        for name in entry.get("implies", []):
            assert skill_named(name) is not None, (entry["name"], name)


_CV = """Darren Walsh
darren@example.com | 07700 900 000

EXPERIENCE
Site Manager – Rowan Homes, Wigan
2021-present
- Ran a 90-plot site with 14 subcontract packages.

QUALIFICATIONS
- SMSTS (Site Management Safety Training Scheme), renewed 2023

SKILLS
Terraform, Prometheus
"""


def test_evidence_direct_and_by_implication() -> None:
    cv = analyse_cv(_CV)
    direct = evidence_for(cv, "SMSTS")
    assert direct is not None and direct.direct and "SMSTS" in direct.line
    implied = evidence_for(cv, "Health and Safety")
    assert implied is not None and not implied.direct
    assert implied.via.name == "SMSTS" and "SMSTS" in implied.line
    iac = evidence_for(cv, skill_named("Infrastructure as Code"))
    assert iac is not None and iac.via.name == "Terraform"


def test_evidence_from_answers_and_absence() -> None:
    cv = analyse_cv(_CV)
    assert evidence_for(cv, "A/B Testing") is None
    assert not shows(cv, "A/B Testing")
    answer = "We A/B tested the new onboarding and lifted activation by 4.2%."
    found = evidence_for(cv, "A/B Testing", answers=[answer])
    assert found is not None and found.section == "answer" and "A/B tested" in found.line
    assert shows(cv, "A/B Testing", answers=[answer])
    assert evidence_for(cv, "No Such Skill") is None


def test_ar_and_ap_only_in_finance_context() -> None:
    assert {"Accounts Receivable", "Accounts Payable"} <= _names(
        "Ran AR and AP for 3 entities, weekly payment runs"
    )
    assert not {"Accounts Receivable", "Accounts Payable"} & _names(
        "Built AR filters for the camera app"
    )


def test_skills_section_items_the_lexicon_does_not_know_are_kept() -> None:
    cv = analyse_cv(
        "SKILLS\nTools: Figma, Dovetail, Notion\nLanguages: English, Swedish (native)\n"
    )
    listed = dict(cv.listed)
    assert {"Dovetail", "English", "Swedish"} <= set(listed)
    assert "Figma" not in listed  # the lexicon knows it
    assert listed["Dovetail"] == "Tools: Figma, Dovetail, Notion"


def test_evidence_for_a_requirement_in_free_words() -> None:
    from interview_core.language.profile import evidence_for_text

    cv = analyse_cv(
        "EXPERIENCE\nSite Manager – Rowan Homes, Wigan\n2021-present\n"
        "- Delivered 40 affordable housing plots for a housing association.\n"
        "QUALIFICATIONS\n- SMSTS, 2023\n"
    )
    housing = evidence_for_text(cv, "Experience of affordable housing")
    assert housing is not None and "affordable housing" in housing.line
    safety = evidence_for_text(cv, "Strong knowledge of health and safety")
    assert safety is not None and safety.via is not None and safety.via.name == "SMSTS"
    assert evidence_for_text(cv, "Timber frame experience") is None
    said = evidence_for_text(cv, "Timber frame experience", ["I built timber frame homes."])
    assert said is not None and said.section == "answer"


@pytest.mark.parametrize(
    ("named", "implied"),
    [
        ("Shift Leadership", "Leadership"),
        ("Contract Negotiation", "Negotiation"),
        ("Written Communication", "Communication"),
        ("Clinical Teaching", "Mentoring"),
        ("Teaching", "Mentoring"),
        ("People Management", "Leadership"),
        ("Supervision", "Leadership"),
        ("Staff Training", "Mentoring"),
    ],
)
def test_general_and_structural_implications(named: str, implied: str) -> None:
    skill = skill_named(named)
    assert skill is not None
    assert skill_named(implied) in implied_skills([skill])


@pytest.mark.parametrize(
    ("named", "not_implied"),
    [
        ("Stakeholder Management", "People Management"),
        ("Azure DevOps", "DevOps"),  # a product named after a practice
        ("Medication Reconciliation", "Reconciliation"),  # the head is read only in context
        ("Site Logistics", "Logistics"),  # listed as no_head in data/implications.json
    ],
)
def test_compounds_that_do_not_imply_their_head(named: str, not_implied: str) -> None:
    skill = skill_named(named)
    if skill is None:
        pytest.skip(f"{named} is not in the lexicon")
    assert skill_named(not_implied) not in implied_skills([skill])


def _head_implications() -> dict[str, tuple[str, ...]]:
    """The implications the lexicon reads from skills' names (compound → head)."""
    written = {
        e["name"]: tuple(e.get("implies", []))
        for e in json.loads(lexicon_module._DATA_FILE.read_text("utf-8"))
    }
    return {
        m.skill.name: m.implies[len(written.get(m.skill.name, ())) :]
        for m in lexicon_module._matchers()
        if len(m.implies) > len(written.get(m.skill.name, ()))
    }


def test_head_implications_are_listed_for_review() -> None:
    heads = _head_implications()
    assert heads["Shift Leadership"] == ("Leadership",)
    assert "Azure DevOps" not in heads


def test_nurse_with_shift_leadership_and_preceptorship_shows_leadership_and_mentoring() -> None:
    cv = analyse_cv(
        "Experience\n"
        "Staff Nurse, Ward 4, City Hospital\nMar 2019 – present\n"
        "• Shift leadership for a 28-bed ward\n"
        "• Preceptorship for newly qualified nurses\n"
        "Certificates\n• Practice Supervisor training – 2021\n"
    )
    assert shows(cv, "Leadership")
    assert shows(cv, "Mentoring")


def test_a_customers_sector_is_no_skill_of_the_candidate() -> None:
    from interview_core.language.skills import sector_only

    line = "Won our largest deal with a logistics group after a six-month pilot"
    assert skill_named("Logistics") in sector_only(line)
    cv = analyse_cv(f"Experience\nAccount Executive, Acme Ltd, 2020 – 2022\n• {line}\n")
    assert skill_named("Logistics") not in cv.skills
    # Named as work, not as a customer, it stays a skill.
    assert not sector_only("Ran logistics for a 40-site retail estate")


def test_a_bare_name_reads_context_only_aliases() -> None:
    assert skill_named("Reporting") not in extract_skills("Client reporting")
    assert skill_named("Reporting") in extract_skills("Client reporting", context_free=True)


@pytest.mark.parametrize(
    "text",
    [
        "I send weekly emails to the team",
        "Focused on acquiring new customers",
        "Unloaded 40 containers a week",
        "Ran a lean team of three",
        "Showed mastery of the brief",
        "Managed the sports facilities",
        "Ran staff inductions for new starters",
        "Prepared property valuations",
        "Charting a new course",
        "Delivered early-help interventions",
    ],
)
def test_common_words_are_no_skill_without_their_field(text: str) -> None:
    assert extract_skills(text) == []


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Supported pupils with SEND", "SEND"),
        ("Card acquiring platform", "Payments"),
        ("Deployed containers on Kubernetes", "Containerization"),
        ("Applied Lean principles", "Lean"),
        ("Teaching for mastery in KS3 maths", "Mastery"),
        ("Ran site inductions for subcontractors", "Toolbox Talks"),
        ("Applied dressings to leg ulcers", "Wound Care"),
    ],
)
def test_common_words_count_in_their_field(text: str, skill: str) -> None:
    assert skill in _names(text)


@pytest.mark.parametrize(
    ("text", "skill", "not_skill"),
    [
        # The buyer runs tenders; the supplier answers them.
        (
            "Ran 11 regulated tenders for grounds maintenance, saving 9%",
            "Tender Management",
            "Bids and Tenders",
        ),
        (
            "Issued RFQs to five hauliers and evaluated their bids",
            "Tender Management",
            "Bids and Tenders",
        ),
        (
            "Wrote 25 tender responses a year for council cleaning contracts",
            "Bids and Tenders",
            "Tender Management",
        ),
        (
            "Part of the bid team responding to RFPs from housing associations",
            "Bids and Tenders",
            "Tender Management",
        ),
    ],
)
def test_tendering_is_told_apart_by_which_side_the_candidate_is_on(
    text: str, skill: str, not_skill: str
) -> None:
    names = _names(text)
    assert skill in names and not_skill not in names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # An estate agent's valuations are no financial modelling.
        (
            "Generate valuation leads through canvassing and financial services referrals",
            "Financial Modelling",
        ),
        # A paramedic's airway skills are no ventilator management.
        ("Patient assessment, airway management, safeguarding adults", "Ventilator Management"),
        # A microbiologist's aseptic technique is lab work, not infection control on a ward.
        ("Technical: qPCR, MALDI-TOF, aseptic technique, root cause analysis", "Infection Control"),
    ],
)
def test_a_neighbouring_fields_words_are_not_its_skill(text: str, absent: str) -> None:
    assert absent not in _names(text)
