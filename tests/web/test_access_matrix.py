"""Every shim route × every kind of caller × read/write: the expected status.

Callers: the owning coach, another coach, a recruiter, an admin (all signed in), a browser
that is signed out while accounts exist, and (local mode, no accounts) the anonymous
browser that created the session and another anonymous browser.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.config import Settings
from interview_core.db import Database
from interview_core.web import create_app
from tests.helpers.documents import SAMPLE_JD
from tests.helpers.fakes import InterviewerScript
from tests.helpers.web import cv_upload, started_session
from tests.web.accounts import JSON, make_accounts, owned_sessions, sign_in

# (name, method, path template, session kind, form data factory)
ROUTES: list[tuple[str, str, str, str, Callable[[], dict[str, Any]] | None]] = [
    ("upload page", "GET", "/session/{id}/upload", "empty", None),
    ("interview page", "GET", "/session/{id}/interview", "started", None),
    ("feedback page", "GET", "/session/{id}/feedback", "done", None),
    ("upload cv", "POST", "/session/{id}/upload-cv", "empty", cv_upload),
    (
        "upload job",
        "POST",
        "/session/{id}/upload-job",
        "empty",
        lambda: {"job_description": SAMPLE_JD},
    ),
    (
        "answer",
        "POST",
        "/session/{id}/message",
        "started",
        # A "started" session has question 1 open; the answer names it.
        lambda: {"answer": "I led a team of five.", "question_index": "1"},
    ),
    ("complete", "POST", "/session/{id}/complete", "done", None),
    ("track page", "GET", "/track/{id}", "done", None),
    ("practise again", "POST", "/session/{id}/practise-again", "done", None),
    ("rename", "POST", "/session/{id}/rename", "started", lambda: {"label": "Mine"}),
    ("delete", "POST", "/session/{id}/delete", "empty", None),
]
READ = {"GET"}

# caller -> (status when reading, status when writing); None = "allowed" (2xx or 303)
EXPECTED: dict[str, tuple[int | None, int | None]] = {
    "owner": (None, None),
    "other": (403, 403),
    "recruiter": (None, 403),
    "admin": (None, None),
    "signed_out": (401, 401),
}


def _call(client: FlaskClient, method: str, path: str, data: dict[str, Any] | None) -> int:
    if method == "GET":
        return client.get(path, headers=JSON).status_code
    return client.post(path, data=data or {}, headers=JSON).status_code


def _check(status: int, expected: int | None) -> None:
    if expected is None:
        assert 200 <= status < 300 or status == 303, status
    else:
        assert status == expected


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The four accounts and the owner's sessions in a SQLite file, built once."""
    path = tmp_path_factory.mktemp("matrix") / "template.db"
    db = Database.from_url(f"sqlite:///{path}")
    accounts = make_accounts(db)
    sessions = owned_sessions(db, accounts.actors["owner"], AIService([InterviewerScript()]))
    db.dispose()
    return path, sessions


@pytest.fixture
def signed_in_world(
    template: tuple[Path, dict[str, int]], tmp_path: Path, settings: Settings
) -> Iterator[tuple[Flask, dict[str, int]]]:
    """The shim over a fresh copy of the template (SQLite; ownership is not dialect-bound)."""
    source, sessions = template
    shutil.copyfile(source, tmp_path / "world.db")
    db = Database.from_url(f"sqlite:///{tmp_path / 'world.db'}")
    app = create_app(
        {
            "SETTINGS": settings,
            "DATABASE": db,
            "AI_SERVICE": AIService([InterviewerScript()]),
            "TESTING": True,
        }
    )
    yield app, sessions
    db.dispose()


@pytest.mark.parametrize("route", ROUTES, ids=[r[0] for r in ROUTES])
@pytest.mark.parametrize("caller", sorted(EXPECTED))
def test_signed_in_access(signed_in_world, caller: str, route) -> None:  # type: ignore[no-untyped-def]
    app, sessions = signed_in_world
    name, method, template, kind, data = route
    client = app.test_client() if caller == "signed_out" else sign_in(app, caller)
    read, write = EXPECTED[caller]
    status = _call(client, method, template.format(id=sessions[kind]), data() if data else None)
    _check(status, read if method in READ else write)


@pytest.mark.parametrize("caller", sorted(EXPECTED))
def test_listing_and_creating(signed_in_world, caller: str) -> None:  # type: ignore[no-untyped-def]
    app, sessions = signed_in_world
    client = app.test_client() if caller == "signed_out" else sign_in(app, caller)
    listing = client.get("/", headers=JSON)
    created = client.post(
        "/session/create", data={"job_title": "Analyst", "company_name": "Globex"}, headers=JSON
    )
    if caller == "signed_out":
        assert (listing.status_code, created.status_code) == (401, 401)
        return
    ids = {s["id"] for s in listing.get_json()["sessions"]}
    # "My sessions" is one's own, whatever the role.
    assert (ids >= set(sessions.values())) is (caller == "owner")
    assert not ids & set(sessions.values()) or caller == "owner"
    assert created.status_code == (403 if caller == "recruiter" else 201)


@pytest.mark.parametrize("mode", ["read", "write"])
@pytest.mark.parametrize("caller", ["anonymous_owner", "anonymous_other"])
def test_local_mode_anonymous_browsers(
    client: FlaskClient, other_client: FlaskClient, caller: str, mode: str
) -> None:
    session_id = started_session(client)
    browser = client if caller == "anonymous_owner" else other_client
    if mode == "read":
        status = browser.get(f"/session/{session_id}/interview", headers=JSON).status_code
    else:
        status = browser.post(
            f"/session/{session_id}/message",
            data={"answer": "My answer.", "question_index": "1"},
            headers=JSON,
        ).status_code
    assert status == (200 if caller == "anonymous_owner" else 403)


def test_recruiter_html_pages_show_no_write_to_others(signed_in_world) -> None:  # type: ignore[no-untyped-def]
    app, sessions = signed_in_world
    recruiter = sign_in(app, "recruiter")
    page = recruiter.get(f"/session/{sessions['started']}/interview")
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "no-store"


def test_local_actor_type() -> None:
    assert Actor.local().id == "local"


def test_a_reader_never_causes_feedback_to_be_written(signed_in_world) -> None:  # type: ignore[no-untyped-def]
    from interview_core.models import Feedback
    from interview_core.web.context import EXTENSION_KEY

    app, sessions = signed_in_world
    db = app.extensions[EXTENSION_KEY].db
    with db.session() as s:
        s.query(Feedback).delete()
        s.commit()
    recruiter = sign_in(app, "recruiter")
    response = recruiter.get(f"/session/{sessions['done']}/feedback", headers=JSON)
    assert response.status_code == 409
    assert response.get_json()["message"] == "No feedback has been written for this interview yet."
    with db.session() as s:
        assert s.query(Feedback).count() == 0
