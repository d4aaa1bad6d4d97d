"""Helpers for the web tests: callers in three shapes (HTML, JSON, htmx) and ready sessions."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from flask.testing import FlaskClient
from markupsafe import escape
from werkzeug.test import TestResponse

from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD

UNKNOWN_ID = 987_654
FORBIDDEN = "You don't have access to this session"
NOT_FOUND = "Session not found"
MODES = ("html", "json", "htmx")

_CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)">')


def csrf_token(client: FlaskClient) -> str:
    """The CSRF token a page gives this browser (from the meta tag)."""
    match = _CSRF_META.search(client.get("/").get_data(as_text=True))
    assert match, "every page carries the CSRF token in a meta tag"
    return match.group(1)


@dataclass
class Caller:
    """One browser talking as an HTML page, an htmx page or a JSON client."""

    client: FlaskClient
    mode: str
    _token: str | None = field(default=None, repr=False)

    @property
    def token(self) -> str:
        if self._token is None:
            self._token = csrf_token(self.client)
        return self._token

    def headers(self) -> dict[str, str]:
        if self.mode == "json":
            return {"Accept": "application/json"}
        if self.mode == "htmx":
            return {"HX-Request": "true", "X-CSRFToken": self.token}
        return {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}

    def get(self, path: str) -> TestResponse:
        return self.client.get(path, headers=self.headers())

    def post(self, path: str, data: dict[str, Any] | None = None) -> TestResponse:
        data = dict(data or {})
        if self.mode == "html":
            data.setdefault("csrf_token", self.token)
        return self.client.post(path, data=data, headers=self.headers())


def as_caller(client: FlaskClient, mode: str) -> Caller:
    """`client` speaking in `mode` ("html", "json" or "htmx")."""
    return Caller(client, mode)


def cv_upload(text: str = SAMPLE_CV, filename: str = "cv.md") -> dict[str, Any]:
    """Form data for `upload-cv`: a fresh file object each call."""
    return {"cv_file": (io.BytesIO(text.encode()), filename)}


def create_session_via_api(client: FlaskClient, title: str = "Backend Engineer") -> int:
    """Create a session as a JSON client; returns its id."""
    response = client.post(
        "/session/create",
        data={"job_title": title, "company_name": "Initech"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()["id"]


def ready_session(client: FlaskClient) -> int:
    """A session of `client`'s browser with both documents in (not started)."""
    session_id = create_session_via_api(client)
    api = as_caller(client, "json")
    assert api.post(f"/session/{session_id}/upload-cv", cv_upload()).status_code == 200
    response = api.post(f"/session/{session_id}/upload-job", {"job_description": SAMPLE_JD})
    assert response.status_code == 200
    return session_id


def started_session(client: FlaskClient) -> int:
    """A ready session whose first question has been asked."""
    session_id = ready_session(client)
    assert as_caller(client, "json").get(f"/session/{session_id}/interview").status_code == 200
    return session_id


def assert_error(response: TestResponse, mode: str, status: int, message: str) -> None:
    """`response` is the error `message` with `status`, shaped for `mode`."""
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    if mode == "json":
        assert response.mimetype == "application/json"
        body = response.get_json()
        assert body["error"] is True and body["message"] == message
        # Beyond the two documented keys, only a 409's current state may come along.
        assert set(body) <= {"error", "message", "progress", "open_question_index", "open_question"}
        return
    body = response.get_data(as_text=True)
    assert response.mimetype == "text/html"
    assert escape(message) in body
    if mode == "htmx":
        assert response.headers["HX-Retarget"] == "#errors"
        assert response.headers["HX-Reswap"] == "innerHTML"
        assert "<html" not in body, "htmx gets a fragment, not a page"
    else:
        assert body.lstrip().lower().startswith("<!doctype html>")
