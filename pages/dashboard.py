"""Recruiters' dashboard: headline figures, charts, the sessions table and a drill-down.

Every figure comes from `interview_core.analytics`, which aggregates in the database; this
page chooses filters, formats numbers and draws the charts `interview_core.ui.charts` builds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pandas as pd
import streamlit as st

from interview_core import analytics
from interview_core.analytics import Filters
from interview_core.errors import InterviewError
from interview_core.feedback_schema import DIMENSION_LABELS
from interview_core.session_status import DASHBOARD_STATUS_LABELS, SESSION_STATUS_LABELS
from interview_core.ui import charts, components, navigation
from interview_core.ui.resources import get_actor, get_database, get_settings

navigation.ensure_entry_point()

CACHE_TTL_S = 60
# Shared by every browser session: a page's frames (8 queries) for a few filter choices at
# once, then the oldest go. The TTL and this bound keep the process's memory flat.
CACHE_FRAMES = 64
CACHE_SMALL = 16
TABLE_ROWS = 500
DEFAULT_DAYS = 30
# The same command as the README's tour (a test keeps the two equal).
DEMO_COMMAND = ".venv/bin/python -m interview_core demo-data --sessions 500"

COLUMN_LABELS = {
    "id": "Session",
    "created_at": "Created (UTC)",
    "job_title": "Job title",
    "company_name": "Company",
    "status": "Status",
    "questions": "Questions",
    "answers": "Answers",
    "overall_score": "Score (0-100)",
    "minutes_to_complete": "Minutes to complete",
    "feedback_by": "Feedback by",
}

st.set_page_config(page_title="Dashboard · Mock Interview Studio", layout="wide")

db = get_database()
actor = get_actor()
url = get_settings().database_url

# --- cached queries (keyed by database and filters) -------------------------------------

_QUERIES: dict[str, Callable[..., pd.DataFrame]] = {
    "headline": analytics.headline,
    "sessions_over_time": analytics.sessions_over_time,
    "funnel": analytics.funnel,
    "score_distribution": analytics.score_distribution,
    "rubric_by_job_title": analytics.rubric_by_job_title,
    "skill_gaps": analytics.skill_gaps,
    "provider_health": analytics.provider_health,
    "sessions_table": analytics.sessions_table,
}


# Cached frames are keyed by the data stamp too, so any write (this app, another process,
# the demo-data command) is seen at the next render; the TTL only bounds memory.
@st.cache_data(ttl=CACHE_TTL_S, show_spinner=False, max_entries=CACHE_FRAMES)
def load(
    name: str, database_url: str, stamp: tuple[int, ...], filters: Filters, **options: Any
) -> pd.DataFrame:
    """One analytics frame; `database_url` keeps databases apart in the cache."""
    return _QUERIES[name](get_database(), filters, **options)


@st.cache_data(ttl=CACHE_TTL_S, show_spinner=False, max_entries=CACHE_SMALL)
def load_options(database_url: str, stamp: tuple[int, ...]) -> analytics.FilterOptions:
    """The filter choices found in the data."""
    return analytics.filter_options(get_database())


@st.cache_data(ttl=CACHE_TTL_S, show_spinner=False, max_entries=CACHE_FRAMES)
def read_at(database_url: str, stamp: tuple[int, ...], filters: Filters) -> datetime:
    """When the figures shown for this data and these filters were read."""
    return datetime.now(UTC)


def refresh() -> None:
    """Forget every cached figure, so the next render reads the database again."""
    load.clear()
    load_options.clear()
    read_at.clear()


# --- formatting -------------------------------------------------------------------------


def _missing(value: Any) -> bool:
    return value is None or pd.isna(value)


def fmt_value(metric: str, value: Any) -> str:
    """A headline value as people read it."""
    if _missing(value):
        return "—"
    if metric == "completion_rate":
        return f"{value * 100:.0f}%"
    if metric == "median_score":
        return f"{value:.0f} / 100"
    if metric == "median_minutes_to_complete":
        return f"{value:.0f} min"
    if metric == "median_answer_chars":
        return f"{value:,.0f} chars"
    return f"{value:,.0f}"


def fmt_delta(metric: str, delta: Any) -> str | None:
    """The change against the previous period, with its unit; None when there is none."""
    if _missing(delta):
        return None
    if metric == "completion_rate":
        return f"{delta * 100:+.1f} pp"
    if metric == "median_minutes_to_complete":
        return f"{delta:+.0f} min"
    if metric == "median_answer_chars":
        return f"{delta:+,.0f} chars"
    return f"{delta:+,.0f}"


HEADLINE_LABELS = {
    "sessions": ("Sessions", "Sessions created in the period."),
    "started": ("Started", "Sessions with at least one question asked."),
    "completed": ("Completed", "Sessions whose 8th question was answered."),
    "completion_rate": ("Completion rate", "Completed as a share of started."),
    "median_score": ("Median score", "Median overall feedback score (0-100)."),
    "median_minutes_to_complete": (
        "Median time to complete",
        "From creating the session to the 8th answer.",
    ),
    "median_answer_chars": ("Median answer length", "Characters per answer."),
}
# Which way is good: a longer or shorter interview is neither.
DELTA_COLOURS = {"median_minutes_to_complete": "off", "median_answer_chars": "off"}


# --- sections ---------------------------------------------------------------------------


def comparison_caption(filters: Filters) -> str:
    """'1 – 7 Mar 2025, compared with the 7 days before.' in plain words."""
    if not (filters.start and filters.end):
        return "All time. All times UTC."
    period = (
        f"{filters.start:%d %b %Y}"
        if filters.start == filters.end
        else f"{filters.start:%d %b %Y} – {filters.end:%d %b %Y}"
    )
    before = "the day before" if filters.days == 1 else f"the {filters.days} days before"
    return f"{period}, compared with {before}. All times UTC."


def filter_bar(options: analytics.FilterOptions) -> tuple[Filters, str]:
    """The sidebar filters; returns them and the chart grain."""
    last = options.last_day or date.today()
    first = options.first_day or last
    with st.sidebar:
        st.header("Filters", anchor=False)
        picked = st.date_input(
            "Date range (UTC)",
            value=(max(first, last - timedelta(days=DEFAULT_DAYS - 1)), last),
            key="dash_dates",
            help="Sessions created on these days. Deltas compare with the period just before.",
        )
        titles = st.multiselect("Job title", options.job_titles, key="dash_titles")
        companies = st.multiselect("Company", options.companies, key="dash_companies")
        statuses = st.multiselect(
            "Status",
            analytics.STATUSES,
            format_func=DASHBOARD_STATUS_LABELS.__getitem__,
            key="dash_statuses",
        )
        providers = st.multiselect(
            "Provider",
            options.providers,
            format_func=components.provider_label,
            key="dash_providers",
            help="Sessions in which this provider answered at least one call.",
        )
        include_demo = True
        if options.demo_sessions:
            include_demo = st.toggle(
                f"Include {options.demo_sessions:,} demo sessions",
                value=True,
                key="dash_demo",
                help="Sessions made by the demo-data command, not by real candidates.",
            )
        grain = st.segmented_control("Chart by", ["day", "week"], default="day", key="dash_grain")
    dates = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
    start = dates[0] if dates else None
    end = dates[1] if len(dates) > 1 else start  # while a range is half picked
    filters = Filters(
        start=start,
        end=end,
        job_titles=tuple(titles),
        companies=tuple(companies),
        statuses=tuple(statuses),
        providers=tuple(providers),
        include_demo=include_demo,
    )
    return filters, grain or "day"


def headline_section(frame: pd.DataFrame) -> None:
    """Seven headline metrics with their change against the previous period."""
    rows = {r.metric: r for r in frame.itertuples()}
    names = list(analytics.HEADLINE_METRICS)
    for chunk in (names[:4], names[4:]):
        for column, metric in zip(st.columns(4), chunk, strict=False):
            label, help_text = HEADLINE_LABELS[metric]
            row = rows[metric]
            column.metric(
                label,
                fmt_value(metric, row.current),
                fmt_delta(metric, row.delta),
                delta_color=DELTA_COLOURS.get(metric, "normal"),
                help=help_text,
                border=True,
            )


def chart_or_note(chart: Callable[[], Any], frame: pd.DataFrame, note: str) -> None:
    """Draw the chart, or say why there is nothing to draw."""
    if frame.empty or ("sessions" in frame and frame["sessions"].sum() == 0):
        st.caption(note)
    else:
        st.altair_chart(chart(), width="stretch")


def table_section(filters: Filters, total: int) -> int | None:
    """The sorted sessions table with its CSV export; returns the session picked, if any."""
    st.subheader("Sessions", anchor=False)
    sort_col, order_col, export_col = st.columns([3, 2, 2], vertical_alignment="bottom")
    choices = [c for c in analytics.SORTABLE if c in COLUMN_LABELS]  # the 1-10 score is CSV-only
    sort = sort_col.selectbox(
        "Sort by",
        choices,
        index=choices.index("created_at"),
        format_func=COLUMN_LABELS.__getitem__,
        key="dash_sort",
    )
    descending = order_col.toggle("Descending", value=True, key="dash_desc")
    table = load(
        "sessions_table", url, stamp, filters, sort=sort, descending=descending, limit=TABLE_ROWS
    )
    export_col.download_button(
        "Download CSV",
        # Built only when clicked: the export holds every filtered row, not just this page.
        data=lambda: analytics.sessions_csv(db, filters, sort, descending),
        file_name="interview-sessions.csv",
        mime="text/csv",
        icon=":material/download:",
        key="dash_csv",
        width="stretch",
    )
    if total > len(table):
        st.caption(
            f"Showing the first {len(table):,} of {total:,} sessions; the CSV has them all. "
            "Pick a row to open its transcript and feedback."
        )
    else:
        st.caption(f"{total:,} sessions. Pick a row to open its transcript and feedback.")
    # One scale on screen (0-100; the CSV keeps the 1-10 score for API users), and a dash
    # where there is no value yet rather than a grey "None".
    shown = table.drop(columns=["score"]).assign(
        status=table["status"].map(DASHBOARD_STATUS_LABELS),
        overall_score=table["overall_score"].map(lambda v: "—" if _missing(v) else f"{v:.0f}"),
        minutes_to_complete=table["minutes_to_complete"].map(
            lambda v: "—" if _missing(v) else f"{v:.0f}"
        ),
        feedback_by=table["feedback_by"].map(
            lambda v: "—" if _missing(v) else components.provider_label(v)
        ),
    )
    event = st.dataframe(
        shown,
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key="dash_table",
        column_config={
            name: st.column_config.Column(label) for name, label in COLUMN_LABELS.items()
        }
        | {
            "created_at": st.column_config.DatetimeColumn(
                COLUMN_LABELS["created_at"], format="YYYY-MM-DD HH:mm"
            ),
        },
    )
    rows = event.selection.rows if event is not None else []
    return int(table.iloc[rows[0]]["id"]) if rows else None


def drill_down(session_id: int) -> None:
    """One session's transcript and feedback."""
    try:
        detail = analytics.session_detail(db, actor, session_id)
    except InterviewError as exc:
        st.warning(exc.message)
        return
    summary = detail.summary
    title = components.escape_markdown(f"{summary.job_title} at {summary.company_name}")
    st.subheader(f"Session {summary.id}: {title}", anchor=False)
    st.caption(
        f"{SESSION_STATUS_LABELS.get(summary.status, summary.status)} · "
        f"{summary.progress.question_count} questions, {summary.progress.answer_count} answers · "
        f"created {components.format_when(summary.created_at)}"
    )
    transcript_tab, feedback_tab = st.tabs(["Transcript", "Feedback"])
    with transcript_tab:
        if detail.transcript.empty:
            st.caption("No questions were asked in this session.")
        for row in detail.transcript.itertuples():
            avatar = "assistant" if row.role == "interviewer" else "user"
            with st.chat_message(avatar):
                if row.role == "interviewer":
                    who = components.provider_label(row.provider)
                    st.caption(f"Question {row.question} · {components.escape_markdown(who)}")
                st.markdown(components.escape_markdown(row.content))
    with feedback_tab:
        feedback = detail.feedback
        if feedback is None:
            st.caption("No feedback: the interview was not completed.")
            return
        cols = st.columns(5)
        cols[0].metric("Score", f"{feedback['overall_score']} / 100")
        for col, (key, label) in zip(cols[1:], DIMENSION_LABELS.items(), strict=True):
            col.metric(label, f"{feedback[key]:.0f}")
        st.caption(
            f"Written by {components.provider_label(feedback['generated_by'])}"
            + (" (fallback)" if feedback["fallback"] else "")
        )
        payload = feedback["payload"] or {}
        for key, title in (("strengths", "Strengths"), ("weaknesses", "Weaknesses")):
            points = payload.get(key) or []
            if points:
                st.markdown(f"**{title}**")
                st.markdown("\n".join(f"- {components.escape_markdown(str(p))}" for p in points))
        if not detail.skills.empty:
            st.markdown("**Job-description skills**")
            st.dataframe(detail.skills, hide_index=True)


