"""The Flask shim's feedback routes: POST /complete and GET /feedback as HTML, JSON and files."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient
from pydantic.json_schema import models_json_schema
from pypdf import PdfReader

from interview_core.ai.service import AIService
from interview_core.feedback import NOT_COMPLETE
from interview_core.feedback_schema import FeedbackReport
from interview_core.web import create_app
from tests.helpers.feedback import ANSWERS, FeedbackProvider, model_feedback_dict
from tests.helpers.web import as_caller, ready_session

OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"


@pytest.fixture
def make_app(db, settings):  # type: ignore[no-untyped-def]
    def make(ai: AIService) -> Flask:
        return create_app({"SETTINGS": settings, "DATABASE": db, "AI_SERVICE": ai, "TESTING": True})

    return make


@pytest.fixture
def app(make_app, ai) -> Flask:  # type: ignore[no-untyped-def]
    return make_app(ai)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def play(client: FlaskClient, answers: tuple[str, ...] = ANSWERS) -> int:
    """A session of this browser with `answers` given through the JSON API."""
    session_id = ready_session(client)
    api = as_caller(client, "json")
    assert api.get(f"/session/{session_id}/interview").status_code == 200
    for answer in answers:
        response = api.post(f"/session/{session_id}/message", {"answer": answer})
        assert response.status_code == 200, response.get_data(as_text=True)
    return session_id


def test_complete_returns_the_feedback_object_to_json_clients(client: FlaskClient) -> None:
    sid = play(client)
    api = as_caller(client, "json")
    response = api.post(f"/session/{sid}/complete")
    assert response.status_code == 200
    assert response.headers["Location"].endswith(f"/session/{sid}/feedback")
    body = response.get_json()
    report = FeedbackReport.model_validate(body)
    assert [q.answer for q in report.questions] == list(ANSWERS)
    assert report.generated_by.provider == "offline" and report.generated_by.heuristic
    # The published keys, as one object.
    for key in (
        "score",
        "overall_score",
        "questions",
        "strengths",
        "weaknesses",
        "cv_improvements",
        "skill_coverage",
        "insights",
        "generated_by",
    ):
        assert key in body
    assert {"score", "relevance", "structure", "evidence", "communication"} <= (
        set(body["questions"][0]) | set(body["questions"][0]["dimensions"])
    )
    # GET returns the same stored object; a second POST does not write a new one.
    assert api.get(f"/session/{sid}/feedback").get_json() == body
    assert api.post(f"/session/{sid}/complete").get_json() == body


def test_html_complete_redirects_to_the_feedback_page(client: FlaskClient) -> None:
    sid = play(client)
    html = as_caller(client, "html")
    response = html.post(f"/session/{sid}/complete")
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/session/{sid}/feedback")
    page = html.get(f"/session/{sid}/feedback")
    assert page.status_code == 200 and page.mimetype == "text/html"
    text = page.get_data(as_text=True)
    report = FeedbackReport.model_validate(
        as_caller(client, "json").get(f"/session/{sid}/feedback").get_json()
    )
    assert f"{report.overall_score}/100" in text
    assert not re.search(r"\b\d+/10\b", text)
    for q in report.questions:
        assert f'id="question-{q.number}"' in text
    assert "heuristic score" in text
    assert "Download PDF" in text and "Regenerate feedback" in text


def test_htmx_complete_redirects_with_a_header(client: FlaskClient) -> None:
    sid = play(client)
    response = as_caller(client, "htmx").post(f"/session/{sid}/complete")
    assert response.status_code == 204
    assert response.headers["HX-Redirect"].endswith(f"/session/{sid}/feedback")


def test_first_get_of_a_finished_interview_writes_the_feedback_once(client: FlaskClient) -> None:
    sid = play(client)
    api = as_caller(client, "json")
    first = api.get(f"/session/{sid}/feedback")
    assert first.status_code == 200
    assert api.get(f"/session/{sid}/feedback").get_json() == first.get_json()


def test_unfinished_interview_is_409_for_json_and_back_to_it_for_browsers(
    client: FlaskClient,
) -> None:
    sid = play(client, ANSWERS[:3])
    api = as_caller(client, "json")
    for response in (api.post(f"/session/{sid}/complete"), api.get(f"/session/{sid}/feedback")):
        assert response.status_code == 409
        assert response.get_json() == {"error": True, "message": NOT_COMPLETE}
    html = as_caller(client, "html")
    response = html.get(f"/session/{sid}/feedback")
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/session/{sid}/interview")
    page = html.get(response.headers["Location"]).get_data(as_text=True)
    assert "not complete yet" in page


def test_other_browsers_and_unknown_sessions(app: Flask, client: FlaskClient) -> None:
    sid = play(client)
    stranger = as_caller(app.test_client(), "json")
    for response in (
        stranger.get(f"/session/{sid}/feedback"),
        stranger.post(f"/session/{sid}/complete"),
    ):
        assert response.status_code == 403
        assert response.get_json()["message"] == "You don't have access to this session"
    api = as_caller(client, "json")
    assert api.get("/session/987654/feedback").status_code == 404
    assert api.post("/session/987654/complete").status_code == 404


def test_downloads_and_bad_format(client: FlaskClient) -> None:
    sid = play(client)
    md = client.get(f"/session/{sid}/feedback?format=md")
    assert md.status_code == 200 and md.mimetype == "text/markdown"
    assert f'filename="feedback-session-{sid}.md"' in md.headers["Content-Disposition"]
    assert md.get_data(as_text=True).startswith("# Interview feedback:")
    pdf = client.get(f"/session/{sid}/feedback?format=pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "Question 8" in text
    bad = as_caller(client, "json").get(f"/session/{sid}/feedback?format=xls")
    assert bad.status_code == 400


def test_regenerate_uses_the_current_chain(make_app, db, settings) -> None:  # type: ignore[no-untyped-def]
    model = FeedbackProvider(model_feedback_dict, model_feedback_dict, name="gemini")
    from interview_core.ai.registry import build_provider
    from interview_core.ai.service import AIService as Service

    app = make_app(Service([model, build_provider("offline", settings)]))
    client = app.test_client()
    sid = play(client)
    api = as_caller(client, "json")
    first = api.post(f"/session/{sid}/complete").get_json()
    assert first["generated_by"]["provider"] == "gemini" and model.feedback_calls == 1
    assert api.post(f"/session/{sid}/complete", {"regenerate": "maybe"}).status_code == 400
    again = api.post(f"/session/{sid}/complete", {"regenerate": "true"}).get_json()
    assert model.feedback_calls == 2
    assert api.get(f"/session/{sid}/feedback").get_json() == again
    # The model has no reply left: the HTML regenerate button gets the labelled fallback.
    html = as_caller(client, "html")
    response = html.post(f"/session/{sid}/complete", {"regenerate": "1"})
    assert response.status_code == 303
    latest = api.get(f"/session/{sid}/feedback").get_json()
    assert latest["generated_by"]["provider"] == "offline"
    assert latest["generated_by"]["fallback"] is True
    assert model.feedback_calls == 3


def test_openapi_feedback_schemas_match_the_pydantic_models() -> None:
    doc = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
    _, top = models_json_schema(
        [(FeedbackReport, "serialization")], ref_template="#/components/schemas/{model}"
    )

    def strip(node):  # type: ignore[no-untyped-def]
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k != "title"}
        if isinstance(node, list):
            return [strip(x) for x in node]
        return node

    for name, schema in top["$defs"].items():
        assert doc["components"]["schemas"][name] == strip(schema), name
