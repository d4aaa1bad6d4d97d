"""A requirement line's named terms show only the skill of their own clause."""

from __future__ import annotations

from interview_core.language.evidence import evidence_for
from interview_core.language.profile import analyse_cv, analyse_job
from interview_core.language.skills import skill_named

CV = """Sam Okafor
Experience
Site Manager, Rowan Homes (2019 – present)
- Ran CDM 2015 duties as principal contractor on a 142-plot scheme.
- Built dashboards in Python for weekly progress reports.
"""

JOB = """Site Manager
Requirements
- Manage health and safety on site: induction, RAMS, permits and compliance with CDM 2015
- 5+ years of Python, experience with Kafka, observability (Prometheus, Grafana)
"""


def test_a_named_term_in_the_skills_own_clause_shows_it() -> None:
    cv, job = analyse_cv(CV), analyse_job("Site Manager", "Calder", JOB)
    compliance = skill_named("Regulatory Compliance")
    assert compliance is not None
    found = evidence_for(cv, compliance, (), job=job)
    assert found is not None and found.term == "CDM 2015"


def test_a_term_from_another_clause_of_the_line_shows_nothing() -> None:
    cv, job = analyse_cv(CV), analyse_job("Site Manager", "Calder", JOB)
    grafana = skill_named("Grafana")
    assert grafana is not None
    assert evidence_for(cv, grafana, (), job=job) is None
