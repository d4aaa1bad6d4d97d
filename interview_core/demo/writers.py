"""Bulk writers of simulated rows: SQLAlchemy Core on any database, COPY on PostgreSQL.

Column lists come from the models' tables and the keys the simulator fills, so a column
added to a model needs no change here unless the demo should fill it.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator
from typing import Any, Protocol

from sqlalchemy import JSON, Connection, Table, insert

from ..models import Feedback, FeedbackSkill, InterviewSession, Message, ModelCall
from .simulator import Rows

SESSIONS: Table = InterviewSession.__table__  # type: ignore[assignment]
MESSAGES: Table = Message.__table__  # type: ignore[assignment]
CALLS: Table = ModelCall.__table__  # type: ignore[assignment]
FEEDBACK: Table = Feedback.__table__  # type: ignore[assignment]
FEEDBACK_SKILLS: Table = FeedbackSkill.__table__  # type: ignore[assignment]

# Keys a writer fills itself (ids, and the links to rows of the same batch).
_LINKS = frozenset({"id", "session_id", "feedback_id"})


def columns(table: Table, keys: Collection[str]) -> tuple[str, ...]:
    """The columns of `table` that rows with `keys` fill, in table order, links left out."""
    unknown = set(keys) - set(table.c.keys())
    if unknown:
        raise ValueError(f"{table.name} has no columns {sorted(unknown)}")
    return tuple(c.name for c in table.columns if c.name in keys and c.name not in _LINKS)


def feedback_values(row: dict[str, Any], session_id: int) -> dict[str, Any]:
    """A scorer's feedback row as column values of `session_id`'s Feedback row."""
    values = {k: v for k, v in row.items() if k in FEEDBACK.c and k != "id"}
    values["session_id"] = session_id
    return values


class Writer(Protocol):
    """Writes one batch of rows inside the caller's transaction."""

    def write(self, conn: Connection, rows: Rows) -> None: ...


class CoreWriter:
    """Any database: SQLAlchemy Core executemany, ids back through RETURNING."""

    def write(self, conn: Connection, rows: Rows) -> None:
        """Insert one batch inside the caller's transaction."""
        result = conn.execute(
            insert(SESSIONS).returning(SESSIONS.c.id, sort_by_parameter_order=True),
            rows.sessions,
        )
        ids = [r[0] for r in result]
        if rows.messages:
            conn.execute(insert(MESSAGES), [{"session_id": ids[k], **m} for k, m in rows.messages])
        if rows.calls:
            conn.execute(insert(CALLS), [{"session_id": ids[k], **c} for k, c in rows.calls])
        if rows.feedback:
            fb_ids = [
                r[0]
                for r in conn.execute(
                    insert(FEEDBACK).returning(FEEDBACK.c.id, sort_by_parameter_order=True),
                    [feedback_values(row, ids[k]) for k, _, row in rows.feedback],
                )
            ]
            skill_rows = [
                {**s, "feedback_id": fid, "session_id": ids[k]}
                for (k, item, _), fid in zip(rows.feedback, fb_ids, strict=True)
                for s in item.skills
            ]
            if skill_rows:
                conn.execute(insert(FEEDBACK_SKILLS), skill_rows)


class CopyWriter:
    """PostgreSQL: ids from the sequences, then COPY, several times faster than INSERT."""

    def _ids(self, conn: Connection, table: Table, n: int) -> list[int]:
        # pg_get_serial_sequence finds the sequence whatever it was named.
        seq = conn.exec_driver_sql(
            f"SELECT pg_get_serial_sequence('{table.name}', 'id')"
        ).scalar_one()
        return list(
            conn.exec_driver_sql(
                "SELECT nextval(%(seq)s) FROM generate_series(1, %(n)s)", {"seq": seq, "n": n}
            ).scalars()
        )

    def _copy(
        self,
        conn: Connection,
        table: Table,
        names: Iterable[str],
        rows: Iterator[tuple[Any, ...]],
    ) -> None:
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def write(self, conn: Connection, rows: Rows) -> None:
        """Insert one batch inside the caller's transaction."""
        ids = self._ids(conn, SESSIONS, len(rows.sessions))
        cols = columns(SESSIONS, rows.sessions[0].keys())
        self._copy(
            conn,
            SESSIONS,
            ("id", *cols),
            ((sid, *(s[c] for c in cols)) for sid, s in zip(ids, rows.sessions, strict=True)),
        )
        for table, linked in ((MESSAGES, rows.messages), (CALLS, rows.calls)):
            if linked:
                cols = columns(table, linked[0][1].keys())
                self._copy(
                    conn,
                    table,
                    ("session_id", *cols),
                    ((ids[k], *(r[c] for c in cols)) for k, r in linked),
                )
        if not rows.feedback:
            return
        fb_ids = self._ids(conn, FEEDBACK, len(rows.feedback))
        fb_cols = columns(FEEDBACK, feedback_values(rows.feedback[0][2], 0).keys())
        json_cols = {c for c in fb_cols if isinstance(FEEDBACK.c[c].type, JSON)}
        texts: dict[tuple[int, str], str] = {}  # one JSON text per pool interview, not per session

        def feedback_rows() -> Iterator[tuple[Any, ...]]:
            for fid, (k, item, row) in zip(fb_ids, rows.feedback, strict=True):
                values = feedback_values(row, ids[k])
                yield (
                    fid,
                    ids[k],
                    *(
                        texts.setdefault((id(item), c), json.dumps(values[c]))
                        if c in json_cols
                        else values[c]
                        for c in fb_cols
                    ),
                )

        self._copy(conn, FEEDBACK, ("id", "session_id", *fb_cols), feedback_rows())
        skills = [
            (fid, ids[k], s)
            for (k, item, _), fid in zip(rows.feedback, fb_ids, strict=True)
            for s in item.skills
        ]
        if skills:
            skill_cols = columns(FEEDBACK_SKILLS, skills[0][2].keys())
            self._copy(
                conn,
                FEEDBACK_SKILLS,
                ("feedback_id", "session_id", *skill_cols),
                ((fid, sid, *(s[c] for c in skill_cols)) for fid, sid, s in skills),
            )