# --- the page ---------------------------------------------------------------------------

st.title("Dashboard", anchor=False)

if not analytics.can_view_dashboard(actor):
    st.error("The dashboard is for recruiters and admins.")
    st.stop()

if not analytics.has_sessions(db):
    st.info(
        "No interview sessions yet, so there is nothing to chart. Run some interviews, or fill "
        "the database with realistic demo data:",
        icon=":material/monitoring:",
    )
    st.code(DEMO_COMMAND, language="bash")
    st.stop()

stamp = analytics.data_stamp(db)
options = load_options(url, stamp)
filters, grain = filter_bar(options)

steps = [
    ("headline", {}),
    ("sessions_over_time", {"grain": grain}),
    ("funnel", {}),
    ("score_distribution", {}),
    ("rubric_by_job_title", {}),
    ("skill_gaps", {}),
    ("provider_health", {"grain": grain}),
]
frames: dict[str, pd.DataFrame] = {}
bar = st.progress(0.0, text="Loading figures…")
for done, (name, kwargs) in enumerate(steps, start=1):
    frames[name] = load(name, url, stamp, filters, **kwargs)
    bar.progress(done / len(steps), text=f"Loading figures… {done} of {len(steps)}")
bar.empty()

caption_col, refresh_col = st.columns([5, 1], vertical_alignment="center")
read = read_at(url, stamp, filters)
demo_note = ""
if options.demo_sessions:
    demo_note = (
        f" Includes {options.demo_sessions:,} demo sessions."
        if filters.include_demo
        else " Demo sessions left out."
    )
