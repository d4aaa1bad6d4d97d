"""The demo-data command: build the pool, simulate sessions, write them in batches.

Rows are written in batches: SQLAlchemy Core executemany on SQLite, COPY on PostgreSQL.
Everything follows from `seed` and `end` (the last day), so a run can be reproduced.
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TextIO

from sqlalchemy import delete, func, select

from ..ai.base import Provider
from ..db import Database
from ..models import (
    DEMO_OWNER_PREFIX,
    Base,
    Feedback,
    FeedbackSkill,
    InterviewSession,
    Message,
    ModelCall,
)
from .pool import Scorer, build_pool, default_interviewer, default_scorer, pool_size_for
from .simulator import Rows, Simulator, creation_times, incidents
from .writers import CopyWriter, CoreWriter, Writer

DEFAULT_DAYS = 90
BATCH_SESSIONS = 2_000


@dataclass(frozen=True)
class DemoSummary:
    """What a run wrote."""

    sessions: int
    messages: int
    model_calls: int
    feedback: int
    pool: int
    seconds: float


class ProgressLine:
    """A one-line progress display on a text stream (stderr by default)."""

    def __init__(self, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.started = time.perf_counter()
        self._last = 0.0

    def __call__(self, label: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if done < total and now - self._last < 0.2:
            return
        self._last = now
        share = done / total if total else 1.0
        bar = "#" * int(share * 30)
        self.stream.write(
            f"\r{label:<9} [{bar:<30}] {done:>9,}/{total:,} {share:>4.0%} "
            f"{now - self.started:6.1f}s"
        )
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def remove_demo_sessions(db: Database) -> int:
    """Delete every session the demo generator made (and their rows); returns how many."""
    demo = select(InterviewSession.id).where(InterviewSession.owner.startswith(DEMO_OWNER_PREFIX))
    with db.engine.begin() as conn:
        conn.execute(delete(ModelCall).where(ModelCall.session_id.in_(demo)))
        conn.execute(delete(FeedbackSkill).where(FeedbackSkill.session_id.in_(demo)))
        conn.execute(delete(Feedback).where(Feedback.session_id.in_(demo)))
        conn.execute(delete(Message).where(Message.session_id.in_(demo)))
        result = conn.execute(
            delete(InterviewSession).where(InterviewSession.owner.startswith(DEMO_OWNER_PREFIX))
        )
        return result.rowcount or 0


def generate(
    db: Database,
    sessions: int,
    *,
    seed: int = 7,
    end: date | None = None,
    days: int = DEFAULT_DAYS,
    pool_size: int | None = None,
    interviewer: Provider | None = None,
    scorer: Scorer | None = None,
    progress: ProgressLine | None = None,
    batch: int = BATCH_SESSIONS,
) -> DemoSummary:
    """Add `sessions` demo sessions created over the `days` days ending on `end` (today)."""
    if sessions < 1:
        raise ValueError("The number of sessions must be at least 1.")
    if days < 1:
        raise ValueError("The number of days must be at least 1.")
    started = time.perf_counter()
    end = end or datetime.now(UTC).date()
    report = progress or ProgressLine(enabled=False)
    size = pool_size or pool_size_for(sessions)
    pool = build_pool(
        size,
        seed,
        interviewer or default_interviewer(),
        scorer or default_scorer(),
        progress=lambda done, total: report("pool", done, total),
        year=end.year,
    )
    rng = random.Random(f"sessions-{seed}")
    simulator = Simulator(rng, pool, incidents(rng, end, days))
    times = creation_times(rng, sessions, end, days)
    writer: Writer = CopyWriter() if db.dialect == "postgresql" else CoreWriter()
    counts = {"messages": 0, "calls": 0, "feedback": 0}
    for offset in range(0, sessions, batch):
        rows = Rows()
        for created in times[offset : offset + batch]:
            simulator.session(created, rows)
        with db.engine.begin() as conn:
            writer.write(conn, rows)
        counts["messages"] += len(rows.messages)
        counts["calls"] += len(rows.calls)
        counts["feedback"] += len(rows.feedback)
        report("sessions", min(offset + batch, sessions), sessions)
    _refresh_statistics(db)
    return DemoSummary(
        sessions=sessions,
        messages=counts["messages"],
        model_calls=counts["calls"],
        feedback=counts["feedback"],
        pool=len(pool),
        seconds=time.perf_counter() - started,
    )


def _refresh_statistics(db: Database) -> None:
    """Fresh planner statistics, so the new rows are planned for at once.

    On PostgreSQL, VACUUM also marks the new pages all-visible, as autovacuum would soon
    after a bulk load, which lets the dashboard's covering indexes answer on their own.
    """
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if db.dialect == "postgresql":
            tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.exec_driver_sql(f"VACUUM ANALYZE {tables}")
        else:
            conn.exec_driver_sql("ANALYZE")


def count_rows(db: Database) -> dict[str, int]:
    """Rows per table, for reports."""
    tables = {
        "sessions": InterviewSession,
        "messages": Message,
        "feedback": Feedback,
        "feedback_skills": FeedbackSkill,
        "model_calls": ModelCall,
    }
    with db.engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(model)).scalar_one()
            for name, model in tables.items()
        }
