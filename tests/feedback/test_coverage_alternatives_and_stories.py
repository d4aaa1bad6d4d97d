"""Skill coverage and the claims both engines make, on invented text from fields the
repository holds no pair of (tax advice, field archaeology, rope access, hydrography, organ
building, hotel operations): a list of alternatives is one requirement met by any one of
them; a story told to a question about a skill demonstrates it, and a claim in general never
does; a CV line leading people shows leading, supervising and developing them; one advert
term is named once."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.plan import cv_line_for_duty
from interview_core.interviewer.requirements import shown_together
from interview_core.language.examples import advert_examples
from interview_core.language.field_skills import _pieces
from interview_core.language.people import leads_people_in, line_developing, people_developed
from interview_core.scorer.summary import _distinct_terms, skill_coverage
from interview_core.scorer.vagueness import bare_claim


def _coverage(cv: str, job: str, turns: tuple[Turn, ...] = (), stories=frozenset()) -> dict:
    ctx = InterviewContext("Role", "Acme", cv, job, turns)
    return {c.skill: c for c in skill_coverage(ctx, [t.answer for t in turns], stories=stories)}


# -- alternatives ------------------------------------------------------------------------


def test_a_bracket_of_names_gives_instances_of_the_thing_before_it() -> None:
    found = advert_examples("- A recognised tax qualification (CTA, ATT, ACA) or equivalent")
    assert [e.examples for e in found] == [("CTA", "ATT", "ACA")]
    assert found[0].illustrated == "A recognised tax qualification"
    # A grade, a single expansion or a lower-case aside gives no examples.
    assert advert_examples("- Newborn and Infant Physical Examination (NIPE)") == []
    assert advert_examples("- Trowelling experience (desirable)") == []


def test_a_bare_bracket_illustrates_its_whole_clause() -> None:
    found = advert_examples("- Process bathymetric surveys and point clouds (Qinsy, CARIS)")
    assert found[0].illustrated == "Process bathymetric surveys and point clouds"


def test_a_list_closed_by_or_is_one_requirement() -> None:
    assert _pieces("archaeology, anthropology or a related subject") == [
        ["archaeology", "anthropology", "a related subject"]
    ]
    # Closed by "and", each is asked for.
    assert _pieces("trowelling, section drawing and context recording") == [
        ["trowelling"],
        ["section drawing"],
        ["context recording"],
    ]


TAX_JOB = """Senior Tax Adviser

Requirements
- Professional tax qualification (CTA, ATT, ACA)
- Experience of owner-managed business clients
"""
TAX_CV = """Experience
Tax Senior, Lark & Co, 2018 - present
- Prepared 180 personal and partnership returns a year for owner-managed business clients

Qualifications
ATT, 2019
"""


def test_one_of_the_alternatives_on_the_cv_meets_the_requirement() -> None:
    found = _coverage(TAX_CV, TAX_JOB)
    missing = {name for name, c in found.items() if c.status == "missing"}
    assert not missing & {"CTA", "ACA", "Professional tax qualification"}


# -- stories and claims ------------------------------------------------------------------

HYDRO_JOB = """Hydrographic Data Processor

Responsibilities
- Automate survey data processing using Python
"""
HYDRO_CV = """Experience
Hydrographic Surveyor, Tidewater Surveys, 2019 - present
- Processed multibeam data for 40 harbour surveys
"""


def test_a_story_told_to_a_question_about_a_skill_demonstrates_it() -> None:
    turns = (
        Turn(
            "Tell me about your work with Python.",
            "I use Python all the time.",
        ),
        Turn(
            "Can you give me one specific example of your work with Python?",
            "On the Falmouth survey the Python side was the tide corrections, which took two "
            "days by hand. I wrote a script "
            "that pulls the tide gauge readings and applies them to every line. Processing now "
            "takes four hours, and the other two processors use it too.",
        ),
    )
    found = _coverage(HYDRO_CV, HYDRO_JOB, turns, stories=frozenset({1}))
    assert found["Python"].status == "demonstrated"
    assert found["Python"].question == 2
    assert "four hours" in (found["Python"].evidence or "")


def test_a_claim_in_general_never_demonstrates_a_skill() -> None:
    assert bare_claim("I use Python all the time.")
    assert bare_claim("I'm very comfortable with tide modelling.")
    assert not bare_claim("I wrote a script that applies the tide readings.")
    turns = (Turn("Tell me about your work with Python.", "I use Python all the time."),)
    assert _coverage(HYDRO_CV, HYDRO_JOB, turns)["Python"].status != "demonstrated"


# -- people ------------------------------------------------------------------------------

ROPE_JOB = """Rope Access Supervisor

