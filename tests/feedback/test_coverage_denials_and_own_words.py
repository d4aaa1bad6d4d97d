"""Skill coverage and the gap weaknesses on invented interviews from fields outside the
development set: a skill named only inside a denial is never demonstrated (the nearest thing
on it, told with the candidate's own steps, claims it at most); a gap owned up to always
reaches the weaknesses, credited and given a route; skills told in the field's own words or
a soft skill told on its question are shown; and a requirement in common words that neither
the CV nor an answer touches is a gap, while the company blurb never is."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.language import denials
from interview_core.scorer import score_interview
from interview_core.scorer.summary import owns_up_to, skill_coverage

PLATFORM_JD = """Northwind Freight moves parcels for 3,000 retailers and prides itself on service.
Responsibilities
- Run our Kubernetes platform on Azure Kubernetes Service (AKS)
- Manage infrastructure with Terraform
Requirements
- Production experience of AKS
- Terraform
- Stakeholder management
- Experience of supervising junior engineers
- CKA certification"""
PLATFORM_CV = """Sam Okafor
Experience
DevOps Engineer, Brightline Logistics, 2020 - present
- Built Terraform modules for 40 AWS accounts
Skills
AWS, Terraform, Linux"""
AKS_DENIED = Turn(
    "Tell me about running AKS in production.",
    "I haven't used AKS in production; the nearest is a proof of concept on AKS with "
    "Terraform that I built last spring. I set up the cluster and wrote the Helm charts.",
)
CKA_DENIED = Turn(
    "Where are you with the CKA certification?",
    "I don't hold the CKA yet. I've booked the exam for March and I'm working through labs.",
)
STAKEHOLDERS = Turn(
    "Tell me about a time you had to manage stakeholders who disagreed.",
    "Last year the finance director and the head of operations disagreed on a release date. "
    "I met them both together, laid out the risks of each date, and we agreed a phased "
    "release. It went out on time with no incidents.",
)
JUNIOR = Turn(
    "Tell me about a time you supervised a junior engineer.",
    "I took on a junior engineer in 2022. I checked her pull requests every day, paired with "
    "her twice a week and set her a plan for her first three months.",
)


def _platform(*turns: Turn):
    ctx = InterviewContext("Platform Engineer", "Northwind", PLATFORM_CV, PLATFORM_JD, turns)
    return score_interview(ctx)


def test_a_skill_named_in_a_denial_is_never_demonstrated() -> None:
    report = _platform(AKS_DENIED)
    aks = {c.skill: c for c in report.skill_coverage}["Azure Kubernetes Service"]
    # The proof of concept built on AKS claims it at most, quoted from the nearest thing.
    assert aks.status == "undemonstrated" and aks.question == 1
    assert "proof of concept" in (aks.evidence or "")
    owned = [w for w in report.weaknesses if "Azure Kubernetes Service" in w]
    assert owned and "said plainly" in owned[0]


def test_a_denied_skill_with_no_nearest_on_it_stays_missing() -> None:
    turn = Turn(
        "Tell me about running AKS in production.",
        "I haven't used AKS or Kubernetes at all. The nearest is our Terraform work on AWS.",
    )
    ctx = InterviewContext("Platform Engineer", "N", PLATFORM_CV, PLATFORM_JD, (turn,))
    cover = {c.skill: c for c in skill_coverage(ctx, [turn.answer])}
    assert cover["Azure Kubernetes Service"].status == "missing"


def test_a_credential_not_held_yet_is_owned_with_its_route() -> None:
    report = _platform(CKA_DENIED)
    cka = {c.skill: c for c in report.skill_coverage}["CKA certification"]
    assert cka.status == "missing"
    said = [w for w in report.weaknesses if "CKA" in w]
    assert said and "route" in said[0] and "neither your CV nor any answer" not in said[0]


def test_soft_skills_told_on_their_question_are_shown() -> None:
    cover = {c.skill: c for c in _platform(STAKEHOLDERS, JUNIOR).skill_coverage}
    assert cover["Stakeholder Management"].status == "demonstrated"
    assert cover["Stakeholder Management"].question == 1
    assert cover["Supervision"].status == "demonstrated"
    assert cover["Supervision"].question == 2


def test_a_soft_skill_is_not_shown_by_a_view_or_an_owned_gap() -> None:
    view = Turn(
        "Tell me about a time you had to manage stakeholders who disagreed.",
        "I think stakeholders just need honesty and regular updates, that is my approach.",
    )
    gap = Turn(
        "Tell me about a time you supervised a junior engineer.",
        "I haven't supervised anyone yet; I have only worked alone on our platform.",
    )
    cover = {c.skill: c for c in _platform(view, gap).skill_coverage}
    assert cover["Stakeholder Management"].status != "demonstrated"
    assert cover["Supervision"].status != "demonstrated"


CREMATORIUM_JD = """Vale Bereavement Services is proud to serve families with dignity.
Duties
- Operate cremators safely and to environmental permit conditions
Requirements
- CeRER Technician certificate
- Experience of abatement plant operation
- Full driving licence"""
CREMATORIUM_CV = """Jordan Hale
Experience
Mortuary Assistant, St Aidan's Hospital, 2019 - present
- Kept the mortuary register
Skills
Record keeping, full driving licence"""


def test_a_field_qualification_denied_is_not_shown_and_is_owned() -> None:
    turns = (
        Turn(
            "Where are you with the CeRER certificate?",
            "I don't hold CeRER yet; the nearest is my mortuary work, where I kept the register.",
        ),
        Turn(
            "Tell me about abatement plant operation.",
            "I haven't operated abatement plant. What I have done is log the fridge alarms.",
        ),
    )
    ctx = InterviewContext("Crematorium Technician", "Vale", CREMATORIUM_CV, CREMATORIUM_JD, turns)
    report = score_interview(ctx)
    cover = {c.skill: c for c in report.skill_coverage}
    assert cover["CeRER Technician certificate"].status == "missing"
    assert cover["abatement plant operation"].status == "missing"
    held = [w for w in report.weaknesses if "CeRER" in w]
    assert held and "do not hold" in held[0] and "dated route" in held[0]
    owned = [w for w in report.weaknesses if "abatement plant operation" in w]
    assert owned and "said plainly" in owned[0] and "question 2" in owned[0]


def test_a_skill_told_in_the_fields_own_words_is_shown() -> None:
    jd = """Requirements
