"""Small server-drawn SVG charts for the shim's pages (no script needed to see them)."""

from __future__ import annotations

from dataclasses import dataclass

from ..feedback_schema import DIMENSION_LABELS
from ..tracks import TrackProgress

WIDTH, HEIGHT = 640, 290
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 70, 50, 16, 66
LEGEND_STEP = 110  # horizontal room per legend entry
# Overall first and thickest; one colour per rubric dimension.
SERIES: tuple[tuple[str, str, float], ...] = (
    ("overall", "#1f3a93", 3.5),
    ("relevance", "#2e8b57", 1.5),
    ("structure", "#e6a028", 1.5),
    ("evidence", "#8e44ad", 1.5),
    ("communication", "#c8463c", 1.5),
)


@dataclass(frozen=True)
class Series:
    """One series: its name, label, colour, stroke width and (x, y, value) points."""

    name: str
    label: str
    colour: str
    width: float
    points: tuple[tuple[float, float, float], ...]

    @property
    def path(self) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in self.points)


@dataclass(frozen=True)
class AttemptsChart:
    """What `track.html` draws: axes, attempt ticks and one line per measure."""

    width: int
    height: int
    ticks: tuple[tuple[float, int], ...]
    gridlines: tuple[tuple[float, int], ...]
    lines: tuple[Series, ...]
    legend_y: float
    legend: tuple[tuple[float, Series], ...]


def attempts_svg(progress: TrackProgress) -> AttemptsChart | None:
    """Scores by attempt laid out for an SVG line chart; None without two scored attempts."""
    scored = [a for a in progress.attempts if a.overall_score is not None and a.dimensions]
    if len(scored) < 2:
        return None
    inner_w = WIDTH - PAD_LEFT - PAD_RIGHT
    inner_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    step = inner_w / (len(scored) - 1)

    def x(i: int) -> float:
        return PAD_LEFT + i * step

    def y(value: float) -> float:
        return PAD_TOP + inner_h * (1 - value / 100)

    lines = []
    for name, colour, width in SERIES:
        values = [
            float(a.overall_score if name == "overall" else a.dimensions[name])  # type: ignore[index]
            for a in scored
        ]
        lines.append(
            Series(
                name,
                DIMENSION_LABELS.get(name, "Overall"),
                colour,
                width,
                tuple((x(i), y(v), v) for i, v in enumerate(values)),
            )
        )
    return AttemptsChart(
        width=WIDTH,
        height=HEIGHT,
        ticks=tuple((x(i), a.attempt) for i, a in enumerate(scored)),
        gridlines=tuple((y(v), v) for v in (0, 25, 50, 75, 100)),
        lines=tuple(lines),
        legend_y=HEIGHT - 16,
        legend=tuple((PAD_LEFT + i * LEGEND_STEP, line) for i, line in enumerate(lines)),
    )
