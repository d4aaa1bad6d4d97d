"""The reading figures on the labelled development set meet their targets."""

from __future__ import annotations

import pytest

from bench.devset import load_pairs
from bench.eval_reading import TARGETS, format_metrics, reading_metrics


def test_reading_targets_on_the_dev_set() -> None:
    pairs = load_pairs("dev")
    if not pairs:
        pytest.skip("the development set has no pairs yet")
    metrics = reading_metrics(pairs)
    misses = {
        k: v
        for k, v in metrics.items()
        if k in TARGETS and (v > TARGETS[k] if k == "job_blurb_leaks" else v < TARGETS[k])
    }
    assert not misses, format_metrics("dev", metrics)


def test_reading_metrics_are_shares() -> None:
    metrics = reading_metrics(load_pairs())
    assert set(TARGETS) <= set(metrics)
    assert all(0.0 <= v <= 1.0 for k, v in metrics.items() if k not in ("pairs", "job_blurb_leaks"))


_DANGLING = {
    "at",
    "in",
    "of",
    "for",
    "with",
    "to",
    "from",
    "on",
    "by",
    "and",
    "or",
    "the",
    "a",
    "an",
}


def test_every_read_name_is_whole() -> None:
    """On every labelled CV, no title or employer has open brackets or a dangling word."""
    from interview_core.language.profile import analyse_cv

    for pair in load_pairs():
        for role in analyse_cv(pair.cv_text).roles:
            for name in (role.title, role.employer or ""):
                assert name.count("(") == name.count(")"), (pair.id, name)
                assert not name or name.split()[-1].lower() not in _DANGLING, (pair.id, name)


def test_a_label_matches_a_skill_in_the_plural_the_dictionary_gives() -> None:
    from bench.eval_reading import _skill_matches
    from interview_core.language.skills import Skill

    assert _skill_matches(Skill("Category strategies", "listed"), ["Category strategy"])
    assert _skill_matches(Skill("Analyses", "listed"), ["Analysis"])
