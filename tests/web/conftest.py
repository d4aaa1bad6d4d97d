"""Fixtures for the web shim: an app per test over the shared database, and two browsers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from interview_core.ai.service import AIService
from interview_core.config import Settings
from interview_core.db import Database
from interview_core.web import create_app
from tests.helpers.fakes import InterviewerScript


@pytest.fixture
def ai_service() -> AIService:
    """A scripted interviewer: question N is `tests.helpers.fakes.QUESTIONS[N - 1]`."""
    return AIService([InterviewerScript()])


@pytest.fixture
def make_app(db: Database, settings: Settings) -> Callable[[AIService], Flask]:
    """Build the web shim over the shared `db` fixture with a given AI service."""

    def make(ai_service: AIService) -> Flask:
        return create_app(
            {"SETTINGS": settings, "DATABASE": db, "AI_SERVICE": ai_service, "TESTING": True}
        )

    return make


@pytest.fixture
def app(make_app: Callable[[AIService], Flask], ai_service: AIService) -> Flask:
    """The web shim over the shared `db` fixture (SQLite, and PostgreSQL when configured)."""
    return make_app(ai_service)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """The owner's browser (keeps its cookies)."""
    return app.test_client()


@pytest.fixture
def other_client(app: Flask) -> FlaskClient:
    """Another browser, with cookies of its own."""
    return app.test_client()
