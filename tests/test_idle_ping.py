"""PostgreSQL connections are checked before use only after sitting idle, and a dead one
is replaced before a request sees it."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from interview_core import db as db_module
from interview_core.db import make_engine

pytestmark = pytest.mark.skipif(
    not os.environ.get("TEST_DATABASE_URL"), reason="needs TEST_DATABASE_URL"
)


def test_a_connection_used_moments_ago_is_not_pinged_and_a_dead_idle_one_is_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = make_engine(os.environ["TEST_DATABASE_URL"])
    pings: list[object] = []
    real_ping = engine.dialect.do_ping
    monkeypatch.setattr(
        engine.dialect, "do_ping", lambda conn: pings.append(conn) or real_ping(conn)
    )
    try:
        with engine.connect() as conn:
            first_pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() == first_pid
        assert pings == [], "a connection back moments ago is trusted"

        # The server drops the pooled connection (a restart, a proxy timeout) while it idles.
        admin = make_engine(os.environ["TEST_DATABASE_URL"])
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first_pid})
        admin.dispose()
        monkeypatch.setattr(db_module, "IDLE_PING_S", 0.0)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() != first_pid
        assert pings, "an idle connection is pinged before use"
    finally:
        engine.dispose()
