"""The naive way to compute the dashboard, for comparison: read the tables, aggregate in pandas.

It reads every row of the columns the figures need (all sessions, all messages with their
text, all feedback, skills and model calls) and filters and aggregates in memory. The
figures are the same as `interview_core.analytics` returns, which `check_same` verifies.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import select

from interview_core.analytics import Filters
from interview_core.db import Database
from interview_core.models import Feedback, FeedbackSkill, InterviewSession, Message, ModelCall

S = InterviewSession


def read_tables(db: Database) -> dict[str, pd.DataFrame]:
    """Every row of the columns the dashboard needs, as DataFrames."""
    queries = {
        "sessions": select(
            S.id,
            S.job_title,
            S.company_name,
            S.question_count,
            S.answer_count,
            S.is_complete,
            S.created_at,
            S.completed_at,
        ),
        "messages": select(Message.session_id, Message.role, Message.content),
        "feedback": select(
            Feedback.session_id,
            Feedback.score,
            Feedback.overall_score,
            Feedback.relevance,
            Feedback.structure,
            Feedback.evidence,
            Feedback.communication,
        ),
        "skills": select(FeedbackSkill.session_id, FeedbackSkill.skill, FeedbackSkill.status),
        "calls": select(
            ModelCall.session_id,
            ModelCall.provider,
            ModelCall.started_at,
            ModelCall.latency_ms,
            ModelCall.outcome,
            ModelCall.fallback,
        ),
    }
    with db.engine.connect() as conn:
        tables = {name: pd.read_sql(q, conn) for name, q in queries.items()}
    for name, column in (
        ("sessions", "created_at"),
        ("sessions", "completed_at"),
        ("calls", "started_at"),
    ):
        tables[name][column] = pd.to_datetime(tables[name][column], utc=True)
    return tables


def _bounds(f: Filters) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    since = pd.Timestamp(datetime.combine(f.start, time(), UTC)) if f.start else None
    until = (
        pd.Timestamp(datetime.combine(f.end + timedelta(days=1), time(), UTC)) if f.end else None
    )
    return since, until


def _select_sessions(t: dict[str, pd.DataFrame], f: Filters) -> pd.DataFrame:
    s = t["sessions"]
    since, until = _bounds(f)
    keep = pd.Series(True, index=s.index)
    if since is not None:
        keep &= s["created_at"] >= since
    if until is not None:
        keep &= s["created_at"] < until
    if f.job_titles:
        keep &= s["job_title"].isin(f.job_titles)
    if f.companies:
        keep &= s["company_name"].isin(f.companies)
    if f.statuses:
        status = np.where(
            s["is_complete"],
            "complete",
            np.where(s["question_count"] > 0, "in_progress", "not_started"),
        )
        keep &= pd.Series(status, index=s.index).isin(f.statuses)
    if f.providers:
        c = t["calls"]
        served = c.loc[(c["outcome"] == "ok") & c["provider"].isin(f.providers), "session_id"]
        keep &= s["id"].isin(served)
    return s[keep]


def compute_all(t: dict[str, pd.DataFrame], f: Filters) -> dict[str, Any]:
    """Every dashboard figure from in-memory tables."""
    out: dict[str, Any] = {}
    periods = {"current": f}
    prev = f.previous()
    if prev is not None:
        periods["previous"] = prev
    headline: dict[str, dict[str, float]] = {}
    user = t["messages"][t["messages"]["role"] == "user"]
    for label, pf in periods.items():
        s = _select_sessions(t, pf)
        started = int((s["question_count"] > 0).sum())
        completed = int(s["is_complete"].sum())
        fb = t["feedback"][t["feedback"]["session_id"].isin(s["id"])]
        done = s[s["is_complete"].astype(bool)]
        seconds = (done["completed_at"] - done["created_at"]).dt.total_seconds()
        minutes = np.floor(seconds + 0.5) / 60  # whole seconds, as the database rounds them
        answers = user.loc[user["session_id"].isin(s["id"]), "content"].str.len()
        headline[label] = {
            "sessions": len(s),
            "started": started,
            "completed": completed,
            "completion_rate": completed / started if started else float("nan"),
            "median_score": fb["overall_score"].median(),
            "median_minutes_to_complete": minutes.median(),
            "median_answer_chars": answers.median(),
        }
    out["headline"] = headline

    s = _select_sessions(t, f)
    out["sessions_per_day"] = s.groupby(s["created_at"].dt.strftime("%Y-%m-%d")).agg(
        sessions=("id", "size"),
        started=("question_count", lambda q: int((q > 0).sum())),
        completed=("is_complete", "sum"),
    )
    out["funnel"] = [int((s["question_count"] >= k).sum()) for k in range(1, 9)]
    fb = t["feedback"][t["feedback"]["session_id"].isin(s["id"])]
    out["score_distribution"] = fb.groupby(fb["overall_score"].clip(upper=99) // 10 * 10).size()
    rubric = fb.merge(s[["id", "job_title"]], left_on="session_id", right_on="id")
    out["rubric"] = rubric.groupby("job_title")[
        ["relevance", "structure", "evidence", "communication"]
    ].mean()
    sk = t["skills"].merge(s[["id", "job_title"]], left_on="session_id", right_on="id")
    sk = sk.assign(gap=sk["status"].isin(["missing", "undemonstrated"]))
    out["skill_gaps"] = sk.groupby(["job_title", "skill"])["gap"].agg(["sum", "size"])
    c = t["calls"]
    since, until = _bounds(f)
    keep = pd.Series(True, index=c.index)
    if since is not None:
        keep &= c["started_at"] >= since
    if until is not None:
        keep &= c["started_at"] < until
    if f.providers:
        keep &= c["provider"].isin(f.providers)
    c = c[keep]
    out["provider_health"] = c.groupby([c["started_at"].dt.strftime("%Y-%m-%d"), "provider"]).agg(
        calls=("latency_ms", "size"),
        mean_latency_ms=("latency_ms", "mean"),
        errors=("outcome", lambda o: int(o.isin(["error", "invalid"]).sum())),
        fallbacks=("fallback", "sum"),
    )
    out["sessions_table"] = (
        s.merge(fb, left_on="id", right_on="session_id", how="left")
        .sort_values(["created_at", "id"], ascending=False)
        .head(500)
    )
    return out


def check_same(naive: dict[str, Any], headline: pd.DataFrame, funnel: pd.DataFrame) -> None:
    """Raise if the naive figures differ from the database's (same definitions, same data)."""
    h = headline.set_index("metric")
    for metric, value in naive["headline"]["current"].items():
        sql = h.loc[metric, "current"]
        if not (pd.isna(sql) and pd.isna(value)) and abs(float(sql) - float(value)) > 1e-6 * max(
            1.0, abs(float(value))
        ):
            raise AssertionError(f"{metric}: database {sql} != pandas {value}")
    if funnel["reached"].tolist() != naive["funnel"]:
        raise AssertionError("funnel differs")
