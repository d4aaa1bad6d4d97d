"""Altair chart builders shared by the Streamlit pages."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..tracks import DIMENSIONS, TrackProgress

DIMENSION_TITLES = {d: d.capitalize() for d in DIMENSIONS}


def attempts_frame(progress: TrackProgress) -> pd.DataFrame:
    """One row per scored attempt and measure: the overall score and the four dimensions."""
    rows = []
    for a in progress.attempts:
        if a.overall_score is None or a.dimensions is None:
            continue
        rows.append({"attempt": a.attempt, "measure": "Overall", "score": a.overall_score})
        for key, value in a.dimensions.items():
            rows.append({"attempt": a.attempt, "measure": DIMENSION_TITLES[key], "score": value})
    return pd.DataFrame(rows, columns=["attempt", "measure", "score"])


def attempts_chart(frame: pd.DataFrame) -> alt.Chart:
    """Scores per attempt, one line per measure, the overall score drawn thicker."""
    order = ["Overall", *DIMENSION_TITLES.values()]
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
