"""Altair chart builders of the Streamlit pages: feedback, progress, dashboard, AI settings.

Each takes the frame an `analytics` or `tracks` function returns and gives back a chart;
pages only decide whether to draw it.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..feedback_schema import DIMENSION_LABELS, FeedbackReport, ScoreBand, score_band
from ..tracks import TrackProgress
from .components import provider_label

# Axis labels (job titles, skills) may take this much room before they are shortened.
LABEL_LIMIT_PX = 180
# Colours of the score bands on chart bars.
BAND_HEX: dict[ScoreBand, str] = {"strong": "#2e8b57", "fair": "#e6a028", "weak": "#c8463c"}


def band(value: int) -> str:
    """The colour of a 0-100 score."""
    return BAND_HEX[score_band(value)]


def dimension_chart(report: FeedbackReport) -> alt.Chart:
    """Horizontal bars of the four rubric dimensions on a fixed 0-100 scale."""
    frame = pd.DataFrame(
        {
            "Dimension": [DIMENSION_LABELS[k] for k in report.dimensions.model_dump()],
            "Score": list(report.dimensions.model_dump().values()),
        }
    )
    frame["Colour"] = frame["Score"].map(band)
    base = alt.Chart(frame).encode(
        y=alt.Y("Dimension:N", sort=None, title=None),
        x=alt.X(
            "Score:Q",
            scale=alt.Scale(domain=[0, 100]),
            axis=alt.Axis(values=[0, 25, 50, 75, 100]),
            title="Score (0-100)",
        ),
    )
    bars = base.mark_bar(cornerRadiusEnd=3).encode(
        color=alt.Color("Colour:N", scale=None), tooltip=["Dimension", "Score"]
    )
    labels = base.mark_text(align="left", dx=4).encode(text="Score:Q")
    return (bars + labels).properties(height=170)


def attempts_frame(progress: TrackProgress) -> pd.DataFrame:
    """One row per scored attempt and measure: the overall score and the four dimensions."""
    rows = []
    for a in progress.attempts:
        if a.overall_score is None or a.dimensions is None:
            continue
        rows.append({"attempt": a.attempt, "measure": "Overall", "score": a.overall_score})
        for key, value in a.dimensions.items():
            rows.append({"attempt": a.attempt, "measure": DIMENSION_LABELS[key], "score": value})
    return pd.DataFrame(rows, columns=["attempt", "measure", "score"])


def attempts_chart(frame: pd.DataFrame) -> alt.Chart:
    """Scores per attempt, one line per measure, the overall score drawn thicker."""
    order = ["Overall", *DIMENSION_LABELS.values()]
    return (
        alt.Chart(frame, title="Scores by attempt (0-100)")
        .mark_line(point=True)
        .encode(
            x=alt.X("attempt:O", title="Attempt", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("score:Q", title=None, scale=alt.Scale(domain=[0, 100])),
            color=alt.Color(
                "measure:N", title=None, sort=order, legend=alt.Legend(orient="bottom", columns=3)
            ),
            strokeWidth=alt.condition(alt.datum.measure == "Overall", alt.value(4), alt.value(1.5)),
            tooltip=["attempt:O", "measure:N", alt.Tooltip("score:Q", format=".0f")],
        )
    )


# --- the recruiters' dashboard -----------------------------------------------------------


def sessions_chart(frame: pd.DataFrame, grain: str) -> alt.Chart:
    """Sessions created, started and completed per period (`analytics.sessions_over_time`)."""
    long = frame.melt("period", ["sessions", "started", "completed"], "measure", "count")
    return (
        alt.Chart(long, title=f"Sessions per {grain}")
        # Points too, so a period of one day is still drawn.
        .mark_line(point=True)
        .encode(
            x=alt.X("period:T", title=None),
            y=alt.Y("count:Q", title="Sessions", axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color(
                "measure:N",
                title=None,
                sort=["sessions", "started", "completed"],
                legend=alt.Legend(orient="bottom"),
            ),
            tooltip=["period:T", "measure:N", "count:Q"],
        )
    )


def funnel_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Sessions that reached each question, labelled with the share of started ones."""
    base = alt.Chart(frame, title="Drop-off: sessions that reached each question").encode(
        x=alt.X("question:O", title="Question"),
        y=alt.Y("reached:Q", title="Sessions", axis=alt.Axis(tickMinStep=1, format="d")),
        tooltip=[
            "question:O",
            "reached:Q",
            "answered:Q",
            alt.Tooltip("share_of_started:Q", format=".0%", title="share of started"),
        ],
    )
    labels = base.mark_text(dy=-8).encode(text=alt.Text("share_of_started:Q", format=".0%"))
    return base.mark_bar() + labels


