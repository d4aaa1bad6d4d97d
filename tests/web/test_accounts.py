"""Sign-in on the web shim: the two modes, /login and /logout, rotation, limits, claiming."""

from __future__ import annotations

import pytest
from flask import Flask

from interview_core import auth
from interview_core.auth import Role
from interview_core.db import Database
from tests.helpers.web import create_session_via_api
from tests.web.accounts import JSON, PASSWORD, login_page_token, sign_in


@pytest.fixture(autouse=True)
def fresh_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    # The process-wide limiter would carry failures from one test to the next.
    monkeypatch.setattr(auth, "LIMITER", auth.AttemptLimiter())


def test_local_mode_needs_no_sign_in(app: Flask) -> None:
    client = app.test_client()
    page = client.get("/")
    assert page.status_code == 200
    assert "Local desk: no sign-in" in page.get_data(as_text=True)
    assert client.get("/login", headers=JSON).get_json() == {
        "accounts_required": False,
        "signed_in": None,
    }
    assert client.get("/login").status_code == 302  # nothing to sign in to


def test_the_first_account_switches_both_ways(app: Flask, db: Database) -> None:
    client = app.test_client()
    assert client.get("/", headers=JSON).status_code == 200
    auth.create_user(db, "ada", PASSWORD)
    response = client.get("/session/1/interview")
    assert response.status_code == 302
    assert response.headers["Location"] == "/login?next=/session/1/interview"
    assert client.get("/", headers=JSON).status_code == 401
    htmx = client.post("/session/1/message", headers={"HX-Request": "true"})
    assert htmx.headers.get("HX-Redirect", "").startswith("/login") or htmx.status_code in (
        400,
        401,
    )
    auth.remove_user(db, "ada")
    assert client.get("/", headers=JSON).status_code == 200


def test_sign_in_with_the_form_rotates_the_session(app: Flask, db: Database) -> None:
    auth.create_user(db, "ada", PASSWORD)
    client = app.test_client()
    token = login_page_token(client)
    before = client.get_cookie("interview_studio").value
    wrong = client.post(
        "/login", data={"username": "ada", "password": "nope nope nope", "csrf_token": token}
    )
    assert wrong.status_code == 400 and "Wrong username or password" in wrong.get_data(as_text=True)
    response = client.post(
        "/login",
        data={"username": "ada", "password": PASSWORD, "csrf_token": token, "next": "/"},
    )
    assert response.status_code == 303 and response.headers["Location"] == "/"
    after = client.get_cookie("interview_studio").value
    assert after != before
    # The token of the signed-out page is gone with the old session.
    stale = client.post(
        "/session/create", data={"job_title": "A", "company_name": "B", "csrf_token": token}
    )
    assert stale.status_code == 400
    page = client.get("/").get_data(as_text=True)
    assert "ada (coach)" in page and "Sign out" in page


def test_sign_in_form_needs_its_csrf_token(app: Flask, db: Database) -> None:
    auth.create_user(db, "ada", PASSWORD)
    response = app.test_client().post("/login", data={"username": "ada", "password": PASSWORD})
    assert response.status_code == 400


def test_next_never_leaves_the_site(app: Flask, db: Database) -> None:
    auth.create_user(db, "ada", PASSWORD)
    client = app.test_client()
    token = login_page_token(client)
    for target in ("https://evil.invalid/", "//evil.invalid/x", "javascript:alert(1)"):
        response = client.post(
            "/login",
            data={"username": "ada", "password": PASSWORD, "csrf_token": token, "next": target},
        )
        assert response.headers["Location"] == "/"
        client.post("/logout", headers=JSON)
        token = login_page_token(client)


def test_sign_out_ends_the_session(app: Flask, db: Database) -> None:
    auth.create_user(db, "ada", PASSWORD)
    client = sign_in(app, "ada")
    assert client.get("/", headers=JSON).status_code == 200
    assert client.post("/logout", headers=JSON).status_code == 204
    assert client.get("/", headers=JSON).status_code == 401


