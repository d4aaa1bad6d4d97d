"""Fixtures for the feedback tests: finished and unfinished interviews, fake feedback providers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_core.ai.base import Provider
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.db import Database
from interview_core.interview import SessionSummary, answer_question, start_interview
from tests.helpers.fakes import ScriptedProvider
from tests.helpers.feedback import ANSWERS, QUESTIONS, finish_interview


@pytest.fixture
def question_ai() -> AIService:
    """`QUESTIONS` from a scripted interviewer (the offline one is being rewritten)."""
    return AIService([ScriptedProvider(*QUESTIONS)])


@pytest.fixture
def complete_session(
    db: Database, actor: Actor, question_ai: AIService, make_ready_session
) -> SessionSummary:
    """A session whose eight questions are all answered."""
    session = make_ready_session()
    finish_interview(db, actor, session.id, question_ai)
    return session


@pytest.fixture
def unfinished_session(
    db: Database, actor: Actor, question_ai: AIService, make_ready_session
) -> SessionSummary:
    """A session with three of eight questions answered."""
    session = make_ready_session()
    start_interview(db, actor, session.id, question_ai)
    for answer in ANSWERS[:3]:
        answer_question(db, actor, session.id, answer, question_ai)
    return session


@pytest.fixture
def offline_provider(ai: AIService) -> Provider:
    """The configured offline provider (its feedback is the offline scorer)."""
    return next(p for p in ai.providers if p.name == "offline")


@pytest.fixture
def chain(offline_provider: Provider) -> Callable[..., AIService]:
    """Build a chain of the given providers, followed by the offline one unless told not to."""

    def make(*providers: Provider, offline: bool = True) -> AIService:
        return AIService([*providers, offline_provider] if offline else list(providers))

    return make
