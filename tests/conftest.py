"""Shared fixtures: a database per test (SQLite always, PostgreSQL when configured)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from hypothesis import settings as hypothesis_settings
from sqlalchemy import text

from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.config import load_settings
from interview_core.db import Database, make_engine
from interview_core.interview import (
    SessionSummary,
    attach_cv,
    attach_job_description,
    create_session,
)
from interview_core.models import Base
from interview_core.ui import resources
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD

# Property tests are replayable: in CI the examples are derived from each test's name, not
# from a random seed, and any failure prints the blob that reproduces it.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("dev", print_blob=True)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")


def _database_urls() -> list[str]:
    urls = ["sqlite"]
    if os.environ.get("TEST_DATABASE_URL"):
        urls.append("postgresql")
    return urls


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """TEST_DATABASE_URL with a schema rebuilt from today's models, once per test run.

    The database outlives test runs (CI and sessions reuse it), so tables left by an
    older version of the models are dropped rather than trusted.
    """
    url = os.environ["TEST_DATABASE_URL"]
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(params=_database_urls())
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty database: a SQLite file, then PostgreSQL when TEST_DATABASE_URL is set."""
    if request.param == "sqlite":
        database = Database.from_url(f"sqlite:///{tmp_path / 'test.db'}")
    else:
        database = Database.from_url(request.getfixturevalue("postgres_url"))
        with database.engine.begin() as conn:
            names = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A SQLite database only, for tests that need not run twice."""
    database = Database.from_url(f"sqlite:///{tmp_path / 'test.db'}")
    yield database
    database.dispose()


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Default settings (offline provider) with the data dir in a temporary folder."""
    return load_settings(env={"INTERVIEW_DATA_DIR": str(tmp_path)}, secrets_path=tmp_path / "none")


@pytest.fixture
def ai(settings) -> AIService:  # type: ignore[no-untyped-def]
    """The offline interviewer behind the real provider chain."""
    return AIService.from_settings(settings)


@pytest.fixture
def actor() -> Actor:
    return Actor("browser-a")


@pytest.fixture
def make_ready_session(db: Database, actor: Actor) -> Callable[..., SessionSummary]:
    """Create a session with the sample CV and job description attached."""

    def make(
        owner: Actor | None = None, cv: str = SAMPLE_CV, jd: str = SAMPLE_JD
    ) -> SessionSummary:
        who = owner or actor
        summary = create_session(db, who, "Senior Backend Engineer", "Initech")
        attach_cv(db, who, summary.id, "cv.md", cv.encode())
        return attach_job_description(db, who, summary.id, jd)

    return make


@pytest.fixture
def app_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """Point the Streamlit app at its own SQLite file; the same database, for the test's checks."""
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("INTERVIEW_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTERVIEW_DATABASE_URL", url)
    monkeypatch.setenv("INTERVIEW_AI_PROVIDER", "offline")
    monkeypatch.setenv("INTERVIEW_AI_FALLBACKS", "offline")
    database = Database.from_url(url)
    yield database
    database.dispose()
    # The app's cached engines point at this test's files; drop them with the files.
    st.cache_resource.clear()


@pytest.fixture
def owner() -> Actor:
    """Whoever the Streamlit app acts as (no accounts: the local coach)."""
    return resources.get_actor()
