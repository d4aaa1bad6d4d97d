"""Skill coverage that agrees with the rest of the report, on invented text from fields the
repository holds no pair of (water treatment, fire safety inspection, insurance claims
handling, brewing, sign-language interpreting, gas heating, tram driving, locksmithing):

- a story the per-question scorer judged on a question asking about one skill, told with the
  candidate's own steps, shows that skill in whatever words it is told;
- a claim with no step of the candidate's own ("I've been covering for my shift lead",
  "quality control is something I'm passionate about") shows nothing;
- a credential the CV holds (a card, licence, ticket or diploma in its certificates) is shown;
- a credential named as someone else's ("our Gas Safe engineer", "alongside NRCPD registered
  interpreters") is never the candidate's.
"""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.feedback_schema import SkillCoverage
from interview_core.scorer.summary import analyse_interview


def _coverage(
    title: str, cv: str, job: str, turns: list[tuple[str, str]] = ()
) -> dict[str, SkillCoverage]:
    ctx = InterviewContext(title, "Acme", cv, job, tuple(Turn(q, a) for q, a in turns))
    return {c.skill: c for c in analyse_interview(ctx).skill_coverage}


# -- water treatment ----------------------------------------------------------------------

WATER_CV = """Dana Whitlow
Process Technician

Experience
Process Technician, Severnside Water, 2019 - present
- Run daily jar tests and set coagulant dosing on a 40 Ml/d surface water works
- Cover the shift lead on nights and weekends
- Carry out sampling and on-site analysis for turbidity, pH and residual chlorine

Certifications
- Energy & Utility Skills Water Treatment Operator Level 3, 2018
- EUSR National Water Hygiene card, renewed 2024
- Confined Space Entry (Medium Risk), 2022
"""
WATER_JOB = """Water Treatment Team Leader

Responsibilities
- Lead and develop a team of six process technicians across shifts
- Drive process improvement in coagulation, filtration and disinfection
- Investigate water quality failures and report root causes

Requirements
- EUSR National Water Hygiene card
- Strong leadership skills
"""
JAR_TEST_Q = (
    "The role asks you to drive process improvement in coagulation and filtration. Tell me "
    "about a time you did that: what did you do, and how did it turn out?"
)
JAR_TEST_A = (
    "Coagulation at our works was set by one jar test a day at a fixed dose range, so we "
    "overdosed coagulant whenever the raw water was clean and filtration suffered when it "
    "turned. I changed the routine: I narrowed the dose steps, added a second test at the "
    "afternoon shift change, and wrote a one-page guide so every operator ran it the same "
    "way. I trialled it for six weeks with the works manager's agreement. Ferric sulphate use "
    "fell by 18 percent over the year, about £22,000, and filtered water turbidity stayed "
    "under 0.1 NTU."
)
COVER_Q = "This role would have you lead a team of six technicians. What leadership experience do you bring?"
COVER_A = (
    "I've been covering for my shift lead on nights for a couple of years, so I know what the "
    "job involves. Leading the team would be new at this scale, but I'm used to being the one "
    "people ring."
)


def test_a_story_judged_on_its_question_shows_the_skill_in_other_words() -> None:
    found = _coverage(
        "Water Treatment Team Leader", WATER_CV, WATER_JOB, [(JAR_TEST_Q, JAR_TEST_A)]
    )
    item = found["Process Improvement"]
    assert item.status == "demonstrated"
    assert item.question == 1
    assert "18 percent" in (item.evidence or "")


def test_covering_for_ones_shift_lead_shows_no_leadership() -> None:
    found = _coverage(
        "Water Treatment Team Leader",
        WATER_CV,
        WATER_JOB,
        [(JAR_TEST_Q, JAR_TEST_A), (COVER_Q, COVER_A)],
    )
    assert found["Leadership"].status != "demonstrated"
    assert found["Leadership"].question is None


def test_a_card_on_the_cv_is_shown_by_holding_it() -> None:
    found = _coverage("Water Treatment Team Leader", WATER_CV, WATER_JOB)
    item = found["Water Hygiene"]
    assert item.status == "demonstrated"
    assert item.question is None
    assert item.evidence.startswith("EUSR National Water Hygiene card")


# -- fire safety inspection ----------------------------------------------------------------

