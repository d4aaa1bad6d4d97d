"""The coach's skill coverage for a job whose needs the lexicon does not know (invented tree
surgery advert and CV): its tickets and aerial rescue show as met or missing, never "no skills
recognised"."""

from __future__ import annotations

from interview_core.context import InterviewContext
from interview_core.scorer.summary import skill_coverage

JOB = """About us
Oakline Tree Care is a family-run arboricultural contractor.

Requirements
- NPTC CS30/31 chainsaw certificates
- Experience of aerial rescue
- A full UK driving licence
"""

CV = """Jake Turner
Tree Surgeon

Experience
Climbing Arborist — Greenleaf Arboriculture, Guildford	2020 – Present
- Dismantled 300+ trees near buildings with rigging and lowering

Tickets
NPTC CS30 and CS31 Chainsaw, CS38 Tree Climbing
"""


def _coverage(answers: list[str], off_topic: frozenset[int] = frozenset()) -> dict[str, str]:
    ctx = InterviewContext(
        job_title="Arborist",
        company_name="Oakline Tree Care",
        cv_text=CV,
        job_description=JOB,
    )
    return {c.skill: c.status for c in skill_coverage(ctx, answers, off_topic)}


def test_field_skills_show_as_met_or_missing() -> None:
    status = _coverage(["I like working outdoors."])
    # Tickets the CV holds are shown by holding them.
    assert status["NPTC CS30/31 chainsaw certificates"] == "demonstrated"
    assert status["aerial rescue"] == "missing"
    assert status["full UK driving licence"] == "missing"


def test_an_answer_demonstrates_a_field_skill_unless_off_topic() -> None:
    answer = "Last spring I carried out an aerial rescue of a colleague stuck in a beech canopy."
    assert _coverage([answer])["aerial rescue"] == "demonstrated"
    assert _coverage([answer], frozenset({0}))["aerial rescue"] == "missing"
