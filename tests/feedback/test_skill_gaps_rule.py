"""The dashboard's skill gaps follow the coach's coverage rule (implications included)."""

from __future__ import annotations

from interview_core.context import InterviewContext, Turn
from interview_core.feedback import feedback_rows
from interview_core.scorer import score_interview


def test_stored_skill_statuses_count_implied_skills_as_shown() -> None:
    jd = "Platform engineer: infrastructure as code, observability and regulatory compliance."
    cv = (
        "Platform Engineer, Acme (2020 - present)\n"
        "- Wrote Terraform modules for 30 services\n"
        "- Kept the card platform PCI DSS compliant through two audits\n"
    )
    answer = (
        "At Acme I added Prometheus alerts to every service and caught outages 20 minutes sooner."
    )
    ctx = InterviewContext(
        "Engineer", "Initech", cv, jd, (Turn("How do you monitor services?", answer),)
    )
    _, skills = feedback_rows(1, score_interview(ctx))
    status = {row["skill"]: row["status"] for row in skills}
    # What the skill-gap query counts as a gap: "missing" and "undemonstrated".
    assert status["Observability"] == "demonstrated"
    assert status["Infrastructure as Code"] == "undemonstrated"
    assert status["Regulatory Compliance"] == "undemonstrated"
    assert "missing" not in status.values()
