"""AppTest fixtures: the real app against a fresh SQLite database and data dir per test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from interview_core import interview
from interview_core.ai.base import Provider
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.db import Database
from interview_core.interview import SessionSummary
from interview_core.ui import resources
from tests.helpers.apptest import APP, TIMEOUT_S
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD


@pytest.fixture
def app(app_db: Database) -> AppTest:
    """The app, not run yet."""
    return AppTest.from_file(str(APP), default_timeout=TIMEOUT_S)


@pytest.fixture
def use_providers(monkeypatch: pytest.MonkeyPatch) -> Callable[..., AIService]:
    """Make the app ask these providers, in order, instead of the configured chain."""

    def install(*providers: Provider) -> AIService:
        service = AIService(list(providers))
        monkeypatch.setattr(resources, "get_ai_service", lambda: service)
        return service

    return install


@pytest.fixture
def make_session(app_db: Database, owner: Actor) -> Callable[..., SessionSummary]:
    """A session in the app's database, with the sample documents unless told otherwise."""

    def make(
        title: str = "Backend Engineer",
        company: str = "Initech",
        *,
        cv: str | None = SAMPLE_CV,
        jd: str | None = SAMPLE_JD,
    ) -> SessionSummary:
        summary = interview.create_session(app_db, owner, title, company)
        if cv is not None:
            interview.attach_cv(app_db, owner, summary.id, "cv.md", cv.encode())
        if jd is not None:
            interview.attach_job_description(app_db, owner, summary.id, jd)
        return interview.get_session(app_db, owner, summary.id)

    return make
