"""Can the database take writes now? Readiness for operators, causes named in plain words.

Liveness (`/healthz`) only proves the database answers a query, which a read-only file, a
read-only PostgreSQL (a standby, `default_transaction_read_only`) or a full disk all still
do. Readiness commits a real write: it rewrites the migration stamp row with its own value,
which changes nothing but must reach the disk (the SQLite WAL, the PostgreSQL WAL at
commit). For a SQLite file the free space of its folder is checked too, since the write
above may still fit in a page SQLite already has. A failed write is classified from the
driver's message into a cause an operator can act on.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .db import Database

logger = logging.getLogger(__name__)

# Below this much free space next to a SQLite file, new answers may fail to save.
MIN_FREE_BYTES = 20 * 2**20

# (cause, what the driver says, what the operator reads)
_CAUSES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "read_only",
        ("readonly database", "read-only", "read only"),
        "The database is read-only: check the file's or volume's permissions and mount "
        "options, or whether PostgreSQL is a standby or set to read-only transactions.",
    ),
    (
        "disk_full",
        ("disk is full", "no space left", "could not extend file", "diskfull", "disk full"),
        "The disk holding the database is full: free space or grow the volume.",
    ),
    (
        "cannot_open",
        ("unable to open database file",),
        "The database file cannot be opened: check that its folder exists and is writable.",
    ),
    (
        "locked",
        ("database is locked",),
        "The database stayed locked by another writer for too long: check for a stuck process.",
    ),
    (
        "unreachable",
        ("connection refused", "could not connect", "timeout expired", "server closed"),
        "The database server cannot be reached: check that it runs and the URL is right.",
    ),
)


@dataclass(frozen=True)
class Readiness:
    """Whether the database takes writes; if not, the cause and a sentence for operators."""

    ready: bool
    cause: str | None = None
    message: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "status": "ready" if self.ready else "not_ready",
            "cause": self.cause,
            "message": self.message,
        }


def classify(exc: BaseException) -> tuple[str, str] | None:
    """The (cause, operator message) of a database error, or None when it is not known."""
    said = str(getattr(exc, "orig", None) or exc).lower()
    for cause, needles, message in _CAUSES:
        if any(needle in said for needle in needles):
            return cause, message
    return None


def _sqlite_folder(db: Database) -> Path | None:
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    database = url.database.removeprefix("file:").split("?", 1)[0]
    return Path(database).resolve().parent


def check_writable(db: Database) -> Readiness:
    """Commit a write that changes nothing, and check free space for a SQLite file."""
    try:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = version_num"))
    except SQLAlchemyError as exc:
        known = classify(exc)
        cause, message = known or ("write_failed", "The database refused a write; see the log.")
        logger.error("database not ready (%s): %s", cause, exc)
        return Readiness(False, cause, message)
    folder = _sqlite_folder(db)
    if folder is not None:
        free = shutil.disk_usage(folder).free
        if free < MIN_FREE_BYTES:
            message = (
                f"The disk holding the database has {free // 2**20} MB free; new answers "
                "may fail to save: free space or grow the volume."
            )
            logger.error("database not ready (disk_full): %d bytes free in %s", free, folder)
            return Readiness(False, "disk_full", message)
    return Readiness(True)
