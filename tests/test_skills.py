"""The skills lexicon and its matcher, including the short names that are easy to get wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview_core.language.skills import (
    CATEGORIES,
    Skill,
    display_term,
    extract_skills,
    find_mentions,
    hard_skills,
    implied_skills,
    is_credential,
    lexicon,
    skill_named,
    soft_skills,
    surface_forms,
)

DATA_FILE = (
    Path(__file__).resolve().parents[1] / "interview_core" / "language" / "data" / "skills.json"
)
DOCUMENTS = Path(__file__).parent / "data" / "documents"


def names(text: str) -> list[str]:
    return [s.name for s in extract_skills(text)]


# --- the lexicon itself -------------------------------------------------------------------


def test_lexicon_is_large_curated_and_consistent() -> None:
    skills = lexicon()
    assert len(skills) >= 300
    assert len({s.name for s in skills}) == len(skills), "display names must be unique"
    assert {s.category for s in skills} == set(CATEGORIES)
    assert lexicon() is lexicon(), "loaded once"


def test_lexicon_covers_non_technical_roles() -> None:
    for name in [
        "CRM",
        "Salesforce",
        "Pipeline Management",
        "Cold Calling",
        "Account Management",
        "Quota Attainment",
        "Patient Care",
        "Triage",
        "Medication Administration",
        "Wound Care",
        "Electronic Health Records",
        "BLS",
        "ACLS",
        "Infection Control",
        "Patient Education",
    ]:
        assert skill_named(name) is not None, name
    for name in [
        "Communication",
        "Leadership",
        "Stakeholder Management",
        "Teamwork",
        "Conflict Resolution",
        "Mentoring",
        "Negotiation",
        "Empathy",
        "Time Management",
        "Problem Solving",
    ]:
        skill = skill_named(name)
        assert skill is not None and skill.category == "soft", name


def test_every_entry_is_found_by_at_least_one_of_its_own_forms() -> None:
    # A lexicon entry that its own aliases cannot find is dead weight (or a typo).
    for entry in json.loads(DATA_FILE.read_text(encoding="utf-8")):
        context = entry.get("context", [""])[0].rstrip("*")
        forms = [*entry.get("aliases", []), *entry.get("match_case", [])]
        forms += [f"{form} ({context})" for form in entry.get("in_context", [])]
        assert forms, entry["name"]
        found = False
        for form in forms:
            # Programming context lets single letters ("R", "C") count.
            text = f"Used {form} daily alongside Python programming."
            if entry["name"] in names(text):
                found = True
                break
        assert found, f"{entry['name']} is not found by any of {forms}"


# --- tricky short names -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Backend services in Go and Python.",
        "Five years of Golang.",
        "Languages: Python, Go, SQL",
        "We write Go tooling for the platform team.",
    ],
)
def test_go_the_language_is_found(text: str) -> None:
    assert "Go" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "We go to market every quarter.",
        "Owned the go-to-market plan.",
        "Go to the office twice a week.",
        "A real go-getter with drive.",
        "Led the Go-live of the new ward system.",
        "Made the go/no-go call.",
        "Ready to go the extra mile.",
    ],
)
def test_go_the_verb_is_not_a_skill(text: str) -> None:
    assert "Go" not in names(text)


def test_r_needs_to_look_like_the_language() -> None:
    assert "R" in names("Experience with Python or R for statistical analysis.")
    assert "R" in names("R programming and RStudio")
    assert "R" not in names("Worked in the R&D team.")
    assert "R" not in names("Reported the R-squared of each model.")
    assert "R" not in names("Section R of the form, signed by Sam R.")
    assert "R" not in names("I like reading and running.")


def test_c_family_names_are_told_apart() -> None:
    assert names("Embedded C and C++ firmware, some C# and .NET") == ["C", "C++", "C#", ".NET"]
    assert "C" not in names("Presented to the C-suite.")
    assert "C" not in names("Vitamin C and a grade C in chemistry.")
    assert names("Built APIs in ASP.NET") == ["ASP.NET"]


def test_sql_family_names_are_told_apart() -> None:
    assert names("SQL and NoSQL stores") == ["SQL", "NoSQL"]
    assert names("MySQL only") == ["MySQL"]
    assert names("T-SQL stored procedures") == ["T-SQL"]
    assert names("PL/SQL packages") == ["PL/SQL"]
    # "SQL Server" is its own skill; the "SQL" inside it is not a second mention.
    assert names("Reports on SQL Server") == ["Microsoft SQL Server"]


def test_excel_the_product_and_excel_the_verb() -> None:
    assert "Excel" in names("Advanced Excel: pivot tables and VLOOKUP.")
    assert "Excel" in names("Built models in Microsoft Excel")
    assert "Excel" not in names("You will excel at building relationships.")


def test_names_that_are_also_english_words_need_their_capitals() -> None:
    assert "Swift" not in names("A swift response to incidents.")
    assert "Swift" in names("iOS apps in Swift and SwiftUI.")
    assert "Slack" not in names("There was some slack in the plan.")
    assert "Slack" in names("Chat on Slack")
    assert "Rust" not in names("Removed rust from the pipes.")
    assert "React" not in names("Able to react quickly.")
    assert "Spring Boot" in names("Java with Spring Boot")


def test_javascript_family() -> None:
    assert names("Java and JavaScript") == ["Java", "JavaScript"]
    assert names("APIs in Node.js with Express.js") == ["Node.js", "Express.js"]
    assert names("Apps in React Native") == ["React Native"]
    assert names("React-based user interfaces") == ["React"]


def test_aliases_spacing_hyphens_and_case() -> None:
    assert names("k8s and AWS") == ["Kubernetes", "AWS"]
    assert names("strong problem-solving") == ["Problem Solving"]
    assert names("Strong Problem Solving") == ["Problem Solving"]
    assert names("test driven development") == ["Test-Driven Development"]
    assert names("CI/CD pipelines with GitHub Actions") == ["CI/CD", "GitHub Actions"]
    assert names("A/B testing") == ["A/B Testing"]


# --- extraction behaviour -----------------------------------------------------------------


def test_order_of_first_appearance_without_duplicates() -> None:
    text = "Kafka, then Python. More Kafka. Docker and python again."
    assert names(text) == ["Apache Kafka", "Python", "Docker"]


def test_empty_and_blank_text() -> None:
    assert extract_skills("") == []
    assert extract_skills("   \n ") == []


def test_sales_and_nursing_documents() -> None:
    sales = names((DOCUMENTS / "sales_cv.txt").read_text(encoding="utf-8"))
    for expected in ["Quota Attainment", "Prospecting", "Pipeline Management", "Salesforce"]:
        assert expected in sales
    assert "Cold Calling" in sales and "Negotiation" in sales
    nursing = names((DOCUMENTS / "nursing_jd.txt").read_text(encoding="utf-8"))
    for expected in [
        "Triage",
        "Medication Administration",
        "Wound Care",
        "Electronic Health Records",
        "Infection Control",
        "Patient Education",
        "BLS",
    ]:
        assert expected in nursing


def test_soft_and_hard_split_the_list_in_order() -> None:
    found = extract_skills("Python, stakeholder management, Docker and mentoring")
    assert [s.name for s in soft_skills(found)] == ["Stakeholder Management", "Mentoring"]
    assert [s.name for s in hard_skills(found)] == ["Python", "Docker"]
    assert all(s.is_soft for s in soft_skills(found))


def test_find_mentions_returns_the_lines_that_name_the_skill() -> None:
    cv = (DOCUMENTS / "software_cv.md").read_text(encoding="utf-8")
    kafka = skill_named("Apache Kafka")
    assert kafka is not None
    mentions = find_mentions(cv, kafka)
    assert mentions[0].startswith("Built an event pipeline on Kafka")
    assert any(m.startswith("Python, Go, SQL") for m in mentions)
    assert all("Kafka" in m for m in mentions)
    # Bullet markers are dropped; long lines are cut down around the mention.
    assert not any(m.startswith("-") for m in mentions)
    assert all(len(m) <= 170 for m in mentions)
    assert find_mentions(cv, Skill("Nonexistent", "tool")) == []


def test_display_terms_read_naturally_mid_sentence() -> None:
    def term(name: str, text: str = "") -> str:
        skill = skill_named(name)
        assert skill is not None
        return display_term(skill, text)

    assert term("Stakeholder Management") == "stakeholder management"
    assert term("IV Therapy") == "IV therapy"
    assert term("Salesforce") == "Salesforce"
    assert term("CI/CD") == "CI/CD"
    assert term("Apache Kafka", "We run Kafka") == "Kafka"
    assert term("Apache Kafka", "We run Apache Kafka") == "Apache Kafka"


def test_surface_forms_and_credentials() -> None:
    viz = skill_named("Data Visualization")
    assert viz is not None
    assert surface_forms("Data visualisation and data visualization", viz) == [
        "Data visualisation",
        "data visualization",
    ]
    bls = skill_named("BLS")
    assert bls is not None and is_credential(bls)
    python = skill_named("Python")
    assert python is not None and not is_credential(python)


def test_implied_skills() -> None:
    found = extract_skills("Django, pytest and Amazon EKS")
    implied = [s.name for s in implied_skills(found)]
    assert implied[:1] == ["Python"]
    assert {"AWS", "Kubernetes"} <= set(implied)
    assert "Django" not in implied
    assert implied_skills(extract_skills("Python")) == []
