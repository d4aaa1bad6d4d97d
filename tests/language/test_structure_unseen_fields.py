"""Structural reading on CVs and jobs from fields the lexicon was not grown for.

The fixtures (`fixtures/`) are written for these tests: an electrician, a social worker,
airline cabin crew, a journalist, a civil engineer, a veterinary nurse, a retail store
manager. Nothing here may be tuned on the evaluation's heldout pairs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_core.language.cv import LISTED
from interview_core.language.profile import analyse_cv, evidence_for, shows

FIXTURES = Path(__file__).parent / "fixtures"


def _cv(name: str):
    return analyse_cv((FIXTURES / name).read_text(encoding="utf-8"), this_year=2026)


# --- 1. skills the CV itself lists ----------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "items"),
    [
        (
            "electrician_cv.txt",
            # pipe-separated, then a line of columns parted by runs of spaces
            {"Fault finding", "Cable containment", "Three-phase installation", "Solar PV"},
        ),
        ("social_worker_cv.md", {"Signs of Safety", "Genograms", "Life-story work"}),
    ],
)
def test_unknown_items_of_a_skills_section_are_skills_with_their_line(
    fixture: str, items: set[str]
) -> None:
    cv = _cv(fixture)
    names = {s.name for s in cv.listed_skills}
    assert items <= names
    assert all(s.category == LISTED for s in cv.listed_skills)
    assert items <= {s.name for s in cv.all_skills}
    for item in items:
        found = evidence_for(cv, item)
        assert found is not None and item in found.line
        assert found.section == "skills"
        assert cv.has(cv.listed_skill(item))  # type: ignore[arg-type]


def test_a_listed_item_is_found_whatever_its_case_or_plural() -> None:
    cv = _cv("social_worker_cv.md")
    assert cv.listed_skill("genogram") is not None
    assert shows(cv, "signs of safety")
    assert not shows(cv, "Sign language")


def test_an_answer_can_show_a_listed_item() -> None:
    cv = analyse_cv("Skills\nRiver crossings, Rope rescue\n")
    skill = cv.listed_skill("Rope rescue")
    assert skill is not None
    found = evidence_for(cv, skill, ["I led a rope rescue on the Tees in 2022."])
    assert found is not None and found.section == "skills"


@pytest.mark.parametrize(
    "line",
    [
        "References available on request.",  # a sentence, not a list
        "Area | Tools",  # a table's header row
    ],
)
def test_lines_that_are_not_lists_give_no_items(line: str) -> None:
    cv = analyse_cv(f"SKILLS\n{line}\nDrafting | Sub-editing, Shorthand\n")
    names = {s.name for s in cv.listed_skills}
    assert not names & {"References available on request", "Area", "Tools", "Drafting"}
    assert {"Sub-editing", "Shorthand"} <= names


def test_the_candidates_own_name_is_no_skill() -> None:
    cv = analyse_cv(
        "Skills\nDrone photography\nLanguages\nEnglish (native), Welsh (fluent)\nMaya Price\n"
        "Contact: maya.price@example.com\n"
    )
    names = {s.name for s in cv.listed_skills}
    assert "Maya Price" not in names
    assert "Drone photography" in names
    assert cv.spoken_languages == ("English", "Welsh")


# --- 2. requirements the lexicon does not know --------------------------------------------


def _civil():
    from interview_core.language.profile import analyse_job

    cv = _cv("civil_engineer_cv.txt")
    job = analyse_job(
        "Principal Civil Engineer",
        "Afon Consulting",
        (FIXTURES / "civil_engineer_job.txt").read_text(encoding="utf-8"),
    )
    return cv, job


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("Proven experience of sustainable drainage design", "sustainable drainage design"),
        ("Knowledge of employment law", "employment law"),
        ("3+ years' experience in a busy newsroom", "busy newsroom"),
        ("Strong understanding of CDM 2015 (essential)", "CDM 2015"),
        ("Experience with Xero, ideally in a multi-entity group", "Xero"),
        ("Able to work under pressure", "work under pressure"),
    ],
)
def test_a_requirement_becomes_its_subject(line: str, phrase: str) -> None:
    from interview_core.language.job import need_phrase

    assert need_phrase(line) == phrase


def test_every_requirement_and_duty_is_a_need_with_its_line() -> None:
    _, job = _civil()
    kinds = {n.line: n.kind for n in job.asks}
    assert kinds["Proven experience of sustainable drainage design"] == "requirement"
    assert kinds["Review temporary works designs"] == "duty"
    cdm = next(n for n in job.asks if "CDM" in n.line)
    assert "CDM 2015" in cdm.terms


def test_a_need_the_cv_shows_in_its_own_words_is_shown() -> None:
    from interview_core.language.evidence import evidence_for_need

    cv, job = _civil()
    by_phrase = {n.phrase: n for n in job.asks}
    drainage = evidence_for_need(cv, by_phrase["sustainable drainage design"])
    assert drainage is not None and "SuDS" in drainage.line
    flood = evidence_for_need(cv, by_phrase["flood risk assessment"])
    assert flood is not None and flood.section == "skills"
    section = evidence_for_need(cv, by_phrase["Section 278 and Section 104 agreements"])
    assert section is not None and section.term in ("Section 278", "Section 104")
    # The CV models drainage, not culverts: this one is really not shown.
    assert evidence_for_need(cv, by_phrase["hydraulic modelling for culverts"]) is None


def test_a_skill_asked_for_in_a_line_naming_a_term_the_cv_names_is_shown() -> None:
    # "Ensure compliance with CDM 2015" asks for regulatory compliance; the CV names CDM 2015.
    from interview_core.language.skills import skill_named

    cv, job = _civil()
    compliance = skill_named("Regulatory Compliance")
    assert compliance in job.skills
    assert evidence_for(cv, compliance) is None  # the lexicon alone cannot tell
    found = evidence_for(cv, compliance, job=job)
    assert found is not None and found.term == "CDM 2015" and "CDM 2015" in found.line
    assert shows(cv, compliance, job=job)


def test_a_need_shown_only_in_an_answer() -> None:
    from interview_core.language.evidence import evidence_for_need

    cv, job = _civil()
    culverts = next(n for n in job.asks if "culverts" in n.line)
    found = evidence_for_need(
        cv, culverts, ["I built hydraulic models of culverts in Flood Modeller for the council."]
    )
    assert found is not None and found.section == "answer"


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "Ensure compliance with CDM 2015 and the Building Safety Act",
            ["CDM 2015", "Building Safety Act"],
        ),
        ("Knowledge of Section 278 and Section 104 agreements", ["Section 278", "Section 104"]),
        ("Experience of Signs of Safety", ["Signs of Safety"]),
        ("Strong Excel skills", ["Excel"]),
        ("Full UK driving licence", []),
        ("Delivered the scheme in March 2021", []),
        ("CIPD Level 5 qualified", ["CIPD Level 5"]),
    ],
)
def test_named_terms(text: str, terms: list[str]) -> None:
    from interview_core.language.text import named_terms

    assert named_terms(text) == terms
