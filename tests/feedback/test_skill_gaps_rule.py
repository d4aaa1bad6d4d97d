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


def test_stored_skill_statuses_count_advert_examples_and_implications() -> None:
    # A stage rigger: the advert's own example (Vectorworks) shows its CAD software, and
    # risk assessments with method statements show RAMS and site safety.
    jd = (
        "Head Rigger\n\nRequirements\n"
        "- CAD software (such as AutoCAD or Vectorworks)\n"
        "- Site safety and RAMS\n"
    )
    cv = (
        "Head Rigger, Arena Events (2018 - present)\n"
        "- Drew rigging plots for 40 arena shows in Vectorworks\n"
        "- Wrote risk assessments and method statements for every load-in\n"
    )
    answer = "At Arena Events I rigged 40 shows and we had no reportable accidents in five years."
    ctx = InterviewContext("Rigger", "Initech", cv, jd, (Turn("Tell me about your work.", answer),))
    _, skills = feedback_rows(1, score_interview(ctx))
    status = {row["skill"]: row["status"] for row in skills}
    assert status["CAD"] == "undemonstrated"
    assert status["Site Safety"] == "undemonstrated"
    assert status["RAMS"] == "undemonstrated"
    # AutoCAD is an example of the CAD asked for: no gap in the heat map.
    assert "AutoCAD" not in status
    assert "missing" not in status.values()
