"""Readiness proves the database takes writes; a read-only or full disk is named, not hidden."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from interview_core import db_health
from interview_core.ai.offline import OfflineProvider
from interview_core.ai.service import AIService
from interview_core.db import Database, make_engine
from interview_core.web import create_app
from interview_core.web.errors import MSG_STORAGE
from tests.reliability import figures

JSON = {"Accept": "application/json"}


def _client(db: Database, settings: Any):  # type: ignore[no-untyped-def]
    app = create_app(
        {
            "SETTINGS": settings,
            "DATABASE": db,
            "AI_SERVICE": AIService([OfflineProvider()]),
            "TESTING": True,
        }
    )
    return app.test_client()


def test_readyz_is_200_when_the_database_takes_writes(db: Database, settings: Any) -> None:
    response = _client(db, settings).get("/readyz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ready", "cause": None, "message": None}


def _read_only(db: Database) -> Database:
    """The same database, opened so that every write is refused by the database itself."""
    if db.dialect == "sqlite":
        path = db.engine.url.database
        return Database(make_engine(f"sqlite:///file:{path}?mode=ro&uri=true"))
    engine = make_engine(db.engine.url.render_as_string(hide_password=False))

    @event.listens_for(engine, "connect")
    def _read_only_session(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        with dbapi_conn.cursor() as cur:
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        dbapi_conn.commit()

    return Database(engine)


def test_a_read_only_database_is_not_ready_and_named(
    db: Database, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    read_only = _read_only(db)
    # Built directly: create_app would try to migrate, which a read-only database refuses.
    client = _client_without_migration(read_only, settings)
    with caplog.at_level(logging.ERROR):
        health = client.get("/healthz")
        ready = client.get("/readyz")
        created = client.post(
            "/session/create",
            data={"job_title": "Engineer", "company_name": "Initech"},
            headers=JSON,
        )
    assert health.status_code == 200  # it still answers queries…
    assert ready.status_code == 503  # …but takes no writes, and says why
    body = ready.get_json()
    assert body["status"] == "not_ready" and body["cause"] == "read_only"
    assert "read-only" in body["message"]
    assert created.status_code == 503 and created.get_json()["message"] == MSG_STORAGE
    assert "(read_only)" in caplog.text
    read_only.dispose()
    figures.add(f"storage faults named: read-only ({db.dialect})")


def _client_without_migration(db: Database, settings: Any):  # type: ignore[no-untyped-def]
    import interview_core.web.factory as factory

    original = factory.ensure_current_schema
    factory.ensure_current_schema = lambda engine: None  # type: ignore[assignment]
    try:
        return _client(db, settings)
    finally:
        factory.ensure_current_schema = original


def test_a_nearly_full_disk_is_not_ready(
    sqlite_db: Database, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Usage:
        free = 3 * 2**20

    monkeypatch.setattr(db_health.shutil, "disk_usage", lambda _path: Usage())
    response = _client(sqlite_db, settings).get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["cause"] == "disk_full"
    assert "3 MB free" in response.get_json()["message"]
    figures.add("storage faults named: disk full (sqlite)")


@pytest.mark.parametrize(
    ("said", "cause"),
    [
        ("(sqlite3.OperationalError) database or disk is full", "disk_full"),
        ('could not extend file "base/16384/2619": No space left on device', "disk_full"),
        ("(sqlite3.OperationalError) attempt to write a readonly database", "read_only"),
        ("cannot execute INSERT in a read-only transaction", "read_only"),
        ("(sqlite3.OperationalError) unable to open database file", "cannot_open"),
    ],
)
def test_driver_errors_are_classified(said: str, cause: str) -> None:
    exc = OperationalError("INSERT ...", {}, Exception(said))
    known = db_health.classify(exc)
    assert known is not None and known[0] == cause and known[1].endswith(".")


def test_a_write_failing_with_a_full_disk_is_a_503_with_one_sentence(
    sqlite_db: Database, settings: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    client = _client(sqlite_db, settings)

    @event.listens_for(sqlite_db.engine, "before_cursor_execute")
    def _full(conn, cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT"):
            raise OperationalError(statement, {}, Exception("database or disk is full"))

    response = client.post(
        "/session/create", data={"job_title": "Engineer", "company_name": "Initech"}, headers=JSON
    )
    assert response.status_code == 503 and response.get_json()["message"] == MSG_STORAGE
