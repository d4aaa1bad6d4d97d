"""Sign-in on the Streamlit app: the two modes, the form, sign-out, limits, hosts."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from interview_core import auth
from interview_core.auth import Role
from interview_core.db import Database
from interview_core.ui import resources
from interview_core.ui.components import escape_markdown
from tests.helpers.apptest import no_exception, values

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def fresh_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "LIMITER", auth.AttemptLimiter())


def sign_in(at: AppTest, username: str, password: str = PASSWORD) -> AppTest:
    at.text_input[0].input(username)
    at.text_input[1].input(password)
    return at.button[0].click().run()


def sidebar_text(at: AppTest) -> str:
    return " ".join(values(at.sidebar.caption))


def test_local_desk_says_there_is_no_sign_in(app: AppTest) -> None:
    app.run()
    no_exception(app)
    assert values(app.title) == ["New session"]
    assert "Local desk" in sidebar_text(app) and "no sign-in" in sidebar_text(app)


def test_the_first_account_brings_the_sign_in_form(app: AppTest, app_db: Database) -> None:
    app.run()
    assert values(app.title) == ["New session"]
    auth.create_user(app_db, "ada", PASSWORD, Role.COACH)
    app.run()
    assert values(app.title) == ["Sign in"]
    assert "" in app.session_state["registered_page_urls"]
    auth.remove_user(app_db, "ada")
    app.run()
    assert values(app.title) == ["New session"]


def test_sign_in_and_out(app: AppTest, app_db: Database) -> None:
    auth.create_user(app_db, "ada", PASSWORD, Role.COACH)
    app.run()
    app.session_state["left_over"] = "from before sign-in"
    sign_in(app, "ada", "wrong password!")
    assert values(app.error) == ["Wrong username or password."]
    sign_in(app, "ada")
    no_exception(app)
    assert values(app.title) == ["New session"]
    assert "Signed in as **ada** (coach)" in sidebar_text(app)
    # The tab's state starts afresh at sign-in.
    assert "left_over" not in app.session_state
    app.run()  # settle on the home page (AppTest keys widgets by the page of the run)
    [sign_out] = [b for b in app.sidebar.button if b.label == "Sign out"]
    sign_out.click().run()
    assert values(app.title) == ["Sign in"]
    assert resources.SIGNED_IN_KEY not in app.session_state


def test_a_changed_password_ends_the_sign_in(app: AppTest, app_db: Database) -> None:
    auth.create_user(app_db, "ada", PASSWORD, Role.COACH)
    sign_in(app.run(), "ada")
    assert values(app.title) == ["New session"]
    auth.set_password(app_db, "ada", "something else entirely")
    app.run()
    assert values(app.title) == ["Sign in"]


def test_sign_in_is_rate_limited(app: AppTest, app_db: Database) -> None:
    auth.create_user(app_db, "ada", PASSWORD, Role.COACH)
    app.run()
    for _ in range(auth.MAX_FAILURES_PER_ACCOUNT):
        sign_in(app, "ada", "wrong password!")
    sign_in(app, "ada")
    assert values(app.title) == ["Sign in"]
    assert values(app.error)[0].startswith("Too many failed sign-in attempts")


@pytest.mark.parametrize(
    ("headers", "served"),
    [
        ({"Host": "localhost:8501"}, True),
        ({"Host": "127.0.0.1:8501", "Origin": "http://127.0.0.1:8501"}, True),
        ({"Host": "attacker.invalid:8501"}, False),
        ({"Host": "localhost:8501", "Origin": "http://attacker.invalid"}, False),
    ],
)
def test_host_and_origin_are_checked(
    app: AppTest, monkeypatch: pytest.MonkeyPatch, headers: dict[str, str], served: bool
) -> None:
    monkeypatch.setattr(resources, "request_headers", lambda: headers)
    app.run()
    no_exception(app)
    if served:
        assert values(app.title) == ["New session"]
    else:
        assert values(app.title) == []
        assert values(app.error) == [
            "This app is not served under that host name (see INTERVIEW_ALLOWED_HOSTS)."
        ]


def test_config_binds_to_this_machine_with_xsrf_and_cors() -> None:
    import tomllib

    from interview_core.config import PROJECT_ROOT

    server = tomllib.loads((PROJECT_ROOT / ".streamlit" / "config.toml").read_text())["server"]
    assert server["address"] == "127.0.0.1"
    assert server["enableXsrfProtection"] is True
    assert server["enableCORS"] is True


class _FakeUser(dict):
    """Stands in for `st.user` after an identity provider signed someone in."""

    @property
    def is_logged_in(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("claims", "signed_in"),
    [
        ({"email": "Jane@Example.com", "email_verified": True}, True),
        ({"email": "jane@example.com", "email_verified": False}, False),
        ({"email": "nobody@example.com", "email_verified": True}, False),
    ],
)
def test_single_sign_on_maps_the_email_to_an_account(
    app: AppTest,
    app_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    claims: dict[str, object],
    signed_in: bool,
) -> None:
    import streamlit as st

    auth.create_user(app_db, "jane@example.com", PASSWORD, Role.RECRUITER)
    monkeypatch.setattr(resources, "oidc_configured", lambda: True)
    monkeypatch.setattr(st, "user", _FakeUser(claims))
    app.run()
    no_exception(app)
    if signed_in:
        assert values(app.title) == ["Dashboard"]
        who = escape_markdown("jane@example.com")
        assert f"Signed in as **{who}** (recruiter)" in sidebar_text(app)
    else:
        assert values(app.title) == ["Sign in"]
        assert any(b.label == "Sign in with your organisation" for b in app.button)