FIRE_CV = """Owen Batty
Fire Safety Inspector

Experience
Fire Safety Inspecting Officer, Westmoor Fire and Rescue Service, 2018 - present
- Audit 120 premises a year under the Regulatory Reform (Fire Safety) Order 2005
- Serve enforcement and prohibition notices where risk is found

Qualifications
- Level 4 Diploma in Fire Safety, 2019
- NEBOSH National General Certificate, 2017
"""
FIRE_JOB = """Senior Fire Safety Inspector

Responsibilities
- Lead audits of high-risk premises and resolve disputes with responsible persons
- Mentor junior inspectors

Requirements
- Level 4 Diploma in Fire Safety
- NEBOSH certificate
- Excellent conflict resolution skills
"""
DISPUTE_Q = (
    "The advert asks for excellent conflict resolution skills. Tell me about a time you "
    "resolved a dispute with a building owner: what did you do and how did it turn out?"
)
DISPUTE_A = (
    "The owner of a care home disputed my enforcement notice about the escape routes and "
    "threatened to appeal. I sat down with him on site, walked both stairways together, and "
    "showed him the travel distances against the guidance. I offered a phased schedule so the "
    "works did not disturb the residents. He agreed the schedule, withdrew the appeal, and the "
    "dispute was resolved with all the works done in eight weeks."
)


def test_a_dispute_settled_in_own_steps_shows_conflict_resolution() -> None:
    found = _coverage("Senior Fire Safety Inspector", FIRE_CV, FIRE_JOB, [(DISPUTE_Q, DISPUTE_A)])
    item = found["Conflict Resolution"]
    assert item.status == "demonstrated"
    assert item.question == 1


def test_certificates_and_diplomas_held_are_shown() -> None:
    found = _coverage("Senior Fire Safety Inspector", FIRE_CV, FIRE_JOB)
    assert found["NEBOSH"].status == "demonstrated"
    assert found["NEBOSH"].evidence.startswith("NEBOSH National General Certificate")
    assert found["Level 4 Diploma in Fire Safety"].status == "demonstrated"


def test_a_managers_certificate_is_not_the_candidates() -> None:
    cv = FIRE_CV.replace("- NEBOSH National General Certificate, 2017\n", "")
    answer = (
        "Our station manager is NEBOSH qualified and I often ask her about changes in the "
        "guidance, and I read the NFCC updates each month."
    )
    found = _coverage(
        "Senior Fire Safety Inspector", cv, FIRE_JOB, [("How do you keep current?", answer)]
    )
    assert found["NEBOSH"].status == "missing"


def test_a_question_asking_about_two_skills_is_no_evidence_of_the_one_not_told() -> None:
    question = (
        "This role means mentoring junior inspectors and resolving conflict with building "
        "owners. Tell me about a time you did that."
    )
    found = _coverage("Senior Fire Safety Inspector", FIRE_CV, FIRE_JOB, [(question, DISPUTE_A)])
    assert found["Mentoring"].status == "missing"


# -- insurance claims handling -------------------------------------------------------------

CLAIMS_CV = """Priya Nand
Claims Handler

Experience
Motor Claims Handler, Harbourline Insurance, 2020 - present
- Handle a caseload of 140 motor claims from first notification to settlement
"""
CLAIMS_JOB = """Senior Claims Handler

Responsibilities
- Negotiate settlements with claimants and their solicitors

Requirements
- Strong negotiation skills
"""


def test_a_claim_in_general_shows_no_negotiation() -> None:
    answer = "I negotiate with solicitors all the time, it's a big part of the job."
    found = _coverage(
        "Senior Claims Handler",
        CLAIMS_CV,
        CLAIMS_JOB,
        [("Tell me about a negotiation you handled.", answer)],
    )
    assert found["Negotiation"].status == "missing"


def test_a_negotiation_told_in_own_steps_still_shows_it() -> None:
    answer = (
        "Last year a claimant's solicitor demanded £14,000 for a whiplash claim with thin "
        "medical evidence. I went through the GP records, found the symptoms had resolved within "
        "six weeks, and negotiated with the solicitor over two calls with the records attached. "
        "We settled at £9,200, and the file closed a month earlier than our average."
    )
    found = _coverage(
        "Senior Claims Handler",
        CLAIMS_CV,
        CLAIMS_JOB,
        [("Tell me about a negotiation you handled.", answer)],
    )
    assert found["Negotiation"].status == "demonstrated"


# -- brewing -------------------------------------------------------------------------------

BREW_CV = """Mo Adeyemi
Brewer

Experience
Brewer, Hopgate Brewing Co, 2019 - present
- Brew 30 hl batches on a four-vessel brewhouse

Certifications
- IBD General Certificate in Brewing, 2020
- Personal Licence holder, 2021
"""
BREW_JOB = """Head Brewer

Responsibilities
- Own quality control across brewing and packaging

Requirements
- IBD General Certificate in Brewing or Diploma in Brewing
- Personal Licence
"""


