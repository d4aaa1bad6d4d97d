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
