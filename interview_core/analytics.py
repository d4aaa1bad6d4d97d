"""Dashboard data: every figure is aggregated in the database and returned as a pandas frame.

Each function takes the same `Filters` and applies them the same way, so every chart on the
dashboard describes the same set of sessions. Nothing here reads messages row by row into
Python: counts, medians (a window over per-value counts), funnels and heatmaps are
computed by SQL that runs unchanged on SQLite and PostgreSQL; the few dialect differences
(calendar buckets, time differences) live in small compiled expressions at the top. The
indexes these queries lean on are declared with the models (see docs/benchmarks.md).

Definitions used throughout:

- a session belongs to the day it was *created* (UTC);
- status: `complete` (8th answer stored), `in_progress` (at least one question, not
  complete), `not_started` (no question yet);
- a session matches a provider when that provider answered at least one of its calls
  (`model_calls.outcome = 'ok'`);
- completion rate = completed / started; time to complete = creation to the 8th answer,
  in whole seconds; answer length = characters of an answer.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

import pandas as pd
from sqlalchemy import (
    Date,
    Float,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    not_,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from .auth import Actor, Role
from .context import MAX_QUESTIONS
from .db import Database
from .feedback_schema import DIMENSION_NAMES
from .interview import MessageView, SessionSummary, conversation, get_session
from .models import (
    DEMO_OWNER_PREFIX,
    Feedback,
    FeedbackSkill,
    InterviewSession,
    Message,
    ModelCall,
)
from .untrusted import csv_cell

Status = Literal["complete", "in_progress", "not_started"]
STATUSES: tuple[Status, ...] = ("complete", "in_progress", "not_started")
Grain = Literal["day", "week"]
GAP_STATUSES = ("missing", "undemonstrated")
FAILED_OUTCOMES = ("error", "invalid")

S = InterviewSession


# --- dialect-specific expressions -------------------------------------------------------


class _DayBucket(FunctionElement[date]):
    """The UTC calendar day of a timestamp."""

    type = Date()
    inherit_cache = True
    name = "day_bucket"


class _WeekBucket(FunctionElement[date]):
    """The Monday (UTC) of a timestamp's ISO week."""

    type = Date()
    inherit_cache = True
    name = "week_bucket"


class _SecondsBetween(FunctionElement[int]):
    """Whole seconds from the first timestamp to the second (rounded)."""

    type = Integer()
    inherit_cache = True
    name = "seconds_between"


class _WeekOfDay(FunctionElement[date]):
    """The Monday of the week of a day (as `_DayBucket` gives it)."""

    type = Date()
    inherit_cache = True
    name = "week_of_day"


# SQLite keeps UTC timestamps as text, 'YYYY-MM-DD HH:MM:SS.ffffff', so the first ten
# characters are the UTC day. Written with literal arguments, the expression matches the
# SQLite-only index ix_model_calls_day_sqlite, which saves the provider chart a sort.
@compiles(_DayBucket, "sqlite")
def _day_sqlite(element: _DayBucket, compiler: Any, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 10)"


# On PostgreSQL a date is cheaper to make and to group by than text.
@compiles(_DayBucket, "postgresql")
def _day_postgresql(element: _DayBucket, compiler: Any, **kw: Any) -> str:
    return f"CAST(timezone('UTC', {compiler.process(element.clauses, **kw)}) AS date)"


@compiles(_WeekBucket, "sqlite")
def _week_sqlite(element: _WeekBucket, compiler: Any, **kw: Any) -> str:
    # 'weekday 0' moves forward to Sunday (or stays on it); six days back is that week's Monday.
    return f"date({compiler.process(element.clauses, **kw)}, 'weekday 0', '-6 days')"


