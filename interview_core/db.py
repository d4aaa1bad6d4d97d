"""Engine and session factory: SQLite (WAL) by default, any SQLAlchemy URL otherwise."""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from .models import Base
from .private_files import touch_private


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for `url`; for SQLite files, creates the folder and turns on WAL."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(url, echo=echo)
        _ping_idle_connections(engine)
        return engine

    database = parsed.database
    if database and database != ":memory:" and not database.startswith("file:"):
        # Owner-only from the start; SQLite gives its -wal and -shm files the same mode.
        touch_private(Path(database))
    engine = create_engine(
        url,
        echo=echo,
        # Threads of one process (Streamlit, Flask dev server, tests) share the pool.
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        if database and database != ":memory:":
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


# A pooled connection idle for longer than this is checked before use (it may have been
# dropped by a database restart or a proxy); one back from a request moments ago is not.
IDLE_PING_S = 10.0


def _ping_idle_connections(engine: Engine) -> None:
    """`pool_pre_ping`, but only for connections that have been idle a while.

    Pinging on every checkout costs a round trip per transaction (two or three per request
    here); a busy server reuses its connections within seconds, so those are trusted. A dead
    connection found by the ping is replaced before the request sees it.
    """

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn, record) -> None:  # type: ignore[no-untyped-def]
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn, record, _proxy) -> None:  # type: ignore[no-untyped-def]
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < IDLE_PING_S:
            return  # new, or in use moments ago
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise DisconnectionError(str(exc)) from exc
        if not alive:
            raise DisconnectionError("the pooled connection did not answer")


MIGRATIONS_DIR = Path(__file__).parent / "migrations"


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS_DIR))


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for this package's migrations, bound to `connection` if given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# Any fixed 64-bit number; every process migrating the same PostgreSQL database takes it.
_PG_MIGRATION_LOCK = 0x1E7_5C4E_3A00_0001
_PG_LOCK_TIMEOUT = "120s"


@contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    """An exclusive lock on `<database>.lock` while the schema is checked or changed.

    SQLite has no advisory locks, and switching a new file to WAL or creating tables from
    several processes at once fails with "database is locked" or "table already exists".
    """
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        yield
        return
    path = Path(database).with_name(Path(database).name + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


MIGRATE_COMMAND = "python -m interview_core migrate"


class SchemaNotCurrent(RuntimeError):
    """The database holds another version's schema; the message says what to do, in one
    sentence."""


def create_schema(engine: Engine) -> str | None:
    """Bring the schema to the newest migration, once, whoever else starts at the same time.

    This is `python -m interview_core migrate`. An empty database is created in one step.
    Concurrent callers are serialised: a transaction-scoped advisory lock on PostgreSQL, a
    file lock next to the database on SQLite; the ones that wait then find the schema
    current and do nothing. Returns what was done: "created", "upgraded" or None.
    """
    return _locked(engine, upgrade=True)


def ensure_current_schema(engine: Engine) -> str | None:
    """What an app process does when it starts: create an empty database's schema (under the
    same lock, so workers never race), accept the newest one, refuse any other.

    Upgrading is a deploy step (`python -m interview_core migrate`, run once), never a side
    effect of starting a worker, so processes of the old and the new version never change
    the schema under each other. Raises SchemaNotCurrent naming the command.
    """
    return _locked(engine, upgrade=False)


def _locked(engine: Engine, *, upgrade: bool) -> str | None:
    if engine.dialect.name == "sqlite":
        with _sqlite_file_lock(engine):
            return _migrate(engine, upgrade=upgrade)
    return _migrate(engine, upgrade=upgrade)


def _known(revision: str) -> bool:
    """Whether this version of the app has a migration called `revision`."""
    try:
        return _scripts().get_revision(revision) is not None
    except CommandError:
        return False


def _not_current(current: str, head: str | None) -> SchemaNotCurrent:
    if not _known(current):
        return SchemaNotCurrent(
            f"The database schema (revision {current}) is newer than this version of the app "
            f"(revision {head}): deploy the version that migrated it, or restore the backup "
            "taken before that migration."
        )
    return SchemaNotCurrent(
        f"The database schema (revision {current}) is older than this version of the app "
        f"(revision {head}): run `{MIGRATE_COMMAND}` once, then start the app."
    )


def _migrate(engine: Engine, *, upgrade: bool) -> str | None:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"SET LOCAL lock_timeout = '{_PG_LOCK_TIMEOUT}'"))
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        context = MigrationContext.configure(conn)
        current = context.get_current_revision()
        if current is None:
            # New database: the models are the newest schema, so create and mark it current
            # (much faster than replaying every migration; a test keeps the two equal).
            Base.metadata.create_all(conn)
            context.stamp(_scripts(), "head")
            return "created"
        head = _scripts().get_current_head()
        if current != head:
            if not upgrade or not _known(current):
                raise _not_current(current, head)
            command.upgrade(alembic_config(conn), "head")
            return "upgraded"
    return None


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A Session factory bound to `engine`; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


class Database:
    """An engine and its Session factory; the core opens one short Session per operation."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = session_factory(engine)

    @classmethod
    def from_url(cls, url: str, *, create: bool = True) -> Database:
        """Connect to `url` and, by default, create the schema of an empty database; a
        database at another schema version raises SchemaNotCurrent (see
        `ensure_current_schema`)."""
        engine = make_engine(url)
        if create:
            try:
                ensure_current_schema(engine)
            except BaseException:
                engine.dispose()
                raise
        return cls(engine)

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgresql` (or whatever the URL names)."""
        return self.engine.dialect.name

    def session(self) -> Session:
        """A new ORM Session; use it as a context manager."""
        return self._sessions()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