Responsibilities
- Coach and develop less experienced rope access technicians

Requirements
- Leadership and supervision of small teams
"""
ROPE_CV = """Experience
Rope Access Technician, Highline Access, 2018 - present
- Crew leader for 4-person teams on bridge inspections
- Trained 6 new technicians on rescue drills
"""


def test_a_cv_line_leading_people_shows_leadership_and_supervision() -> None:
    found = _coverage(ROPE_CV, ROPE_JOB)
    for name in ("Leadership", "Supervision"):
        if name in found:
            assert found[name].status != "missing"


def test_a_duty_of_developing_people_is_shown_by_a_line_leading_them() -> None:
    assert people_developed("Coach and develop less experienced rope access technicians")
    assert people_developed("Mentor apprentice organ builders")
    assert not people_developed("Develop web maps for operational teams")
    assert not people_developed("Lead safety briefings every morning")
    assert leads_people_in("Run voicing training for visiting tuners (12 staff trained)")
    lines = ["Crew leader for 4-person teams", "Trained 6 new technicians on rescue drills"]
    assert line_developing("Coach less experienced technicians", lines) == lines[1]


def test_the_interviewer_asks_no_closest_thing_for_a_duty_the_cv_does() -> None:
    iv = interviewer_for(InterviewContext("Rope Access Supervisor", "Acme", ROPE_CV, ROPE_JOB, ()))
    assert "Trained 6 new technicians" in cv_line_for_duty(
        iv.docs, "coach and develop less experienced rope access technicians"
    )


# -- the interviewer's requirement check ---------------------------------------------------


def _need_shown(cv: str, job: str, phrase_start: str) -> bool:
    iv = interviewer_for(InterviewContext("Role", "Acme", cv, job, ()))
    need = next(n for n in iv.docs.job.asks if n.phrase.startswith(phrase_start))
    return shown_together(iv.docs, need)


def test_a_requirement_is_met_without_its_grading_words() -> None:
    job = (
        "Book Conservator\n\nRequirements\n"
        "- Post-qualification certificate in conservation bookbinding\n"
    )
    cv = (
        "Experience\nConservator, Fenwick Library, 2017 - present\n- Rebound 300 volumes\n\n"
        "Education\nCertificate Conservation Bookbinding, West Dean College, 2016\n"
    )
    assert _need_shown(cv, job, "Post-qualification")


def test_another_word_for_the_same_thing_meets_a_requirement() -> None:
    job = "Cluster Operations Manager\n\nRequirements\n- Experience of estates management\n"
    cv = (
        "Experience\nHotel Operations Manager, Quayside Hotels, 2016 - present\n"
        "- Responsible for premises management across three hotels\n"
    )
    assert _need_shown(cv, job, "estates")


# -- one term named once --------------------------------------------------------------------


def test_one_advert_term_of_two_skills_is_named_once() -> None:
    assert _distinct_terms(["SAP", None, "SAP", "Maximo", "sap"]) == ["SAP", "Maximo"]


HOTEL_JOB = """Group Purchasing Manager

Responsibilities
- Lead procurement of group contracts, including laundry, linen and food
"""
HOTEL_CV = """Experience
Hotel Operations Manager, Quayside Hotels, 2016 - present
- Retendered the laundry and linen contracts for three hotels, saving £40k a year
"""


def test_a_line_naming_the_thing_and_two_of_its_instances_does_the_duty() -> None:
    iv = interviewer_for(
        InterviewContext("Group Purchasing Manager", "Acme", HOTEL_CV, HOTEL_JOB, ())
    )
    line = cv_line_for_duty(
        iv.docs, "lead procurement of group contracts, including laundry, linen and food"
    )
    assert "laundry and linen contracts" in line
    # One instance alone is not the duty.
    assert not cv_line_for_duty(iv.docs, "lead procurement of contracts, including food and energy")


def test_a_count_of_people_after_a_past_form_is_its_object() -> None:
    from interview_core.interviewer.phrases import as_candidate_clause

    assert as_candidate_clause("Mentored four apprentice voicers") == (
        "you mentored four apprentice voicers"
    )
    assert as_candidate_clause("Promoted three times in four years") == (
        "you were promoted three times in four years"
    )
