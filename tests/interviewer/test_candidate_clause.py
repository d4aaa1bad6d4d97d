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


@pytest.mark.parametrize(
    "line",
    [
        "Guest complaints and service recovery",
        "Ward rounds with the consultant twice a week",
        "Site inductions for new starters",
    ],
)
def test_a_noun_compound_before_a_plural_is_not_said_as_a_verb(line: str) -> None:
    said = as_candidate_clause(line)
    assert said is None or not said.lower().startswith(f"you {line.split()[0].lower()} ")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Audit records for the farm shop's two tills", "you audit records"),
        ("Coach apprentices on roof safety", "you coach apprentices"),
        ("Host events for the kennel club", "you host events"),
    ],
)
def test_a_verb_in_common_use_before_its_plural_object_is_said(line: str, said: str) -> None:
    assert (as_candidate_clause(line) or "").startswith(said)
