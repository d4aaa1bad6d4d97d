"""A CV line said back to the candidate: their "I" becomes "you", a Roman numeral stays."""

from __future__ import annotations

import pytest

from interview_core.interviewer.phrases import as_candidate_clause


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Ran phase I and II stability studies for 14 products",
            "you ran phase I and II stability studies for 14 products",
        ),
        ("Trained staff on Type I diabetes care", "you trained staff on Type I diabetes care"),
        ("Led the audit where I found 12 gaps", "you led the audit where you found 12 gaps"),
        ("Built the tool I use every day", "you built the tool you use every day"),
    ],
)
def test_the_candidates_i_is_you_and_a_numeral_stays(line: str, said: str) -> None:
    assert as_candidate_clause(line) == said


@pytest.mark.parametrize(
    ("line", "keep", "said"),
    [
        (
            "Prune the orchard trees; cut storm damage claims by 40% in two years",
            "",
            "you cut storm damage claims by 40% in two years",
        ),
        (
            "Booked court rooms and interpreters; chased solicitors for bundles",
            "interpreters",
            "you booked court rooms and interpreters",
        ),
    ],
)
def test_one_claim_of_a_line_holding_two_is_said(line: str, keep: str, said: str) -> None:
    assert as_candidate_clause(line, keep) == said
