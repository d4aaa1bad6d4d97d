"""The feedback and AI-settings charts, built by `ui/charts.py` rather than by their pages."""

from __future__ import annotations

from typing import Any

import pandas as pd

from interview_core.feedback_schema import DIMENSION_LABELS
from interview_core.scorer import score_interview
from interview_core.ui import charts
from tests.helpers.feedback import CTX


def _rows(spec: dict[str, Any]) -> list[dict[str, Any]]:
    (rows,) = spec["datasets"].values()
    return rows


def test_dimension_chart_draws_each_dimension_in_its_band_colour() -> None:
    report = score_interview(CTX)
    spec = charts.dimension_chart(report).to_dict()
    rows = _rows(spec)
    assert [r["Dimension"] for r in rows] == [
        DIMENSION_LABELS[k] for k in report.dimensions.model_dump()
    ]
    for row in rows:
        assert row["Colour"] == charts.band(row["Score"])
    bars = spec["layer"][0]["encoding"]
    assert bars["x"]["scale"]["domain"] == [0, 100]


def test_band_colours_follow_the_score_bands() -> None:
    assert charts.band(90) == charts.BAND_HEX["strong"]
    assert charts.band(10) == charts.BAND_HEX["weak"]


def test_latency_chart_puts_p50_and_p95_side_by_side_per_provider() -> None:
    health = pd.DataFrame(
        {"provider": ["offline", "gemini"], "p50_ms": [4.0, 800.0], "p95_ms": [9.0, 2100.0]}
    )
    spec = charts.latency_chart(health).to_dict()
    rows = _rows(spec)
    assert {(r["provider"], r["percentile"], r["latency_ms"]) for r in rows} == {
        ("offline", "p50", 4.0),
        ("offline", "p95", 9.0),
        ("gemini", "p50", 800.0),
        ("gemini", "p95", 2100.0),
    }
    assert spec["encoding"]["yOffset"]["field"] == "percentile"