def test_a_passion_for_a_skill_shows_nothing() -> None:
    answer = "Quality control is something I'm really passionate about, it matters so much."
    found = _coverage(
        "Head Brewer", BREW_CV, BREW_JOB, [("How do you approach quality control?", answer)]
    )
    assert found["Quality Control"].status == "missing"


def test_a_licence_and_a_certificate_held_are_shown() -> None:
    found = _coverage("Head Brewer", BREW_CV, BREW_JOB)
    assert found["Personal Licence"].status == "demonstrated"
    # The advert asks for brewing as the subject of a certificate the CV holds.
    assert found["Brewing"].status == "demonstrated"


def test_the_bar_managers_licence_is_not_the_candidates() -> None:
    cv = BREW_CV.replace("- Personal Licence holder, 2021\n", "")
    answer = "The bar manager holds the personal licence, so I just check with her before events."
    found = _coverage("Head Brewer", cv, BREW_JOB, [("Tell me about licensing.", answer)])
    assert found["Personal Licence"].status == "missing"


# -- another person's registration ---------------------------------------------------------


def test_working_beside_registered_interpreters_is_no_registration() -> None:
    cv = (
        "Sam Ortega\n\nExperience\nTrainee Interpreter, Signwise, 2021 - present\n"
        "- Worked alongside NRCPD registered interpreters on co-working bookings\n"
    )
    job = "BSL Interpreter\n\nRequirements\n- NRCPD registration\n"
    answer = (
        "I co-worked a long consultant appointment with an NRCPD registered interpreter, who "
        "took the lead while I fed her missed terms. We swapped every twenty minutes and the "
        "patient understood the consent fully."
    )
    found = _coverage("BSL Interpreter", cv, job, [("Tell me about co-working.", answer)])
    assert found["NRCPD registration"].status == "missing"


def test_our_gas_safe_engineer_is_no_gas_safe_registration() -> None:
    cv = (
        "Lee Hart\n\nExperience\nHeating Engineer, Warmhome, 2019 - present\n"
        "- Service 400 boilers a year alongside Gas Safe registered engineers\n"
    )
    job = "Gas Engineer\n\nRequirements\n- Gas Safe registration\n"
    answer = (
        "I worked with our Gas Safe engineer on a condensing boiler that kept locking out. I "
        "checked the condensate trap, found it blocked with sludge, and cleared it; the boiler "
        "ran without a fault for the rest of the winter."
    )
    found = _coverage("Gas Engineer", cv, job, [("Tell me about a boiler job.", answer)])
    assert found["Gas Safe"].status == "missing"


def test_an_own_registration_is_still_shown() -> None:
    cv = (
        "Lee Hart\n\nExperience\nGas Engineer, Warmhome, 2019 - present\n"
        "- Service 400 boilers a year\n\nCertifications\n- Gas Safe registered (ID 554120)\n"
    )
    job = "Gas Engineer\n\nRequirements\n- Gas Safe registration\n"
    assert _coverage("Gas Engineer", cv, job)["Gas Safe"].status == "demonstrated"


# -- tram driving and locksmithing: licences and tickets in their own sections -------------


def test_a_licence_under_its_own_heading_is_shown() -> None:
    cv = (
        "Ana Reis\n\nExperience\nBus Driver, Metrolink Buses, 2018 - present\n"
        "- Drive double-deck routes in the city centre\n\n"
        "Licences\n- PCV Category D licence with Driver CPC\n"
    )
    job = "Tram Driver\n\nRequirements\n- PCV licence desirable\n- Excellent customer service\n"
    found = _coverage("Tram Driver", cv, job)
    assert found["PCV licence"].status == "demonstrated"
    # A skill is not a credential: the CV's routes claim nothing of customer service.
    assert found["Customer Service"].status == "missing"


def test_a_membership_held_is_shown_and_one_in_progress_is_not() -> None:
    job = "Locksmith\n\nRequirements\n- MLA licensed membership\n"
    held = (
        "Kit Moss\n\nExperience\nLocksmith, Keyfast Ltd, 2017 - present\n"
        "- Attend 900 lockout call-outs a year\n\n"
        "Certifications\n- Master Locksmiths Association (MLA) licensed member\n"
    )
    assert _coverage("Locksmith", held, job)["MLA licensed membership"].status == "demonstrated"
    booked = held.replace(
        "Master Locksmiths Association (MLA) licensed member",
        "MLA licensed membership - assessment booked for May 2027",
    )
    assert _coverage("Locksmith", booked, job)["MLA licensed membership"].status != "demonstrated"
