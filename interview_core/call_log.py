"""The `model_calls` table: what the provider chain reports about its calls, written and read."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from .context import CallRecord
from .models import DEMO_OWNER_PREFIX, InterviewSession, ModelCall

if TYPE_CHECKING:
    import pandas as pd

    from .db import Database

# The columns `recent_calls` returns, in order.
CALL_COLUMNS = (
    "started_at",
    "provider",
    "model",
    "purpose",
    "outcome",
    "latency_ms",
    "tokens_in",
    "tokens_out",
    "fallback",
    "error",
)


def store_calls(s: Session, session_id: int | None, calls: Iterable[CallRecord]) -> None:
    """Add one `ModelCall` row per record to the open Session `s`."""
    s.add_all(
        ModelCall(
            session_id=session_id,
            provider=c.provider,
            model=c.model,
            purpose=c.purpose,
            latency_ms=c.latency_ms,
            tokens_in=c.tokens_in,
            tokens_out=c.tokens_out,
            outcome=c.outcome,
            error=c.error,
            fallback=c.fallback,
        )
        for c in calls
    )


def recent_calls(db: Database, limit: int = 200) -> pd.DataFrame:
    """The latest `limit` real rows of ``model_calls``, newest first, as a DataFrame.

    Calls simulated for demo sessions are never shown: they would pass for real health.
    """
    import pandas as pd

    demo = exists().where(
        InterviewSession.id == ModelCall.session_id,
        InterviewSession.owner.startswith(DEMO_OWNER_PREFIX),
    )
    with db.session() as s:
        rows = s.execute(
            select(*(getattr(ModelCall, c) for c in CALL_COLUMNS))
            .where(~demo)
            .order_by(ModelCall.started_at.desc(), ModelCall.id.desc())
            .limit(limit)
        ).all()
    return pd.DataFrame([tuple(r) for r in rows], columns=list(CALL_COLUMNS))


def call_health(calls: pd.DataFrame) -> pd.DataFrame:
    """Per provider over `calls` (from `recent_calls`): calls, failures, error rate, p50/p95
    latency and answers given as a fallback; skipped calls are not counted.

    The dashboard's `analytics.provider_health` is the same idea over time, in SQL.
    """
    import pandas as pd

    columns = ["provider", "calls", "failed", "error_rate", "p50_ms", "p95_ms", "fallback_answers"]
    made = calls[calls["outcome"] != "skipped"] if not calls.empty else calls
    if made.empty:
        return pd.DataFrame(columns=columns)
    made = made.assign(
        failed=made["outcome"].isin(["error", "invalid"]),
        fallback_answer=(made["outcome"] == "ok") & made["fallback"].astype(bool),
    )
    grouped = made.groupby("provider", sort=True)
    health = pd.DataFrame(
        {
            "calls": grouped.size(),
            "failed": grouped["failed"].sum().astype(int),
            "p50_ms": grouped["latency_ms"].quantile(0.5),
            "p95_ms": grouped["latency_ms"].quantile(0.95),
            "fallback_answers": grouped["fallback_answer"].sum().astype(int),
        }
    )
    health["error_rate"] = health["failed"] / health["calls"]
    return health.reset_index()[columns]
