"""App processes never migrate: an empty database is created, any other version refused.

Upgrading is `python -m interview_core migrate`, run once per deploy; every front door
(the web shim, gunicorn's master, the Streamlit app, the other commands) refuses a database
behind or ahead of this version with one sentence saying what to do.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st
from alembic import command
from sqlalchemy import text
from streamlit.testing.v1 import AppTest

from interview_core.__main__ import main
from interview_core.db import (
    MIGRATE_COMMAND,
    Database,
    SchemaNotCurrent,
    alembic_config,
    ensure_current_schema,
    make_engine,
)
from interview_core.web import create_app
from tests.helpers.apptest import APP, TIMEOUT_S, values

ROOT = Path(__file__).resolve().parents[2]
GUNICORN_CONF = ROOT / "deploy" / "gunicorn.conf.py"


def _database_at(url: str, revision: str) -> None:
    """A database whose schema was migrated to `revision` only (an older deploy's)."""
    engine = make_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    engine.dispose()


@pytest.fixture
def behind_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'interview.db'}"
    _database_at(url, "0002")
    return url


def _one_sentence(message: str) -> None:
    assert "\n" not in message and message.endswith(".")
    assert message.count(". ") == 0, message


def test_a_database_behind_head_is_refused_with_the_command(behind_url: str) -> None:
    with pytest.raises(SchemaNotCurrent) as refused:
        Database.from_url(behind_url)
    message = str(refused.value)
    assert f"`{MIGRATE_COMMAND}`" in message and "0002" in message
    _one_sentence(message)
    with pytest.raises(SchemaNotCurrent):
        create_app({"DATABASE_URL": behind_url, "TESTING": True})
    # The deploy step upgrades it; then the app starts and nothing is left to do.
    assert main(["migrate", "--database-url", behind_url]) == 0
    engine = make_engine(behind_url)
    assert ensure_current_schema(engine) is None
    engine.dispose()
    Database.from_url(behind_url).dispose()


def test_an_empty_database_is_still_created_by_the_app(tmp_path: Path) -> None:
    # A fresh machine's two set-up commands need no migrate step.
    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert ensure_current_schema(engine) == "created"
    assert ensure_current_schema(engine) is None
    engine.dispose()


def test_a_database_ahead_of_this_version_is_refused_by_app_and_migrate(
    behind_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(behind_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    with pytest.raises(SchemaNotCurrent, match="newer than this version") as refused:
        Database.from_url(behind_url)
    _one_sentence(str(refused.value))
    assert main(["migrate", "--database-url", behind_url]) == 2
    assert "newer than this version" in capsys.readouterr().err


def test_other_commands_refuse_with_the_sentence(
    behind_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["users", "list", "--database-url", behind_url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: The database schema") and MIGRATE_COMMAND in err


def test_gunicorn_refuses_to_start_with_one_line(behind_url: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "INTERVIEW_DATA_DIR": str(tmp_path),
        "INTERVIEW_DATABASE_URL": behind_url,
        "INTERVIEW_AI_PROVIDER": "offline",
        "INTERVIEW_AI_FALLBACKS": "offline",
        "WEB_CONCURRENCY": "2",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            str(GUNICORN_CONF),
            "-b",
            "127.0.0.1:0",
            "interview_core.web:app",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "Booting worker" not in done.stdout + done.stderr
    assert "Error: The database schema (revision 0002) is older" in done.stderr
    assert MIGRATE_COMMAND in done.stderr


def test_streamlit_shows_the_sentence_instead_of_a_page(
    behind_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVIEW_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTERVIEW_DATABASE_URL", behind_url)
    monkeypatch.setenv("INTERVIEW_AI_PROVIDER", "offline")
    monkeypatch.setenv("INTERVIEW_AI_FALLBACKS", "offline")
    st.cache_resource.clear()
    try:
        app = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S).run()
        assert not app.exception
        [error] = values(app.error)
        assert MIGRATE_COMMAND in error and error.startswith("The database schema")
    finally:
        st.cache_resource.clear()
