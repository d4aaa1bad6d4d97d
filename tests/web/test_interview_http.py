"""Whole interviews over HTTP: JSON and htmx, the documents redirect, completion, model failure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from interview_core.ai.service import AIService
from tests.helpers.documents import SAMPLE_JD
from tests.helpers.fakes import QUESTIONS, InterviewerScript
from tests.helpers.web import (
    MODES,
    as_caller,
    assert_error,
    create_session_via_api,
    cv_upload,
    ready_session,
    started_session,
)

COMPLETE_MESSAGE = "This interview is already complete; no more answers are accepted."
NOT_READY_MESSAGE = "Upload a CV and add a job description before starting the interview."


def _answer(n: int) -> str:
    return f"Answer {n}: I owned the design, measured the result and shared what I learned."


def test_full_interview_as_json_client(client: FlaskClient) -> None:
    session_id = ready_session(client)
    api = as_caller(client, "json")
    state = api.get(f"/session/{session_id}/interview").get_json()
    assert state["conversation"][0]["content"] == QUESTIONS[0]

    for n in range(1, 9):
        response = api.post(f"/session/{session_id}/message", {"answer": _answer(n)})
        assert response.status_code == 200
        if n < 8:
            assert response.get_json() == {
                "next_question": QUESTIONS[n],
                "is_complete": False,
                "question_count": n + 1,
                "question_index": n + 1,
                "provider": "scripted",
                "fallback": False,
            }
    assert response.get_json() == {
        "next_question": None,
        "is_complete": True,
        "question_count": 8,
        "question_index": None,
        "provider": None,
        "fallback": False,
    }

    state = api.get(f"/session/{session_id}/interview").get_json()
    roles = [m["role"] for m in state["conversation"]]
    assert roles == ["assistant", "user"] * 8
    assert [m["content"] for m in state["conversation"][1::2]] == [_answer(n) for n in range(1, 9)]
    assert state["progress"] == {
        "question_count": 8,
        "max_questions": 8,
        "is_started": True,
        "is_complete": True,
    }
    listed = api.get("/").get_json()["sessions"]
    assert listed[0]["status"] == "complete"


def test_full_interview_through_htmx_fragments(client: FlaskClient) -> None:
    session_id = ready_session(client)
    page = client.get(f"/session/{session_id}/interview").get_data(as_text=True)
    assert f'hx-post="/session/{session_id}/message"' in page
    assert 'hx-disabled-elt="find textarea, find button"' in page
    assert 'hx-indicator="#typing"' in page
    htmx = as_caller(client, "htmx")

    for n in range(1, 9):
        response = htmx.post(f"/session/{session_id}/message", {"answer": _answer(n)})
        assert response.status_code == 200
        fragment = response.get_data(as_text=True)
        assert "<html" not in fragment
        assert _answer(n) in fragment
        assert f'<progress value="{n}" max="8"' in fragment
        if n < 8:
            assert QUESTIONS[n] in fragment
            assert f'Question <span class="progress-count">{n + 1}</span> of 8' in fragment
            assert "See your feedback" not in fragment
        else:
            assert 'data-role="assistant"' not in fragment
            assert "Interview complete: 8 of 8 answered" in fragment
            assert 'id="status-badge" class="badge badge-complete" hx-swap-oob="true"' in fragment
            # The form gives way, out of band, to the feedback action.
            assert '<div id="answer-area" class="answer-area" hx-swap-oob="true">' in fragment
            assert f'action="/session/{session_id}/complete"' in fragment
            assert "See your feedback" in fragment
            assert 'name="answer"' not in fragment

    page = client.get(f"/session/{session_id}/interview").get_data(as_text=True)
    assert "See your feedback" in page
    assert 'id="answer-form"' not in page


@pytest.mark.parametrize("mode", MODES)
def test_answer_after_completion_is_409(client: FlaskClient, mode: str) -> None:
    session_id = started_session(client)
    api = as_caller(client, "json")
    for n in range(1, 9):
        assert api.post(f"/session/{session_id}/message", {"answer": _answer(n)}).status_code == 200

    response = as_caller(client, mode).post(
        f"/session/{session_id}/message", {"answer": "One more thing"}
    )

    if mode == "html":
        assert response.status_code == 409
        body = response.get_data(as_text=True)
        assert COMPLETE_MESSAGE in body and "See your feedback" in body
    else:
        assert_error(response, mode, 409, COMPLETE_MESSAGE)
    state = api.get(f"/session/{session_id}/interview").get_json()
    assert len(state["conversation"]) == 16


@pytest.mark.parametrize("missing", ["cv", "job description", "both"])
def test_interview_without_documents_redirects_to_upload_with_warning(
    client: FlaskClient, missing: str
) -> None:
    session_id = create_session_via_api(client)
    api = as_caller(client, "json")
    if missing != "cv" and missing != "both":
        api.post(f"/session/{session_id}/upload-cv", cv_upload())
    if missing == "cv":
        api.post(f"/session/{session_id}/upload-job", {"job_description": SAMPLE_JD})

    response = client.get(f"/session/{session_id}/interview")
    assert response.status_code == 303
    assert response.headers["Location"] == f"/session/{session_id}/upload"

    followed = client.get(f"/session/{session_id}/interview", follow_redirects=True)
    assert followed.request.path == f"/session/{session_id}/upload"
    body = followed.get_data(as_text=True)
    assert '<div class="alert alert-warning" role="status">' in body
    assert NOT_READY_MESSAGE in body
    # The warning is shown once.
    assert NOT_READY_MESSAGE not in client.get(f"/session/{session_id}/upload").get_data(
        as_text=True
    )
    state = api.get(f"/session/{session_id}/upload").get_json()
    assert state["progress"]["question_count"] == 0


def test_interview_without_documents_json_and_htmx(client: FlaskClient) -> None:
    session_id = create_session_via_api(client)
    response = as_caller(client, "json").get(f"/session/{session_id}/interview")
    assert_error(response, "json", 409, NOT_READY_MESSAGE)

    response = as_caller(client, "htmx").get(f"/session/{session_id}/interview")
    assert response.status_code == 204
    assert response.headers["HX-Redirect"] == f"/session/{session_id}/upload"


def test_answer_before_the_interview_started_is_409(client: FlaskClient) -> None:
    session_id = ready_session(client)
    response = as_caller(client, "json").post(
        f"/session/{session_id}/message", {"answer": "Hello?"}
    )
    assert response.status_code == 409
    assert response.get_json()["error"] is True


def test_documents_cannot_change_after_the_start(client: FlaskClient) -> None:
    session_id = started_session(client)
    response = as_caller(client, "json").post(
        f"/session/{session_id}/upload-job", {"job_description": SAMPLE_JD + " More."}
    )
    assert response.status_code == 409
    page = client.get(f"/session/{session_id}/upload").get_data(as_text=True)
    assert "its documents can no longer change" in page
    assert 'name="cv_file"' not in page


@pytest.mark.parametrize("mode", MODES)
def test_model_failure_is_500_and_the_answer_is_kept(
    make_app: Callable[[AIService], Flask], mode: str
) -> None:
    provider = InterviewerScript("Tell me about Kafka?", RuntimeError("provider down"))
    client = make_app(AIService([provider])).test_client()
    session_id = started_session(client)
    api = as_caller(client, "json")
    answer = "I ran Kafka in production for four years."

    response = as_caller(client, mode).post(f"/session/{session_id}/message", {"answer": answer})

    assert response.status_code == 500
    body: Any = response.get_json() if mode == "json" else response.get_data(as_text=True)
    if mode == "json":
        assert body["error"] is True
        assert "your answer is saved" in body["message"]
    elif mode == "htmx":
        assert response.headers["HX-Retarget"] == "#errors"
        assert "your answer is saved" in body
    else:
        # The page shows the conversation with the saved answer and a way to retry.
        assert answer in body
        assert "your answer is saved" in body
        assert "Try again" in body
    state = api.get(f"/session/{session_id}/interview").get_json()
    # Visiting the page retried the model (the scripted queue is now empty: it succeeds).
    assert [m["content"] for m in state["conversation"]] == [
        "Tell me about Kafka?",
        answer,
        QUESTIONS[1],
    ]


def test_resending_the_answer_after_a_model_failure_retries_without_duplicates(
    make_app: Callable[[AIService], Flask],
) -> None:
    provider = InterviewerScript("What was your last project about?", RuntimeError("provider down"))
    client = make_app(AIService([provider])).test_client()
    session_id = started_session(client)
    htmx = as_caller(client, "htmx")
    answer = "The same answer, sent twice."

    assert htmx.post(f"/session/{session_id}/message", {"answer": answer}).status_code == 500
    retry = htmx.post(f"/session/{session_id}/message", {"answer": answer})

    assert retry.status_code == 200
    fragment = retry.get_data(as_text=True)
    assert answer in fragment and QUESTIONS[1] in fragment
    state = as_caller(client, "json").get(f"/session/{session_id}/interview").get_json()
    assert [m["role"] for m in state["conversation"]] == ["assistant", "user", "assistant"]


def test_each_question_shows_its_provider_and_fallback(
    make_app: Callable[[AIService], Flask],
) -> None:
    primary = InterviewerScript("Which system are you proudest of?", RuntimeError("quota"))
    backup = InterviewerScript()
    backup.name = "backup"
    client = make_app(AIService([primary, backup])).test_client()
    session_id = started_session(client)

    page = client.get(f"/session/{session_id}/interview").get_data(as_text=True)
    assert "by scripted" in page
    assert "badge-fallback" not in page

    fragment = as_caller(client, "htmx").post(
        f"/session/{session_id}/message", {"answer": "My answer"}
    )
    body = fragment.get_data(as_text=True)
    assert "by backup" in body
    assert '<span class="badge badge-fallback"' in body and ">fallback</span>" in body


@pytest.mark.parametrize("mode", MODES)
def test_model_failure_on_the_first_question(
    make_app: Callable[[AIService], Flask], mode: str
) -> None:
    client = make_app(AIService([InterviewerScript(RuntimeError("provider down"))])).test_client()
    session_id = ready_session(client)

    response = as_caller(client, mode).get(f"/session/{session_id}/interview")

    assert response.status_code == 500
    if mode == "html":
        body = response.get_data(as_text=True)
        assert "could not write the next question" in body
        assert "The interviewer has not written the first question yet." in body
        assert f'href="/session/{session_id}/interview">Try again</a>' in body
    else:
        message = (response.get_json() or {}).get("message") or response.get_data(as_text=True)
        assert "could not write the next question" in message
    # Reloading is the retry: the scripted queue is empty now, so question 1 arrives.
    state = as_caller(client, "json").get(f"/session/{session_id}/interview").get_json()
    assert [m["content"] for m in state["conversation"]] == [QUESTIONS[0]]


def test_full_interview_with_the_configured_offline_interviewer(
    make_app: Callable[[AIService], Flask], ai: AIService
) -> None:
    # The real provider chain of a fresh install; its wording is its own business.
    client = make_app(ai).test_client()
    session_id = ready_session(client)
    api = as_caller(client, "json")
    first = api.get(f"/session/{session_id}/interview").get_json()["conversation"]
    assert len(first) == 1 and first[0]["content"].strip()
    for n in range(1, 9):
        body = api.post(f"/session/{session_id}/message", {"answer": _answer(n)}).get_json()
        assert body["is_complete"] is (n == 8)
        assert (body["next_question"] is None) is (n == 8)
    page = client.get(f"/session/{session_id}/interview").get_data(as_text=True)
    assert page.count('data-role="assistant"') == 8
    assert "by the offline interviewer" in page
