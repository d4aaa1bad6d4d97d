"""Which CV line evidences a job's field skill, and role titles showing a skill. Jobs and CVs
invented for the test (locksmith, actuary, florist, veterinary nurse), in no evaluation set."""

from __future__ import annotations

from interview_core.language.field_skills import best_line, field_skill_coverage
from interview_core.language.profile import analyse_cv, analyse_job
from interview_core.language.skills import extract_skills


def test_the_line_naming_most_of_the_skill_is_the_evidence() -> None:
    """A bullet naming only the body ("through their MLA tickets") loses to the certificate."""
    lines = [
        "Trained two apprentices through their MLA tickets",
        "MLA Level 3 safe opening and lock fitting, 2018",
    ]
    assert best_line("MLA safe opening", lines) == lines[1]


def test_a_body_written_out_by_its_initials_shows_its_acronym() -> None:
    """ "Institute of Floral Design" is IFD: the diploma line is the evidence, not a
    certificate of the same body at a lower level."""
    job = "Requirements\n- IFD Diploma in Floristry or equivalent\n"
    cv = """Ana Brook
Senior Florist | Leeds

Experience
Senior Florist — Petal & Stem, Leeds	2019 – Present
- Wedding and event work for 60 weddings a year

Qualifications
Diploma in Floristry, Institute of Floral Design, 2021
IFD Certificate in Floristry, 2016
"""
    found = field_skill_coverage(
        analyse_job("Head Florist", "Bloom", job), analyse_cv(cv, this_year=2026)
    )
    item = next(f for f in found if f.name == "IFD Diploma in Floristry")
    assert item.evidence == "Diploma in Floristry, Institute of Floral Design, 2021"


def test_words_far_apart_on_a_line_do_not_show_a_phrase() -> None:
    """ "pricing" at one end of a profile sentence and "model" at the other end is no
    pricing model."""
    far = (
        "Actuary with eight years in general insurance pricing across motor and home, now "
        "leading reserving reviews and the annual capital model"
    )
    near = "Built the pricing model for the commercial property book"
    assert best_line("pricing model", [far]) is None
    assert best_line("pricing model", [far, near]) == near


def test_a_supervisor_title_shows_supervision() -> None:
    """ "Clinical supervisor for three student veterinary nurses" shows Supervision."""
    line = "Clinical supervisor for three student veterinary nurses and two trainees"
    assert "Supervision" in {s.name for s in extract_skills(line)}
    # Reporting to a supervisor shows nothing.
    assert "Supervision" not in {
        s.name for s in extract_skills("Reported to the workshop supervisor on stock levels")
    }


def test_a_story_doing_the_skills_ambiguous_word_demonstrates_it() -> None:
    """A job asking for Clinical Audit: a veterinary nurse's story "I then audited the
    anaesthetic records every month" shows it; a plan ("I'd audit") or a story where someone
    else audits does not."""
    from interview_core.context import InterviewContext
    from interview_core.scorer.summary import skill_coverage

    ctx = InterviewContext(
        job_title="Head Veterinary Nurse",
        company_name="Riverside Vets",
        job_description="Requirements\n- Experience of clinical audit\n",
        cv_text="",
    )
    story = (
        "Our anaesthetic monitoring sheets were often incomplete, so I rewrote the form. "
        "I trained the six nurses on it over a month. I then audited the records every "
        "month, and complete sheets rose from 60% to 95% within half a year."
    )
    other = (
        "Our anaesthetic monitoring sheets were often incomplete, so I rewrote the form. "
        "I trained the six nurses on it over a month. The practice manager audited the "
        "records every month, and complete sheets rose from 60% to 95% within half a year."
    )
    shown = {c.skill: c for c in skill_coverage(ctx, [story])}
    assert shown["Clinical Audit"].status == "demonstrated"
    assert "audited" in (shown["Clinical Audit"].evidence or "")
    assert {c.skill: c for c in skill_coverage(ctx, [other])}["Clinical Audit"].status != (
        "demonstrated"
    )
