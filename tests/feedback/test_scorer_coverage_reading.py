"""How the coach reads the job's needs against the CV: standards, checks, line management."""

from __future__ import annotations

from interview_core.context import InterviewContext
from interview_core.language import skills as skill_lexicon
from interview_core.scorer.summary import skill_coverage

JOB = """Senior Histopathology Scientist
Fenwick Valley NHS Trust

Responsibilities
- Run the cut-up bench and validate new staining platforms under ISO 15189.
- Line manage four associate practitioners and lead the section's rota.

Requirements
- HCPC registration as a Biomedical Scientist.
- Knowledge of ISO 15189, the quality management system and the UKAS assessment process;
  experience of Epic or a similar LIMS.
- Leadership of a small team.
- Enhanced DBS check and right to work in the UK; satisfactory references.
"""

CV = """Dana Okoro
Biomedical Scientist (Histopathology) | dana.okoro@example.org

Experience
Biomedical Scientist, Harlow Grange Hospital, 2019 - present
- Line manage three MLAs and plan the bench rota for the section.
- Validated two new immunostainers against ISO 15189 clause 7.3, cutting repeat stains by 30%.
- Moved the section's requests onto the new Telepath LIMS in 2022, an epic piece of work.
"""


def _coverage(answers: list[str]) -> dict[str, str]:
    ctx = InterviewContext(
        job_title="Senior Histopathology Scientist",
        company_name="Fenwick Valley NHS Trust",
        cv_text=CV,
        job_description=JOB,
    )
    return {c.skill: c.status for c in skill_coverage(ctx, answers)}


def test_a_standard_is_read_only_by_its_own_number() -> None:
    found = {s.name for s in skill_lexicon.extract_skills(JOB + CV)}
    assert "ISO 9001" not in found
    assert "ISO 27001" not in found
    assert {s.name for s in skill_lexicon.extract_skills("certified to ISO 9001:2015")} >= {
        "ISO 9001"
    }


def test_pre_employment_checks_are_no_skill_gap() -> None:
    assert "DBS Check" not in _coverage([])


def test_line_management_shows_leadership() -> None:
    coverage = _coverage(["I line manage three MLAs and run the rota for the section."])
    assert coverage.get("Leadership") == "demonstrated"
    assert _coverage([]).get("Leadership") == "undemonstrated"


def test_a_product_is_not_claimed_by_another_term_of_its_line() -> None:
    # The CV names a different LIMS and the word "epic": Epic is not on it.
    assert _coverage([]).get("Epic") == "missing"