def score_chart(frame: pd.DataFrame) -> alt.Chart:
    """Interviews per overall-score bucket, buckets in the frame's order."""
    return (
        alt.Chart(frame, title="Score distribution")
        .mark_bar()
        .encode(
            x=alt.X("label:O", title="Score (0-100)", sort=frame["label"].tolist()),
            y=alt.Y("sessions:Q", title="Interviews", axis=alt.Axis(tickMinStep=1, format="d")),
            tooltip=[alt.Tooltip("label:O", title="score"), "sessions:Q"],
        )
    )


def rubric_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """A heat map of the mean rubric dimensions per job title, means written in the cells."""
    long = frame.melt(["job_title", "sessions"], list(DIMENSION_LABELS), "dimension", "mean")
    long["dimension"] = long["dimension"].map(DIMENSION_LABELS)
    base = alt.Chart(long, title="Mean rubric dimensions by job title").encode(
        x=alt.X("dimension:N", title=None, sort=list(DIMENSION_LABELS.values())),
        y=alt.Y(
            "job_title:N",
            title=None,
            sort=frame["job_title"].tolist(),
            axis=alt.Axis(labelLimit=LABEL_LIMIT_PX),
        ),
        tooltip=[
            "job_title:N",
            "dimension:N",
            alt.Tooltip("mean:Q", format=".1f"),
            alt.Tooltip("sessions:Q", title="interviews"),
        ],
    )
    cells = base.mark_rect().encode(
        color=alt.Color(
            "mean:Q",
            title="Mean (0-100)",
            scale=alt.Scale(scheme="blues"),
            legend=alt.Legend(orient="bottom"),
        )
    )
    labels = base.mark_text().encode(text=alt.Text("mean:Q", format=".0f"))
    return cells + labels


def skills_chart(frame: pd.DataFrame) -> alt.Chart:
    """A heat map of interviews with a skill gap, skills by rank, per job title."""
    skills = frame.sort_values("skill_rank")["skill"].drop_duplicates().tolist()
    return (
        alt.Chart(frame, title="Job skills most often missing or not shown")
        .mark_rect()
        .encode(
            x=alt.X("job_title:N", title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT_PX)),
            y=alt.Y("skill:N", title=None, sort=skills, axis=alt.Axis(labelLimit=LABEL_LIMIT_PX)),
            color=alt.Color(
                "gaps:Q",
                title="Interviews with a gap",
                scale=alt.Scale(scheme="oranges"),
                legend=alt.Legend(orient="bottom"),
            ),
            tooltip=[
                "job_title:N",
                "skill:N",
                "missing:Q",
                "undemonstrated:Q",
                "assessed:Q",
                alt.Tooltip("gap_share:Q", format=".0%", title="share with a gap"),
            ],
        )
    )


def provider_charts(frame: pd.DataFrame) -> list[alt.Chart]:
    """Latency, error rate and fallback share over time, one line per provider."""
    frame = frame.assign(provider=frame["provider"].map(provider_label))
    base = alt.Chart(frame).encode(
        x=alt.X("period:T", title=None),
        color=alt.Color(
            "provider:N", title="Provider", legend=alt.Legend(orient="bottom", columns=2)
        ),
        tooltip=[
            "period:T",
            "provider:N",
            "calls:Q",
            alt.Tooltip("mean_latency_ms:Q", format=",.0f"),
            alt.Tooltip("error_rate:Q", format=".1%"),
            alt.Tooltip("fallback_share:Q", format=".1%"),
        ],
    )
    return [
        base.mark_line()
        .encode(y=alt.Y("mean_latency_ms:Q", title="Mean latency (ms)"))
        .properties(title="Provider latency"),
        base.mark_line()
        .encode(y=alt.Y("error_rate:Q", title="Error rate", axis=alt.Axis(format="%")))
        .properties(title="Provider error rate"),
        base.mark_line()
        .encode(y=alt.Y("fallback_share:Q", title="Fallback share", axis=alt.Axis(format="%")))
        .properties(title="Share of calls made as a fallback"),
    ]


def latency_chart(health: pd.DataFrame) -> alt.Chart:
    """p50 and p95 latency per provider, side by side, from `call_log` health rows."""
    latencies = health.melt(
        id_vars="provider",
        value_vars=["p50_ms", "p95_ms"],
        var_name="percentile",
        value_name="latency_ms",
    ).replace({"percentile": {"p50_ms": "p50", "p95_ms": "p95"}})
    return (
        alt.Chart(latencies, title="Latency per provider")
        .mark_bar()
        .encode(
            x=alt.X("latency_ms:Q", title="Latency (ms)"),
            y=alt.Y("provider:N", title=None),
            yOffset=alt.YOffset("percentile:N"),
            color=alt.Color("percentile:N", title="Percentile"),
            tooltip=["provider", "percentile", alt.Tooltip("latency_ms:Q", format=".0f")],
        )
    )