- HCPC registration
- Experience of dysphagia assessment and management"""
    cv = "Alex Byrne\nExperience\nSpeech and Language Therapist, Lakeside Stroke Unit, 2021 - present"
    turn = Turn(
        "Tell me about a patient you assessed.",
        "A man of 78 was coughing on thin fluids after his stroke. I assessed his swallow at "
        "the bedside and moved him to mildly thick fluids; his chest infections stopped.",
    )
    ctx = InterviewContext("Speech and Language Therapist", "Harbour", cv, jd, (turn,))
    cover = {c.skill: c for c in skill_coverage(ctx, [turn.answer])}
    assert cover["Dysphagia Management"].status == "demonstrated"
    # Someone else's swallow assessment is not the candidate's.
    other = "The consultant assessed his swallow at the bedside and the ward changed his diet."
    cover = {c.skill: c for c in skill_coverage(ctx, [other])}
    assert cover["Dysphagia Management"].status != "demonstrated"


DPO_JD = """Riverside Community Health is a friendly trust with a culture of compassion.
Key responsibilities
- Advise the trust on GDPR compliance
Essential
- Practical knowledge of UK GDPR
- Experience of international data transfers, including transfer risk assessments
- Knowledge of the Caldicott principles"""
DPO_CV = """Priya Nair
Experience
Data Protection Lead, Oakwood Building Society, 2019 - present
- Ran 35 data protection impact assessments a year
- Handled 600 subject access requests a year
Skills
UK GDPR, DPIAs"""


def test_a_requirement_in_common_words_unmet_is_a_gap() -> None:
    ctx = InterviewContext("Data Protection Officer", "Riverside", DPO_CV, DPO_JD, ())
    cover = {c.skill: c for c in skill_coverage(ctx, [])}
    assert cover["international data transfers"].status == "missing"
    assert not any("compassion" in name.lower() for name in cover)
    turn = Turn("Tell me about a DPIA you ran.", "I ran a DPIA on a fraud tool and fixed it.")
    report = score_interview(
        InterviewContext("Data Protection Officer", "Riverside", DPO_CV, DPO_JD, (turn,))
    )
    gaps = [w for w in report.weaknesses if "neither your CV nor any answer" in w]
    assert gaps and "international data transfers" in gaps[0] and "Caldicott" in gaps[0]


def test_a_requirement_whose_telling_word_the_cv_uses_is_no_gap() -> None:
    cv = DPO_CV + "\n- Managed transfers of customer data to our US processor under SCCs"
    turn = Turn("Tell me about a DPIA you ran.", "I ran a DPIA on a fraud tool and fixed it.")
    report = score_interview(InterviewContext("Data Protection Officer", "R", cv, DPO_JD, (turn,)))
    assert not any("international data transfers" in w for w in report.weaknesses)


def test_owning_up_reads_the_denial_not_the_nearest_thing() -> None:
    answer = AKS_DENIED.answer
    assert owns_up_to("AKS", answer)
    assert not owns_up_to("Terraform", answer)
    assert owns_up_to("CKA certification", CKA_DENIED.answer)
    assert denials.says_not_done("I don't hold CeRER yet.")
    assert not denials.says_not_done("I don't hold back when a colleague is wrong.")
    assert denials.says_not_done("I'm not yet registered with the HCPC.")
