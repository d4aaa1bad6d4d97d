"""The dashboard's chart builders, on the frames analytics returns for the hand-built data."""

from __future__ import annotations

from typing import Any

import altair as alt

from interview_core import analytics as an
from interview_core.feedback_schema import DIMENSION_LABELS
from interview_core.ui import charts
from tests.helpers.analytics_data import CURRENT


def _spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    return chart.to_dict()


def _data(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows the chart draws (Altair moves inline data into `datasets`)."""
    (rows,) = spec["datasets"].values()
    return rows


def _field(encoding: dict[str, Any], channel: str) -> tuple[str, str]:
    return encoding[channel]["field"], encoding[channel]["type"]


def test_sessions_chart_draws_three_measures_per_period(built) -> None:
    db, _ = built
    frame = an.sessions_over_time(db, CURRENT, "week")
    spec = _spec(charts.sessions_chart(frame, "week"))
    assert spec["title"] == "Sessions per week"
    assert spec["mark"] == {"type": "line", "point": True}
    enc = spec["encoding"]
    assert _field(enc, "x") == ("period", "temporal")
    assert _field(enc, "y") == ("count", "quantitative")
    assert _field(enc, "color") == ("measure", "nominal")
    assert enc["color"]["sort"] == ["sessions", "started", "completed"]
    assert {r["measure"] for r in _data(spec)} == {"sessions", "started", "completed"}
    assert len(_data(spec)) == 3 * len(frame)


def test_funnel_chart_is_bars_labelled_with_the_share_of_started(built) -> None:
    db, _ = built
    spec = _spec(charts.funnel_chart(an.funnel(db, CURRENT)))
    bars, labels = spec["layer"]
    assert bars["mark"]["type"] == "bar" and labels["mark"]["type"] == "text"
    # Both layers share the base's axes.
    for layer in (bars, labels):
        assert _field(layer["encoding"], "x") == ("question", "ordinal")
        assert _field(layer["encoding"], "y") == ("reached", "quantitative")
    assert labels["encoding"]["text"] == {
        "field": "share_of_started",
        "type": "quantitative",
        "format": ".0%",
    }


def test_score_chart_keeps_the_bands_in_order(built) -> None:
    db, _ = built
    frame = an.score_distribution(db, CURRENT)
    spec = _spec(charts.score_chart(frame))
    assert spec["mark"]["type"] == "bar"
    assert _field(spec["encoding"], "x") == ("label", "ordinal")
    assert spec["encoding"]["x"]["sort"] == frame["label"].tolist()
    assert _field(spec["encoding"], "y") == ("sessions", "quantitative")


def test_rubric_chart_is_a_labelled_heat_map_of_the_four_dimensions(built) -> None:
    db, _ = built
    frame = an.rubric_by_job_title(db, CURRENT)
    spec = _spec(charts.rubric_chart(frame))
    cells, labels = spec["layer"]
    assert cells["mark"]["type"] == "rect" and labels["mark"]["type"] == "text"
    assert _field(cells["encoding"], "color") == ("mean", "quantitative")
    assert cells["encoding"]["x"]["sort"] == list(DIMENSION_LABELS.values())
    assert cells["encoding"]["y"]["sort"] == frame["job_title"].tolist()
    assert cells["encoding"]["y"]["axis"]["labelLimit"] == charts.LABEL_LIMIT_PX
    rows = _data(spec)
    assert {r["dimension"] for r in rows} == set(DIMENSION_LABELS.values())
    assert len(rows) == 4 * len(frame)


def test_skills_chart_orders_skills_by_rank(built) -> None:
    db, _ = built
    frame = an.skill_gaps(db, CURRENT)
    spec = _spec(charts.skills_chart(frame))
    assert spec["mark"]["type"] == "rect"
    assert _field(spec["encoding"], "x") == ("job_title", "nominal")
    assert _field(spec["encoding"], "color") == ("gaps", "quantitative")
    expected = frame.sort_values("skill_rank")["skill"].drop_duplicates().tolist()
    assert spec["encoding"]["y"]["sort"] == expected


def test_provider_charts_draw_latency_errors_and_fallbacks_by_provider_label(built) -> None:
    db, _ = built
    frame = an.provider_health(db, CURRENT)
    specs = [_spec(c) for c in charts.provider_charts(frame)]
    assert [s["encoding"]["y"]["field"] for s in specs] == [
        "mean_latency_ms",
        "error_rate",
        "fallback_share",
    ]
    assert [s["title"] for s in specs] == [
        "Provider latency",
        "Provider error rate",
        "Share of calls made as a fallback",
    ]
    for spec in specs:
        assert _field(spec["encoding"], "color") == ("provider", "nominal")
        # Readers see labels, not configuration names.
        shown = {r["provider"] for r in _data(spec)}
        assert shown == {charts.provider_label(p) for p in frame["provider"]}
