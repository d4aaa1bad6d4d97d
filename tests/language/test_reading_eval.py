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
    misses = {k: v for k, v in metrics.items() if k in TARGETS and v < TARGETS[k]}
    assert not misses, format_metrics("dev", metrics)


def test_reading_metrics_are_shares() -> None:
    metrics = reading_metrics(load_pairs())
    assert set(TARGETS) <= set(metrics)
    assert all(0.0 <= v <= 1.0 for k, v in metrics.items() if k != "pairs")