caption_col.caption(
    f"{comparison_caption(filters)} Figures read at {read:%H:%M:%S} UTC.{demo_note}"
)
refresh_col.button(
    "Refresh",
    icon=":material/refresh:",
    on_click=refresh,
    key="dash_refresh",
    help="Read the figures again now.",
    width="stretch",
)
headline_section(frames["headline"])

left, right = st.columns(2)
with left:
    chart_or_note(
        lambda: charts.sessions_chart(frames["sessions_over_time"], grain),
        frames["sessions_over_time"],
        "No sessions in this period.",
    )
    chart_or_note(
        lambda: charts.score_chart(frames["score_distribution"]),
        frames["score_distribution"],
        "No feedback in this period yet.",
    )
with right:
    funnel = frames["funnel"]
    if funnel["reached"].iloc[0] == 0:
        st.caption("No interview was started in this period.")
    else:
        st.altair_chart(charts.funnel_chart(funnel), width="stretch")
    chart_or_note(
        lambda: charts.rubric_chart(frames["rubric_by_job_title"]),
        frames["rubric_by_job_title"],
        "No feedback in this period yet.",
    )
chart_or_note(
    lambda: charts.skills_chart(frames["skill_gaps"]),
    frames["skill_gaps"],
    "No skill gaps recorded in this period.",
)
if frames["provider_health"].empty:
    st.caption("No model calls in this period.")
else:
    for column, chart in zip(
        st.columns(3), charts.provider_charts(frames["provider_health"]), strict=True
    ):
        column.altair_chart(chart, width="stretch")

headline = frames["headline"].set_index("metric")
total = int(headline.loc["sessions", "current"])
picked = table_section(filters, total)
st.divider()
st.subheader("Open a session", anchor=False)
typed = st.number_input(
    "Session id",
    min_value=1,
    step=1,
    value=None,
    key="dash_open",
    placeholder="Pick a row above or type an id",
)
chosen = picked or (int(typed) if typed else None)
if chosen:
    drill_down(chosen)
