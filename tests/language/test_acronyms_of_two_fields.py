"""Acronyms that two fields use for different things, and a word processor's pasted bullets.

"GCP" is Good Clinical Practice in a research clinic and Google Cloud to a data engineer;
lines invented from fields the labelled pairs do not have (clinical trials, a vaccine
study, a biotech start-up's data platform).
"""

from __future__ import annotations

import pytest

from interview_core.language.layout import blocks
from interview_core.language.skills import extract_skills


def _names(line: str) -> set[str]:
    return {s.name for s in extract_skills(line)}


@pytest.mark.parametrize(
    "line",
    [
        "Up-to-date GCP training",
        "ICH-GCP (E6 R2), NIHR, renewed 2024",
        "Ran the vaccine study's site file to ICH GCP and the protocol",
        "Good Clinical Practice refresher, 2023",
    ],
)
def test_clinical_gcp_is_good_clinical_practice_not_google_cloud(line: str) -> None:
    names = _names(line)
    assert "Good Clinical Practice" in names
    assert "Google Cloud" not in names
    assert "Good Laboratory Practice" not in names


@pytest.mark.parametrize(
    "line",
    [
        "Moved the sequencing pipelines from AWS to GCP and cut storage costs by 30%",
        "Deployed the assay results API on GCP with Cloud Run and Terraform",
    ],
)
def test_gcp_beside_cloud_words_is_google_cloud(line: str) -> None:
    assert "Google Cloud" in _names(line)


def test_good_manufacturing_practice_stays_with_laboratory_practice() -> None:
    assert "Good Laboratory Practice" in _names("Released batches under GMP in a sterile suite")


def test_a_word_processor_o_bullet_starts_a_new_bullet() -> None:
    text = (
        "Harbour Vets — Practice Coordinator (2020–Present)\n"
        "  o Booked 40 consults a day across three surgeries\n"
        "  o Set up text reminders; missed appointments fell from 9% to 4%\n"
    )
    bullets = [b.text for b in blocks(text) if b.kind == "bullet"]
    assert bullets == [
        "Booked 40 consults a day across three surgeries",
        "Set up text reminders; missed appointments fell from 9% to 4%",
    ]


def test_a_line_starting_with_the_word_o_in_lower_case_is_no_bullet() -> None:
    assert [b.kind for b in blocks("o well, that is how it went")] == ["line"]
