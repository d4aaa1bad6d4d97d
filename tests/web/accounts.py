"""Accounts for the web tests: who signs in, and the sessions they own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Flask
from flask.testing import FlaskClient

from interview_core import auth, feedback, interview
from interview_core.ai.service import AIService
from interview_core.auth import Actor, Role
from interview_core.db import Database
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD

PASSWORD = "correct horse battery"
USERS = {"owner": Role.COACH, "other": Role.COACH, "recruiter": Role.RECRUITER, "admin": Role.ADMIN}
JSON = {"Accept": "application/json"}
_CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)">')


@dataclass
class Accounts:
    """The four accounts, each as an Actor, over one database."""

    actors: dict[str, Actor]


def make_accounts(db: Database) -> Accounts:
    return Accounts(
        {name: auth.create_user(db, name, PASSWORD, role) for name, role in USERS.items()}
    )


def sign_in(app: Flask, name: str) -> FlaskClient:
    """A browser signed in as `name` (through the JSON side of /login)."""
    client = app.test_client()
    response = client.post("/login", data={"username": name, "password": PASSWORD}, headers=JSON)
    assert response.status_code == 200, response.get_data(as_text=True)
    return client


def login_page_token(client: FlaskClient) -> str:
    """The CSRF token of the sign-in page for this browser."""
    match = _CSRF_META.search(client.get("/login").get_data(as_text=True))
    assert match
    return match.group(1)


def owned_sessions(db: Database, owner: Actor, ai: AIService) -> dict[str, int]:
    """Three sessions of `owner`: empty, in progress (question 1 asked), complete."""
    empty = interview.create_session(db, owner, "Backend Engineer", "Initech").id
    started = interview.create_session(db, owner, "Backend Engineer", "Initech").id
    done = interview.create_session(db, owner, "Backend Engineer", "Initech").id
    for sid in (started, done):
        interview.attach_cv(db, owner, sid, "cv.md", SAMPLE_CV.encode())
        interview.attach_job_description(db, owner, sid, SAMPLE_JD)
        interview.start_interview(db, owner, sid, ai)
    for n in range(1, 9):
        interview.answer_question(
            db, owner, done, f"In answer {n} I led a Python migration that cut costs by {n}0%.", ai
        )
    feedback.generate_feedback(db, owner, done, ai)
    return {"empty": empty, "started": started, "done": done}
