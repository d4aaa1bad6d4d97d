"""Skills in a field's own words: the job's requirements the lexicon does not know, met on
the CV or in the answers by word family. Jobs and CVs invented for the test (tree surgery,
farriery, sign-language interpreting, dietetics), in no evaluation set."""

from __future__ import annotations

import pytest

from interview_core.language.field_skills import field_skill_coverage, field_skills
from interview_core.language.profile import analyse_cv, analyse_job

TREE_JOB = """Requirements
- NPTC CS30/31 chainsaw certificates
- NPTC CS38 and CS39 (aerial rescue)
- Good communication skills and teamwork
- A full UK driving licence

We offer
- Company van and 28 days holiday
"""

TREE_CV = """Jake Turner
Tree Surgeon | Guildford | Full driving licence

Experience
Climbing Arborist — Greenleaf Arboriculture, Guildford	2020 – Present
- Dismantled 300+ trees near buildings with rigging and lowering
- Crown reduction and crown lifting on TPO trees

Tickets
NPTC CS30 and CS31 Chainsaw, CS38 Tree Climbing
"""


def _status(job: str, cv: str, answers: list[str]) -> dict[str, str]:
    found = field_skill_coverage(
        analyse_job("Tree Surgeon", "Oakline", job), analyse_cv(cv, this_year=2026), answers
    )
    return {f.name: f.status for f in found}


def test_a_tree_surgeon_job_asks_for_its_tickets_and_aerial_rescue() -> None:
    names = [s.name for s in field_skills(analyse_job("Tree Surgeon", "Oakline", TREE_JOB))]
    assert "NPTC CS30/31 chainsaw certificates" in names
    assert "aerial rescue" in names  # named only in a bracket
    assert "full UK driving licence" in names
    # known to the lexicon, generic or a benefit: no field skill
    assert not any("communication" in n.lower() or "teamwork" in n.lower() for n in names)
    assert not any("van" in n or "holiday" in n for n in names)


def test_a_code_list_written_out_on_the_cv_meets_the_short_form() -> None:
    status = _status(TREE_JOB, TREE_CV, [])
    assert status["NPTC CS30/31 chainsaw certificates"] == "undemonstrated"
    assert status["NPTC CS38 and CS39"] == "missing"  # CS39 is on no line
    assert status["aerial rescue"] == "missing"
    # the licence sits in the header, between the place and the contact details
    assert status["full UK driving licence"] == "undemonstrated"


def test_an_answer_shows_a_field_skill_and_a_question_back_does_not() -> None:
    answers = [
        "Do you do aerial rescue drills here?",
        "I led the aerial rescue of a climber who had a cramp in an oak canopy last spring.",
    ]
    found = field_skill_coverage(
        analyse_job("Tree Surgeon", "Oakline", TREE_JOB),
        analyse_cv(TREE_CV, this_year=2026),
        answers,
    )
    rescue = next(f for f in found if f.name == "aerial rescue")
    assert (rescue.status, rescue.question) == ("demonstrated", 2)
    assert "canopy" in (rescue.evidence or "")


@pytest.mark.parametrize(
    ("requirement", "cv_line", "shown"),
    [
        # a word in another form, a near spelling, a listed skill
        ("Experience of hoof trimming", "Hoof trimming, Remedial shoeing", True),
        ("Crown lifts to BS3998", "Crown lifting on TPO trees to BS3998", True),
        ("Full driving license", "Full driving licence", True),
        ("BSL/English interpreting experience", "BSL/English interpreting; Note-taking", True),
        ("Agricultural degree", "FdSc Agriculture, Harper Adams University", True),
        # "management" and "manager" are two words
        ("Herd management qualification", "Assistant herd manager, Low Farm", False),
        ("Compression bandaging", "Motivational interviewing", False),
    ],
)
def test_field_skills_meet_the_cv_by_word_family(
    requirement: str, cv_line: str, shown: bool
) -> None:
    job = analyse_job("Practitioner", "Acme", f"Requirements\n- {requirement}\n")
    cv = analyse_cv(f"Name\n\nSkills\n{cv_line}\n", this_year=2026)
    found = field_skill_coverage(job, cv)
    assert found, requirement
    assert (found[0].status == "undemonstrated") is shown


def test_either_of_two_alternatives_meets_the_need() -> None:
    job = analyse_job(
        "Veterinary Nurse",
        "Moorview",
        "Requirements\n- Certificate in Advanced Veterinary Nursing (anaesthesia or surgical "
        "nursing)\n",
    )
    cv = analyse_cv(
        "Name\n\nQualifications\nRCVS Certificate in Advanced Veterinary Nursing (Anaesthesia)\n",
        this_year=2026,
    )
    status = {f.name: f.status for f in field_skill_coverage(job, cv)}
    assert "surgical nursing" not in status  # anaesthesia meets the bracket
    assert status.get("Certificate in Advanced Veterinary Nursing") == "undemonstrated"


@pytest.mark.parametrize(
    "requirement",
    [
        "A passion for seasonal produce",  # an attitude
        "Experience as a Band 6 Dietitian",  # time in a job: the positions show it
        "Ability to manage a complex caseload",  # a duty
        "Willingness to ask for help",
        "Commercial awareness",  # a common word beside a weak one
        "Teaching",  # one common word
    ],
)
def test_attitudes_duties_and_general_words_are_no_field_skills(requirement: str) -> None:
    job = analyse_job("Dietitian", "Acme", f"Requirements\n- {requirement}\n")
    assert field_skills(job) == []


def test_a_card_from_either_of_two_bodies_is_one_need_and_its_body_must_be_named() -> None:
    job = "What you'll need:\n• CPCS or NPORS Tower Crane card\n"
    cv = "Name\n\nTickets\nCPCS Tower Crane A04 (blue card, renewed 2023)\n"
    answers = ["I've been up a tower crane every day for four years."]
    status = _status(job, cv, answers)
    # "tower crane" in an answer names neither body's card; the CV's CPCS card meets the need
    assert "NPORS Tower Crane card" not in status
    assert status == {"CPCS Tower Crane card": "undemonstrated"}


@pytest.mark.parametrize(
    ("requirement", "thing", "grade"),
    [
        ("CPCS Slinger/Signaller (A40) card", "CPCS Slinger/Signaller card", "A40"),
        ("NPORS Telehandler (N010) ticket", "NPORS Telehandler ticket", "N010"),
        ("Counterbalance forklift licence (B1)", "Counterbalance forklift licence", "B1"),
        ("Category C1 driving licence (D1) for the vet ambulance", None, "D1"),
    ],
)
def test_a_bracketed_grade_is_part_of_the_card_not_a_need_of_its_own(
    requirement: str, thing: str | None, grade: str
) -> None:
    job = analyse_job("Site Operative", "Acme", f"Requirements\n- {requirement}\n")
    names = [f.name for f in field_skills(job)]
    assert grade not in names
    assert not any(n.strip("()") == grade for n in names)
    if thing is not None:
        assert thing in names


def test_a_bracketed_list_of_units_still_names_its_own_need() -> None:
    # "(CS30/31)" lists the certificates themselves, not a grade of the words before.
    job = analyse_job("Arborist", "Acme", "Requirements\n- NPTC chainsaw certificates (CS30/31)\n")
    assert "CS30/31" in [f.name for f in field_skills(job)]