def test_password_change_and_removal_end_sign_ins(app: Flask, db: Database) -> None:
    auth.create_user(db, "ada", PASSWORD)
    client = sign_in(app, "ada")
    auth.set_password(db, "ada", "a completely new one")
    assert client.get("/", headers=JSON).status_code == 401
    client = app.test_client()
    client.post(
        "/login", data={"username": "ada", "password": "a completely new one"}, headers=JSON
    )
    auth.create_user(db, "bob", PASSWORD)
    auth.remove_user(db, "ada")
    assert client.get("/", headers=JSON).status_code == 401


def test_role_changes_apply_at_once(app: Flask, db: Database) -> None:
    auth.create_user(db, "ada", PASSWORD, Role.COACH)
    client = sign_in(app, "ada")
    assert client.get("/login", headers=JSON).get_json()["signed_in"]["role"] == "coach"
    auth.set_role(db, "ada", Role.RECRUITER)
    assert client.get("/login", headers=JSON).get_json()["signed_in"]["role"] == "recruiter"
    created = client.post(
        "/session/create", data={"job_title": "A", "company_name": "B"}, headers=JSON
    )
    assert created.status_code == 403


def test_sign_in_is_rate_limited(app: Flask, db: Database) -> None:
    auth.create_user(db, "ada", PASSWORD)
    client = app.test_client()
    for _ in range(auth.MAX_FAILURES_PER_ACCOUNT):
        wrong = client.post(
            "/login", data={"username": "ada", "password": "wrong guess!"}, headers=JSON
        )
        assert wrong.status_code == 400
    right = client.post("/login", data={"username": "ada", "password": PASSWORD}, headers=JSON)
    assert right.status_code == 429
    assert "Too many failed sign-in attempts" in right.get_json()["message"]


def test_sign_in_is_rate_limited_per_address(app: Flask, db: Database) -> None:
    auth.create_user(db, "ada", PASSWORD)
    client = app.test_client()
    for n in range(auth.MAX_FAILURES_PER_ADDRESS):
        client.post(
            "/login", data={"username": f"user{n}", "password": "wrong guess!"}, headers=JSON
        )
    right = client.post("/login", data={"username": "ada", "password": PASSWORD}, headers=JSON)
    assert right.status_code == 429
    other_address = app.test_client()
    response = other_address.post(
        "/login",
        data={"username": "ada", "password": PASSWORD},
        headers=JSON,
        environ_base={"REMOTE_ADDR": "10.1.2.3"},
    )
    assert response.status_code == 200


def test_first_account_claims_the_browsers_anonymous_sessions(app: Flask, db: Database) -> None:
    browser = app.test_client()
    mine = create_session_via_api(browser)
    stranger = app.test_client()
    theirs = create_session_via_api(stranger)
    auth.create_user(db, "ada", PASSWORD)
    auth.create_user(db, "bob", PASSWORD)
    browser.post("/login", data={"username": "ada", "password": PASSWORD}, headers=JSON)
    ids = {s["id"] for s in browser.get("/", headers=JSON).get_json()["sessions"]}
    assert ids == {mine}
    assert browser.get(f"/session/{theirs}/upload", headers=JSON).status_code == 403
    # The next account signing in from the same browser gets nothing more.
    browser.post("/logout", headers=JSON)
    browser.post("/login", data={"username": "bob", "password": PASSWORD}, headers=JSON)
    assert browser.get("/", headers=JSON).get_json()["sessions"] == []
    assert browser.get(f"/session/{mine}/upload", headers=JSON).status_code == 403


def test_sign_out_ends_copies_of_the_cookie(app: Flask, db: Database) -> None:
    auth.create_user(db, "ada", PASSWORD)
    client = sign_in(app, "ada")
    copy = app.test_client()
    copy.set_cookie("interview_studio", client.get_cookie("interview_studio").value)
    assert copy.get("/", headers=JSON).status_code == 200
    client.post("/logout", headers=JSON)
    # The copy was made before sign-out (another tab, or a stolen cookie): it is over too.
    assert copy.get("/", headers=JSON).status_code == 401
    # Signing in again works, with a new token.
    assert sign_in(app, "ada").get("/", headers=JSON).status_code == 200
