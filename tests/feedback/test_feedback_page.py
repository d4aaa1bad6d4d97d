"""AppTest of the Streamlit feedback page: generation with progress, the report, downloads."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from interview_core import feedback, interview
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.db import Database
from interview_core.interview import SessionSummary
from interview_core.ui import resources
from tests.helpers.apptest import APP
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.fakes import ScriptedProvider
from tests.helpers.feedback import (
    ANSWERS,
    QUESTIONS,
    FeedbackProvider,
    finish_interview,
    model_feedback_dict,
)

FEEDBACK_PAGE = "pages/feedback.py"
# Bounds a hang on a busy machine; it times nothing.
TIMEOUT_S = 60


@pytest.fixture
def make_session(app_db: Database, owner: Actor) -> Callable[..., SessionSummary]:
    """A session with the sample documents, answered `answered` times."""

    def make(answered: int = 8) -> SessionSummary:
        summary = interview.create_session(app_db, owner, "Senior Backend Engineer", "Initech")
        interview.attach_cv(app_db, owner, summary.id, "cv.md", SAMPLE_CV.encode())
        interview.attach_job_description(app_db, owner, summary.id, SAMPLE_JD)
        finish_interview(
            app_db, owner, summary.id, AIService([ScriptedProvider(*QUESTIONS)]), ANSWERS[:answered]
        )
        return interview.get_session(app_db, owner, summary.id)

    return make


@pytest.fixture
def use_providers(monkeypatch: pytest.MonkeyPatch) -> Callable[..., AIService]:
    """Make the app use these providers, in order."""

    def install(*providers: Any) -> AIService:
        service = AIService(list(providers))
        monkeypatch.setattr(resources, "get_ai_service", lambda: service)
        return service

    return install


def open_feedback(session_id: int | str | None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S)
    at.run()
    at.query_params = {"session": str(session_id)} if session_id is not None else {}
    at.switch_page(FEEDBACK_PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def download_buttons(at: AppTest) -> dict[str, Any]:
    # Newer Streamlit has a DownloadButton element, older ones an UnknownElement; both
    # carry the proto, which is what is read here.
    return {b.proto.label: b.proto for b in at.get("download_button")}


def test_finished_interview_gets_feedback_with_progress(app_db, owner, make_session) -> None:
    session = make_session()
    at = open_feedback(session.id)

    [status] = at.get("status")
    assert status.proto.label == "Feedback ready"
    steps = [m.value for m in status.children.values() if hasattr(m, "value")]
    assert any("Reading your answers" in s for s in steps)
    assert any("Saving" in s for s in steps)

    stored = feedback.get_feedback(app_db, owner, session.id)
    assert stored is not None
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Score"] == f"{stored.overall_score}/100"
    # One scale only: the 1-10 headline is not shown beside it.
    assert not any(v.endswith("/10") for v in metrics.values())
    assert "Heuristic score" in captions(at)
    assert len(at.get("vega_lite_chart")) == 1

    labels = [e.label for e in at.expander]
    assert len(labels) == 8
    for q, label in zip(stored.questions, labels, strict=True):
        assert label.startswith(f"Question {q.number} · {q.score}/100")
    tabs = [t.label for t in at.tabs]
    assert tabs == ["Strengths", "Weaknesses", "CV improvements"]
    assert "Skill coverage" in [s.value for s in at.subheader]
    assert "Insights" in [s.value for s in at.subheader]


def test_download_buttons_offer_markdown_and_pdf(
    app_db, owner, make_session, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = make_session()
    rendered: list[Any] = []
    real = feedback.render_markdown

    def spy(report, summary):  # type: ignore[no-untyped-def]
        rendered.append((report, summary.id))
        return real(report, summary)

    monkeypatch.setattr(feedback, "render_markdown", spy)
    at = open_feedback(session.id)
    buttons = download_buttons(at)
    assert set(buttons) == {"Download Markdown", "Download PDF"}
    assert buttons["Download Markdown"].url.endswith(".md")
    pdf = buttons["Download PDF"]
    assert pdf.url or pdf.deferred_file_id  # built when clicked
    # The Markdown offered is the stored report of this session.
    stored = feedback.get_feedback(app_db, owner, session.id)
    assert rendered and rendered[-1] == (stored, session.id)
    assert feedback.render_pdf(stored, session).startswith(b"%PDF")


def test_second_visit_shows_the_stored_feedback_without_regenerating(
    app_db, owner, make_session
) -> None:
    session = make_session()
    first = feedback.generate_feedback(app_db, owner, session.id, resources.get_ai_service())
    at = open_feedback(session.id)
    assert not at.get("status")
    assert {m.label: m.value for m in at.metric}["Score"] == f"{first.overall_score}/100"
    assert feedback.get_feedback(app_db, owner, session.id) == first


def test_unfinished_interview_points_back_to_it(app_db, owner, make_session) -> None:
    session = make_session(answered=3)
    at = open_feedback(session.id)
    assert "3 of 8 answered" in at.warning[0].value
    assert not at.get("download_button")
    assert feedback.get_feedback(app_db, owner, session.id) is None


def test_no_session_and_unknown_session(app_db) -> None:
    at = open_feedback(None)
    assert "No session is open" in at.info[0].value
    at = open_feedback(424242)
    assert at.error[0].value == "Session not found"


def test_model_feedback_and_fallback_are_labelled(
    app_db, owner, make_session, use_providers
) -> None:
    session = make_session()
    offline = resources._ai_service(resources.get_settings()).providers[-1]
    use_providers(FeedbackProvider(ConnectionError("down"), name="gemini"), offline)
    at = open_feedback(session.id)
    text = captions(at)
    assert "fallback" in text and "Heuristic score" in text
    stored = feedback.get_feedback(app_db, owner, session.id)
    assert stored is not None and stored.generated_by.fallback


def test_regenerate_replaces_the_feedback(app_db, owner, make_session, use_providers) -> None:
    session = make_session()
    feedback.generate_feedback(app_db, owner, session.id, resources.get_ai_service())
    model = FeedbackProvider(model_feedback_dict, name="gemini")
    use_providers(model)
    at = open_feedback(session.id)
    assert "Heuristic score" in captions(at)
    next(b for b in at.button if b.label == "Regenerate feedback").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert model.feedback_calls == 1
    stored = feedback.get_feedback(app_db, owner, session.id)
    assert stored is not None and stored.generated_by.provider == "gemini"
    assert "Heuristic score" not in captions(at)
    assert {m.label: m.value for m in at.metric}["Score"] == "72/100"


def test_a_provider_without_its_key_is_explained(
    app_db, owner, make_session, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = make_session()
    monkeypatch.setenv("INTERVIEW_AI_PROVIDER", "gemini")
    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    at = open_feedback(session.id)
    [error] = [e.value for e in at.error]
    assert error.startswith("The AI providers are not configured correctly:")
    assert feedback.get_feedback(app_db, owner, session.id) is None
