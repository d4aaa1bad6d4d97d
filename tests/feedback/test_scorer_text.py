"""Every string the offline coach writes reads like a coach: no contact lines, no keyword
lists, no repeated or fake figures; CV advice only when true; coverage follows implications."""

from __future__ import annotations

import json

import pytest

from bench.eval_scorer import PAIRS_FILE, all_strings, text_problems
from interview_core.context import InterviewContext, Turn
from interview_core.language.figures import figures
from interview_core.scorer import score_interview
from interview_core.scorer.cv import achievements


def _interviews() -> list[InterviewContext]:
    """One interview per job of the labelled pairs: its eight first questions, the stronger
    and the weaker answers alternating, so every kind of advice is written."""
    data = json.loads(PAIRS_FILE.read_text(encoding="utf-8"))
    out: list[InterviewContext] = []
    for job_id, job in data["jobs"].items():
        pairs = [p for p in data["pairs"] if p["job"] == job_id][:8]
        turns = tuple(
            Turn(p["question"], p["stronger"] if i % 2 else p["weaker"])
            for i, p in enumerate(pairs)
        )
        out.append(InterviewContext(job["title"], "Acme", job["cv"], job["job_description"], turns))
    return out


@pytest.fixture(scope="module")
def reports():
    return [score_interview(ctx) for ctx in _interviews()]


def test_no_generated_string_has_a_known_problem(reports) -> None:
    problems = [
        f"{p}: {s}" for report in reports for s in all_strings(report) for p in text_problems(s)
    ]
    assert not problems, problems[:10]


def test_text_checks_catch_what_they_are_for() -> None:
    assert text_problems("Focus: tie each part back (about begin, current and position).")
    assert text_problems("Keep your figures (“40 minutes” and “40 minutes”).")
    assert text_problems("Quantify this CV line: “Priya Raman - priya.raman@example.org”.")
    assert text_problems("Put the number in (“20022”).")
    assert not text_problems("End on the result you already have (“610 milliseconds”).")


def test_figures_skip_years_codes_and_repeats() -> None:
    text = (
        "We moved to ISO 20022 in 2021, taught Years 7 to 13 and Band 6 staff, cut failures by "
        "40% and then by 40% again for 30 store managers."
    )
    assert [f.text for f in figures(text)] == ["40%", "30 store managers"]


def test_cv_achievements_are_never_contact_header_or_summary_lines() -> None:
    cv = (
        "Priya Raman\nSenior Backend Engineer - Lisbon, Portugal - priya.raman@example.org\n"
        "+44 7700 900123 | linkedin.com/in/priya\n"
        "Profile\nExperienced engineer passionate about reliable payment systems.\n"
        "Experience\nSenior Backend Engineer, Acme (2019 - present)\n"
        "- Cut checkout latency from 2.4 s to 610 ms by batching PostgreSQL writes\n"
        "- Led the migration of 40 services to Kubernetes\n"
    )
    found = [a.text for a in achievements(cv)]
    assert found and all("@" not in t and "linkedin" not in t for t in found)
    assert not any(t.startswith(("Experienced", "Priya", "Senior Backend Engineer")) for t in found)
    assert any(t.startswith("Cut checkout latency") for t in found)


def test_cv_result_only_from_an_on_topic_answer_and_quoted_not_whole() -> None:
    holiday = (
        "Last summer we spent two weeks in Kyoto and Osaka. I booked 11 temples and we saved 40% "
        "on the rail pass, which was the highlight. As a result we saw everything we wanted."
    )
    story = (
        "At Acme checkout latency hit 2.4 seconds at peak. I profiled the consumers and batched "
        "the PostgreSQL writes. As a result p95 latency dropped to 610 milliseconds at Black Friday."
    )
    jd = "Backend engineer: Python, PostgreSQL, payments platform latency and reliability."
    cv = "Backend Engineer, Acme (2019 - present)\n- Built order pipelines in Python"
    q = "Tell me about a time you improved the performance of a system."
    off = score_interview(InterviewContext("Engineer", "Initech", cv, jd, (Turn(q, holiday),)))
    assert not any("Kyoto" in c or "temples" in c for c in off.cv_improvements)
    on = score_interview(InterviewContext("Engineer", "Initech", cv, jd, (Turn(q, story),)))
    result = [c for c in on.cv_improvements if "question 1" in c]
    assert result and "610 milliseconds" in result[0] and "profiled" not in result[0]


def test_coverage_counts_skills_implied_by_the_cv_or_the_answers() -> None:
    jd = "Platform engineer. You will own infrastructure as code and observability."
    cv = "Platform Engineer, Acme (2020 - present)\n- Wrote Terraform modules for 30 services"
    answer = (
        "At Acme alerts fired too late, so I added Prometheus metrics and alert rules for every "
        "service, and incidents were caught 20 minutes sooner."
    )
    q = "Tell me about a time you improved monitoring."
    report = score_interview(InterviewContext("Engineer", "Initech", cv, jd, (Turn(q, answer),)))
    status = {c.skill: c.status for c in report.skill_coverage}
    assert status["Infrastructure as Code"] == "undemonstrated"  # Terraform on the CV
    assert status["Observability"] == "demonstrated"  # Prometheus in the answer
    assert "missing" not in status.values()


def test_no_outline_sentence_is_repeated_across_a_report(reports) -> None:
    repeated = []
    for report in reports:
        seen: set[str] = set()
        for q in report.questions:
            for line in q.stronger_answer:
                if line in seen:
                    repeated.append(line)
                seen.add(line)
    assert not repeated, repeated[:5]


def test_a_cited_cv_line_shares_the_question_topic() -> None:
    from interview_core.scorer.cv import best_achievement
    from interview_core.scorer.questions import read_question

    cv = (
        "Jo Marsh\nExperience\nFinance Analyst, Ostrow Foods (2020 - present)\n"
        "- Automated the fuel and mileage cost report in Excel, saving 2 days a month\n"
        "- Redesigned the standard costing model for 140 products, closing a £90k variance\n"
    )
    costing = read_question("Tell me about a time you reviewed standard costs and variances.")
    urgent = read_question(
        "Two managers each ask you for something urgent by Friday and you can't do both. "
        "What would you do?"
    )
    cited = best_achievement(cv, costing.topic_stems, (), frozenset(), costing.topic_weights)
    assert cited and cited.startswith("Redesigned the standard costing")
    assert best_achievement(cv, urgent.topic_stems, (), frozenset(), urgent.topic_weights) is None


def test_a_closing_answer_that_starts_by_learning_is_not_told_to() -> None:
    from interview_core.scorer import assess_answer
    from interview_core.scorer.outline import stronger_answer

    question = "To finish: what would you want to have achieved by the end of your first 90 days?"
    learns = assess_answer(
        question,
        "In my first month I'd want to understand the money flows end to end: read the ledger "
        "design and shadow on-call before joining the rota. By ninety days I'd hope to own a "
        "piece of work on reconciliation and review designs.",
        "",
        "",
    )
    rushes = assess_answer(
        question,
        "I would cut costs by ten percent and hire two people. Then I would launch the new "
        "product and move the team onto a new rota in the second month.",
        "",
        "",
    )
    assert not any("how you would learn" in line for line in stronger_answer(learns, "", []))
    assert any("how you would learn" in line for line in stronger_answer(rushes, "", []))