@compiles(_WeekBucket, "postgresql")
def _week_postgresql(element: _WeekBucket, compiler: Any, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    return f"CAST(date_trunc('week', timezone('UTC', {arg})) AS date)"


@compiles(_WeekOfDay, "sqlite")
def _week_of_day_sqlite(element: _WeekOfDay, compiler: Any, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, 'weekday 0', '-6 days')"


@compiles(_WeekOfDay, "postgresql")
def _week_of_day_postgresql(element: _WeekOfDay, compiler: Any, **kw: Any) -> str:
    arg = compiler.process(element.clauses, **kw)
    # Date arithmetic keeps the session time zone out of it: Monday is ISO day 1.
    return f"({arg} - CAST(extract(isodow FROM {arg}) AS integer) + 1)"


@compiles(_SecondsBetween, "sqlite")
def _seconds_sqlite(element: _SecondsBetween, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(round((julianday({end}) - julianday({start})) * 86400.0) AS INTEGER)"


@compiles(_SecondsBetween, "postgresql")
def _seconds_postgresql(element: _SecondsBetween, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(round(EXTRACT(EPOCH FROM ({end} - {start}))) AS INTEGER)"


def _bucket(column: ColumnElement[Any], grain: Grain) -> ColumnElement[str]:
    return _WeekBucket(column) if grain == "week" else _DayBucket(column)


def _float(expr: ColumnElement[Any]) -> ColumnElement[float]:
    # PostgreSQL averages integers as NUMERIC; a float keeps frames numeric everywhere.
    return cast(expr, Float)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    # FILTER (SQLite 3.30+, PostgreSQL) is faster than SUM(CASE ...) on both.
    return func.count().filter(condition)


# --- filters ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What the dashboard shows: a date range (inclusive, UTC days) and optional facets.

    An empty tuple means "any". Every analytics function applies all of them.
    """

    start: date | None = None
    end: date | None = None
    job_titles: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()
    providers: tuple[str, ...] = ()
    include_demo: bool = True
    """Whether sessions made by the demo-data generator count."""

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValueError("The start of the date range is after its end.")
        unknown = set(self.statuses) - set(STATUSES)
        if unknown:
            raise ValueError(f"Unknown status: {', '.join(sorted(unknown))}")

    @property
    def since(self) -> datetime | None:
        """The first instant of the range."""
        return datetime.combine(self.start, time(), UTC) if self.start else None

    @property
    def until(self) -> datetime | None:
        """The first instant after the range."""
        return datetime.combine(self.end + timedelta(days=1), time(), UTC) if self.end else None

    @property
    def days(self) -> int | None:
        """Length of the range in days, when both ends are set."""
        if self.start and self.end:
            return (self.end - self.start).days + 1
        return None

    def previous(self) -> Filters | None:
        """The same filters over the equally long period just before; None without a range."""
        if self.start is None or self.end is None:
            return None
        length = timedelta(days=(self.end - self.start).days + 1)
        return replace(self, start=self.start - length, end=self.end - length)


def _facet_conditions(f: Filters) -> list[ColumnElement[bool]]:
    """Every filter except the date range, as conditions on `interview_sessions`."""
    conditions: list[ColumnElement[bool]] = []
    if not f.include_demo:
        conditions.append(not_(S.owner.startswith(DEMO_OWNER_PREFIX)))
    if f.job_titles:
        conditions.append(S.job_title.in_(f.job_titles))
    if f.companies:
        conditions.append(S.company_name.in_(f.companies))
    if f.statuses:
        by_status: dict[str, ColumnElement[bool]] = {
            "complete": S.is_complete.is_(True),
            "in_progress": and_(S.question_count > 0, S.is_complete.is_(False)),
            "not_started": S.question_count == 0,
        }
        conditions.append(or_(*(by_status[s] for s in f.statuses)))
    if f.providers:
        conditions.append(
            exists().where(
                ModelCall.session_id == S.id,
                ModelCall.provider.in_(f.providers),
                ModelCall.outcome == "ok",
            )
        )
    return conditions


def _range_conditions(
    column: ColumnElement[datetime], since: datetime | None, until: datetime | None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(column >= since)
    if until is not None:
        conditions.append(column < until)
    return conditions


def session_conditions(f: Filters) -> list[ColumnElement[bool]]:
    """All of `f` as WHERE conditions on `interview_sessions`."""
    return _range_conditions(S.created_at, f.since, f.until) + _facet_conditions(f)


def _status_expr() -> ColumnElement[str]:
    return case(
        (S.is_complete.is_(True), "complete"),
        (S.question_count > 0, "in_progress"),
        else_="not_started",
    )


def _frame(db: Database, stmt: Select[Any]) -> pd.DataFrame:
    with db.engine.connect() as conn:
        result = conn.execute(stmt)
        return pd.DataFrame(result.all(), columns=list(result.keys()))


def _frames(db: Database, statements: dict[str, Select[Any]]) -> dict[str, pd.DataFrame]:
    """Run independent queries at once, each on its own pooled connection.

    The database does the work and the drivers release the GIL meanwhile, so the
    slowest query sets the time instead of the sum. An in-memory SQLite database is one
    connection per thread, so there they run one after the other.
    """
    if db.dialect == "sqlite" and db.engine.url.database in (None, "", ":memory:"):
        return {name: _frame(db, stmt) for name, stmt in statements.items()}
    with ThreadPoolExecutor(max_workers=len(statements)) as pool:
        futures = {name: pool.submit(_frame, db, stmt) for name, stmt in statements.items()}
        return {name: future.result() for name, future in futures.items()}


def _median_stmt(
    value: ColumnElement[Any], keys: Sequence[ColumnElement[Any]], stmt: Select[Any]
) -> Select[Any]:
    """A query for the median of `value` per `keys` over the FROM/WHERE of `stmt`.

    Its columns are the keys' own names and `median`.

    The middle value (or the mean of the two middle values) of each group: the same
    definition as PostgreSQL's percentile_cont(0.5), written so SQLite can run it too. The
    values are first counted per distinct value, then a running total over those few
    rows finds the middle: far cheaper than numbering every row when, as for lengths and
    scores, many rows share a value.
    """
    labelled = [k.label(f"k{i}") for i, k in enumerate(keys)]
    inner = stmt.with_only_columns(*labelled, value.label("v")).where(value.is_not(None)).subquery()
    ik = [inner.c[f"k{i}"] for i in range(len(keys))]
    counts = select(*ik, inner.c.v, func.count().label("c")).group_by(*ik, inner.c.v).subquery()
    ck = [counts.c[f"k{i}"] for i in range(len(keys))]
    running = select(
        *ck,
        counts.c.v,
        # Integers, so that halving below is integer division on every database.
        cast(
            func.sum(counts.c.c).over(partition_by=ck or None, order_by=counts.c.v), Integer
        ).label("upto"),
        cast(func.sum(counts.c.c).over(partition_by=ck or None), Integer).label("n"),
    ).subquery()
    rk = [running.c[f"k{i}"] for i in range(len(keys))]
    lower = func.min(case((running.c.upto >= (running.c.n + 1) // 2, running.c.v)))
    upper = func.min(case((running.c.upto >= running.c.n // 2 + 1, running.c.v)))
    return select(
        *(c.label(k.key) for c, k in zip(rk, keys, strict=True)),
        _float((lower + upper) / 2.0).label("median"),
    ).group_by(*rk)


# --- access, filter choices and the empty state -----------------------------------------


def can_view_dashboard(actor: Actor) -> bool:
    """Recruiters and admins read analytics over every session; coaches do not."""
    return actor.role in (Role.RECRUITER, Role.ADMIN)


@dataclass(frozen=True)
class FilterOptions:
    """The values the dashboard's filters can take, read from the data."""

    job_titles: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    providers: tuple[str, ...] = ()
    first_day: date | None = None
    last_day: date | None = None
    statuses: tuple[Status, ...] = field(default=STATUSES)
    demo_sessions: int = 0
    """How many sessions the demo-data generator made (0: the filter is not offered)."""


def data_stamp(db: Database) -> tuple[int, ...]:
    """A cheap fingerprint that changes whenever sessions, answers or feedback change.

    Session count (deletions) and the highest ids of every table written by an interview;
    each is read from an index, so the dashboard can key its cache on it at every render.
    """
    with db.engine.connect() as conn:
        row = conn.execute(
            select(
                select(func.count()).select_from(S).scalar_subquery(),
                select(func.max(S.id)).scalar_subquery(),
                select(func.max(Message.id)).scalar_subquery(),
                select(func.max(Feedback.id)).scalar_subquery(),
                select(func.max(ModelCall.id)).scalar_subquery(),
            )
        ).one()
    return tuple(int(v or 0) for v in row)


def has_sessions(db: Database) -> bool:
    """True once the database holds at least one session."""
    with db.engine.connect() as conn:
        return conn.execute(select(S.id).limit(1)).first() is not None


def filter_options(db: Database) -> FilterOptions:
    """Distinct job titles, companies and providers, and the first and last session day."""
    with db.engine.connect() as conn:
        titles = conn.scalars(select(S.job_title).distinct().order_by(S.job_title)).all()
        companies = conn.scalars(select(S.company_name).distinct().order_by(S.company_name)).all()
        providers = conn.scalars(
            select(ModelCall.provider).distinct().order_by(ModelCall.provider)
        ).all()
        first, last = conn.execute(select(func.min(S.created_at), func.max(S.created_at))).one()
        demo = conn.scalar(
            select(func.count()).select_from(S).where(S.owner.startswith(DEMO_OWNER_PREFIX))
        )
    return FilterOptions(
        demo_sessions=int(demo or 0),
        job_titles=tuple(titles),
        companies=tuple(companies),
        providers=tuple(providers),
        first_day=first.date() if first else None,
        last_day=last.date() if last else None,
    )


# --- headline metrics -------------------------------------------------------------------

HEADLINE_METRICS = (
    "sessions",
    "started",
    "completed",
    "completion_rate",
    "median_score",
    "median_minutes_to_complete",
    "median_answer_chars",
)


def headline(db: Database, f: Filters) -> pd.DataFrame:
    """The headline figures for the period and the one before it.

    One row per metric (see HEADLINE_METRICS) with columns `current`, `previous` and
    `delta` (current - previous); `previous` and `delta` are NaN without a closed date range.
    """
    prev = f.previous()
    since = prev.since if prev else f.since
    period = (
        case((S.created_at >= f.since, "current"), else_="previous")
        if prev
        else literal("current", String)
    ).label("period")
    base = select(S.id).where(
        *_range_conditions(S.created_at, since, f.until), *_facet_conditions(f)
    )

    frames = _frames(
        db,
        {
            "counts": base.with_only_columns(
                period,
                func.count().label("sessions"),
                _count_if(S.question_count > 0).label("started"),
                _count_if(S.is_complete.is_(True)).label("completed"),
            ).group_by(period),
            "score": _median_stmt(
                Feedback.overall_score, [period], base.join(Feedback, Feedback.session_id == S.id)
            ),
            # Whole seconds: few distinct values, so the median's counting step stays small.
            "seconds": _median_stmt(
                _SecondsBetween(S.created_at, S.completed_at),
                [period],
                base.where(S.is_complete.is_(True)),
            ),
            # A stored length: the median never reads the answers' text.
            "answer_chars": _median_stmt(
                Message.content_chars,
                [period],
                base.join(Message, Message.session_id == S.id).where(Message.role == "user"),
            ),
        },
    )
    counts = frames["counts"].set_index("period")
    score = frames["score"].set_index("period")["median"]
    seconds = frames["seconds"].set_index("period")["median"]
    answer_chars = frames["answer_chars"].set_index("period")["median"]

    periods = ["current", "previous"]
    table = counts.reindex(periods)[["sessions", "started", "completed"]].astype(float)
    if prev is None:
        table.loc["previous"] = float("nan")
    else:
        table = table.fillna(0.0)
    table["completion_rate"] = table["completed"] / table["started"].where(table["started"] > 0)
    table["median_score"] = score.reindex(periods)
    table["median_minutes_to_complete"] = seconds.reindex(periods) / 60
    table["median_answer_chars"] = answer_chars.reindex(periods)
    if prev is None:
        table.loc["previous"] = float("nan")

    out = table.T.reindex(list(HEADLINE_METRICS))
    out["delta"] = out["current"] - out["previous"]
    out.index.name = "metric"
    out.columns.name = None
    return out.reset_index()


# --- charts -----------------------------------------------------------------------------


def sessions_over_time(db: Database, f: Filters, grain: Grain = "day") -> pd.DataFrame:
    """Sessions created, started and completed per day or week (zero-filled over the range)."""
    bucket = _bucket(S.created_at, grain).label("period")
    stmt = (
        select(
            bucket,
            func.count().label("sessions"),
            _count_if(S.question_count > 0).label("started"),
            _count_if(S.is_complete.is_(True)).label("completed"),
        )
        .where(*session_conditions(f))
        .group_by(bucket)
        .order_by(bucket)
    )
    frame = _frame(db, stmt)
    frame["period"] = pd.to_datetime(frame["period"])
    if frame.empty:
        return frame.astype({"sessions": int, "started": int, "completed": int})
    # Days without sessions are zero, not missing, so lines do not jump over them.
    lo = pd.Timestamp(f.start) if f.start else frame["period"].min()
    hi = pd.Timestamp(f.end) if f.end else frame["period"].max()
    if grain == "week":
        lo = lo - pd.Timedelta(days=lo.weekday())
    full = pd.date_range(lo, hi, freq="W-MON" if grain == "week" else "D", name="period")
    return frame.set_index("period").reindex(full, fill_value=0).reset_index()


def funnel(db: Database, f: Filters) -> pd.DataFrame:
    """How many sessions reached (and answered) each question 1-8, and the share of starters."""
    stmt = select(
        *(_count_if(S.question_count >= k).label(f"q{k}") for k in range(1, MAX_QUESTIONS + 1)),
        *(_count_if(S.answer_count >= k).label(f"a{k}") for k in range(1, MAX_QUESTIONS + 1)),
    ).where(*session_conditions(f))
    row = _frame(db, stmt).fillna(0).iloc[0]
    questions = list(range(1, MAX_QUESTIONS + 1))
    reached = [int(row[f"q{k}"]) for k in questions]
    answered = [int(row[f"a{k}"]) for k in questions]
    started = reached[0]
    return pd.DataFrame(
        {
            "question": questions,
            "reached": reached,
            "answered": answered,
            "share_of_started": [r / started if started else float("nan") for r in reached],
        }
    )


SCORE_BAND_WIDTH = 10


def score_distribution(db: Database, f: Filters) -> pd.DataFrame:
    """Completed interviews per band of the overall score: 0–9, 10–19, … 90–100."""
    band = case(
        (Feedback.overall_score >= 100, 100 - SCORE_BAND_WIDTH),
        else_=cast(Feedback.overall_score / SCORE_BAND_WIDTH, Integer) * SCORE_BAND_WIDTH,
    ).label("band")
    stmt = (
        select(band, func.count().label("sessions"))
        .join(S, S.id == Feedback.session_id)
        .where(*session_conditions(f))
        .group_by(band)
    )
    frame = _frame(db, stmt).set_index("band")
    bands = range(0, 100, SCORE_BAND_WIDTH)
    frame = frame.reindex(bands, fill_value=0).rename_axis("band").reset_index()
    frame["band"] = frame["band"].astype(int)
    frame["label"] = [
        f"{b}–{b + SCORE_BAND_WIDTH - 1 if b + SCORE_BAND_WIDTH < 100 else 100}"
        for b in frame["band"]
    ]
    return frame[["band", "label", "sessions"]]


def rubric_by_job_title(db: Database, f: Filters, limit: int = 12) -> pd.DataFrame:
    """Mean rubric dimensions per job title, for the `limit` titles with most feedback."""
    sessions = func.count().label("sessions")
    stmt = (
        select(
            S.job_title.label("job_title"),
            sessions,
            *(_float(func.avg(getattr(Feedback, d))).label(d) for d in DIMENSION_NAMES),
        )
        .join(Feedback, Feedback.session_id == S.id)
        .where(*session_conditions(f))
        .group_by(S.job_title)
        .order_by(sessions.desc(), S.job_title)
        .limit(limit)
    )
    return _frame(db, stmt)


def skill_gaps(
    db: Database, f: Filters, top_skills: int = 15, top_titles: int = 10
) -> pd.DataFrame:
    """Job-description skills most often missing or undemonstrated, per job title.

    One row per (job_title, skill) among the `top_skills` skills with most gaps overall
    and the `top_titles` titles with most gaps: `missing`, `undemonstrated`, `gaps` (their
    sum), `assessed` (times the skill was in a job description) and `gap_share`.

    The statuses are the ones the feedback stored (`scorer.summary.skill_coverage`): a skill
    is missing only when neither the CV nor an answer shows it or a skill implying it
    (Terraform shows infrastructure as code), so the heat map follows the same rule.
    """
    gap = FeedbackSkill.status.in_(GAP_STATUSES)
    grouped = (
        select(
            S.job_title.label("job_title"),
            FeedbackSkill.skill.label("skill"),
            _count_if(FeedbackSkill.status == "missing").label("missing"),
            _count_if(FeedbackSkill.status == "undemonstrated").label("undemonstrated"),
            _count_if(gap).label("gaps"),
            func.count().label("assessed"),
        )
        .join(S, S.id == FeedbackSkill.session_id)
        .where(*session_conditions(f))
        .group_by(S.job_title, FeedbackSkill.skill)
        .subquery()
    )
    totals = select(
        grouped,
        func.sum(grouped.c.gaps).over(partition_by=grouped.c.skill).label("skill_gaps"),
        func.sum(grouped.c.gaps).over(partition_by=grouped.c.job_title).label("title_gaps"),
    ).subquery()
    ranked = select(
        totals,
        func.dense_rank()
        .over(order_by=(totals.c.skill_gaps.desc(), totals.c.skill))
        .label("skill_rank"),
        func.dense_rank()
        .over(order_by=(totals.c.title_gaps.desc(), totals.c.job_title))
        .label("title_rank"),
    ).subquery()
    stmt = (
        select(
            ranked.c.job_title,
            ranked.c.skill,
            ranked.c.missing,
            ranked.c.undemonstrated,
            ranked.c.gaps,
            ranked.c.assessed,
            ranked.c.skill_rank,
        )
        .where(
            ranked.c.skill_rank <= top_skills,
            ranked.c.title_rank <= top_titles,
            ranked.c.skill_gaps > 0,
        )
        .order_by(ranked.c.skill_rank, ranked.c.title_rank)
    )
    frame = _frame(db, stmt)
    frame["gap_share"] = frame["gaps"] / frame["assessed"]
    return frame


def provider_health(db: Database, f: Filters, grain: Grain = "day") -> pd.DataFrame:
    """Per provider and day (or week): calls, mean latency, error rate and fallback share.

    Calls count in the period they were made; the job title, company and status filters
    select the calls of matching sessions, the provider filter the calls to those providers.
    """
    day = _DayBucket(ModelCall.started_at)
    stmt = select(
        day.label("day"),
        ModelCall.provider.label("provider"),
        func.count().label("calls"),
        func.sum(ModelCall.latency_ms).label("latency"),
        _count_if(ModelCall.outcome.in_(FAILED_OUTCOMES)).label("errors"),
        _count_if(ModelCall.fallback.is_(True)).label("fallbacks"),
    ).where(*_range_conditions(ModelCall.started_at, f.since, f.until))
    if db.dialect == "sqlite" and f.start and f.end:
        # The same range on the day expression lets SQLite read ix_model_calls_day_sqlite
        # in day order and group without sorting.
        stmt = stmt.where(day >= f.start, day <= f.end)
    if f.providers:
        stmt = stmt.where(ModelCall.provider.in_(f.providers))
    facets = _facet_conditions(replace(f, providers=()))
    if facets:
        stmt = stmt.where(ModelCall.session_id.in_(select(S.id).where(*facets)))
    daily = stmt.group_by(day, ModelCall.provider).subquery()
    # Weeks are rolled up from the (few) daily rows.
    period = (daily.c.day if grain == "day" else _WeekOfDay(daily.c.day)).label("period")
    rolled = (
        select(
            period,
            daily.c.provider,
            cast(func.sum(daily.c.calls), Integer).label("calls"),
            _float(func.sum(daily.c.latency) / func.sum(daily.c.calls)).label("mean_latency_ms"),
            cast(func.sum(daily.c.errors), Integer).label("errors"),
            cast(func.sum(daily.c.fallbacks), Integer).label("fallbacks"),
        )
        .group_by(period, daily.c.provider)
        .order_by(period, daily.c.provider)
    )
    frame = _frame(db, rolled)
    frame["period"] = pd.to_datetime(frame["period"])
    frame["error_rate"] = frame["errors"] / frame["calls"]
    frame["fallback_share"] = frame["fallbacks"] / frame["calls"]
    return frame


# --- the sessions table, its CSV and the drill-down ------------------------------------

SESSION_COLUMNS: dict[str, ColumnElement[Any]] = {
    "id": S.id,
    "created_at": S.created_at,
    "job_title": S.job_title,
    "company_name": S.company_name,
    "status": _status_expr(),
    "questions": S.question_count,
    "answers": S.answer_count,
    "score": Feedback.score,
    "overall_score": Feedback.overall_score,
    "minutes_to_complete": _float(_SecondsBetween(S.created_at, S.completed_at) / 60.0),
    "feedback_by": Feedback.generated_by,
}
SORTABLE = tuple(SESSION_COLUMNS)


def _sessions_stmt(f: Filters, sort: str, descending: bool) -> Select[Any]:
    if sort not in SESSION_COLUMNS:
        raise ValueError(f"Cannot sort by {sort!r}; choose one of {', '.join(SORTABLE)}.")
    key = SESSION_COLUMNS[sort]
    order = key.desc() if descending else key.asc()
    # The id breaks ties so pages and exports have one stable order.
    tie = S.id.desc() if descending else S.id.asc()
    return (
        select(*(col.label(name) for name, col in SESSION_COLUMNS.items()))
        .select_from(S)
        .outerjoin(Feedback, Feedback.session_id == S.id)
        .where(*session_conditions(f))
        .order_by(order.nulls_last(), tie)
    )


def sessions_table(
    db: Database,
    f: Filters,
    sort: str = "created_at",
    descending: bool = True,
    limit: int = 500,
    offset: int = 0,
) -> pd.DataFrame:
    """One page of the filtered sessions, sorted in the database."""
    return _frame(db, _sessions_stmt(f, sort, descending).limit(limit).offset(offset))


def sessions_csv(
    db: Database, f: Filters, sort: str = "created_at", descending: bool = True
) -> bytes:
    """Every filtered session as CSV (UTF-8, header row), streamed from the database."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    with db.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=5_000).execute(
            _sessions_stmt(f, sort, descending)
        )
        writer.writerow(result.keys())
        for part in result.partitions():
            writer.writerows(
                [_csv_value(v) for v in row]
                for row in part  # one partition at a time
            )
    return out.getvalue().encode("utf-8")


def _csv_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds").replace("+00:00", "Z")
    if isinstance(value, float):
        return round(value, 1)
    # Titles and company names are user text: never a formula in a spreadsheet.
    return csv_cell(value)


@dataclass(frozen=True)
class SessionDetail:
    """One session for the drill-down: header, transcript, feedback and its skills."""

    summary: SessionSummary
    transcript: pd.DataFrame
    feedback: dict[str, Any] | None
    skills: pd.DataFrame


def session_detail(db: Database, actor: Actor, session_id: int) -> SessionDetail:
    """The drill-down of one session, if `actor` may read it."""
    summary = get_session(db, actor, session_id)
    messages: list[MessageView] = conversation(db, actor, session_id)
    transcript = pd.DataFrame(
        [
            {
                "question": m.question_index,
                "role": "interviewer" if m.role == "assistant" else "candidate",
                "content": m.content,
                "timestamp": m.timestamp,
                "provider": m.provider,
                "fallback": m.fallback,
            }
            for m in messages
        ],
        columns=["question", "role", "content", "timestamp", "provider", "fallback"],
    )
    feedback: dict[str, Any] | None = None
    with db.session() as s:
        # get_session above has checked that `actor` may read this session.
        row = s.scalar(select(Feedback).where(Feedback.session_id == summary.id))
        skills = pd.DataFrame(columns=["skill", "status"])
        if row is not None:
            feedback = {
                "score": row.score,
                "overall_score": row.overall_score,
                **{d: getattr(row, d) for d in DIMENSION_NAMES},
                "generated_by": row.generated_by,
                "fallback": row.fallback,
                "payload": row.payload,
            }
            skill_rows = s.execute(
                select(FeedbackSkill.skill, FeedbackSkill.status)
                .where(FeedbackSkill.feedback_id == row.id)
                .order_by(FeedbackSkill.status, FeedbackSkill.skill)
            ).all()
            skills = pd.DataFrame(skill_rows, columns=["skill", "status"])
    return SessionDetail(summary, transcript, feedback, skills)


__all__ = [
    "FAILED_OUTCOMES",
    "GAP_STATUSES",
    "HEADLINE_METRICS",
    "SORTABLE",
    "STATUSES",
    "FilterOptions",
    "Filters",
    "SessionDetail",
    "can_view_dashboard",
    "filter_options",
    "funnel",
    "has_sessions",
    "headline",
    "provider_health",
    "rubric_by_job_title",
    "score_distribution",
    "session_conditions",
    "session_detail",
    "sessions_csv",
    "sessions_over_time",
    "sessions_table",
    "skill_gaps",
]
