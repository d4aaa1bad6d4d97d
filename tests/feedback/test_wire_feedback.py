"""Feedback through the real provider SDKs against the providers' local fake model server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from interview_core.ai.registry import build_provider as build_configured
from interview_core.ai.retry import RetryPolicy
from interview_core.ai.service import AIService
from interview_core.feedback import generate_feedback
from interview_core.feedback_schema import FeedbackReport
from tests.helpers.providers import build_provider
from tests.providers.fake_server import FakeModelServer, Fault


@pytest.fixture
def server() -> Iterator[FakeModelServer]:
    with FakeModelServer() as srv:
        yield srv


@pytest.fixture
def policy() -> RetryPolicy:
    return RetryPolicy(attempts=2, max_total_s=10.0, sleep=lambda _s: None)


@pytest.mark.parametrize("kind", ["openai", "openrouter", "gemini"])
def test_model_feedback_over_the_wire_validates_and_is_stored(
    kind, db, actor, settings, complete_session, server, policy
) -> None:
    ai = AIService(
        [build_provider(kind, server.url, policy), build_configured("offline", settings)]
    )
    report = generate_feedback(db, actor, complete_session.id, ai)
    FeedbackReport.model_validate(report.model_dump(mode="json"))
    assert report.generated_by.provider == kind
    assert not report.generated_by.fallback and not report.generated_by.heuristic
    assert [q.verdict for q in report.questions] == ["Relevant, with one measurable result."] * 8
    assert report.overall_score == 70 and report.score == 7
    # Local parts are merged in whatever the model wrote.
    assert report.insights.total_words > 0 and report.skill_coverage
    assert server.requests[-1].wants_json


def test_invalid_json_over_the_wire_falls_back_labelled(
    db, actor, settings, complete_session, server, policy
) -> None:
    ai = AIService(
        [build_provider("openai", server.url, policy), build_configured("offline", settings)]
    )
    server.push(Fault.reply("Here is my feedback: well done."), Fault.reply('{"questions": []}'))
    report = generate_feedback(db, actor, complete_session.id, ai)
    assert report.generated_by.provider == "offline"
    assert report.generated_by.fallback and report.generated_by.heuristic
    assert server.count("openai") == 2
