"""Payloads in every untrusted field, seen by a real Chromium on both front doors.

No script runs (`window.__pwned` stays unset), no request leaves for the payloads' hosts,
no link or image points at them, and the payload text is still there to read.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from interview_core import auth
from interview_core.ai.service import AIService
from interview_core.auth import Role
from interview_core.config import load_settings
from interview_core.db import Database
from interview_core.web import create_app
from tests.helpers.browser import chromium, streamlit_app
from tests.helpers.fakes import ScriptedProvider
from tests.security.hostile import HostileSessions, seed_hostile

pytestmark = pytest.mark.browser

WAIT_MS = 30_000  # bounds a hang on a busy machine; times nothing
PASSWORD = "correct horse battery"
HOSTILE_HOSTS = ("tracker.invalid", "evil.invalid")


@pytest.fixture
def browser_page() -> Iterator[object]:
    with chromium(1200, 900, WAIT_MS) as context:
        page = context.new_page()
        page.outside = []  # type: ignore[attr-defined]
        page.on(
            "request",
            lambda r: (
                page.outside.append(r.url)  # type: ignore[attr-defined]
                if any(h in r.url for h in HOSTILE_HOSTS)
                else None
            ),
        )
        yield page


def assert_inert(page) -> None:  # type: ignore[no-untyped-def]
    """Nothing of the payloads became live on this page."""
    page.wait_for_timeout(500)  # let any injected image or script try its luck
    assert page.evaluate("window.__pwned") is None
    assert page.outside == []  # type: ignore[attr-defined]
    for host in HOSTILE_HOSTS:
        assert page.locator(f"a[href*='{host}']").count() == 0
        assert page.locator(f"img[src*='{host}']").count() == 0
        assert page.locator(f"[style*='{host}']").count() == 0
    assert page.locator("svg[onload]").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0


# --- the web shim ---------------------------------------------------------------------------


@pytest.fixture
def shim(tmp_path: Path) -> Iterator[tuple[str, HostileSessions]]:
    db = Database.from_url(f"sqlite:///{tmp_path / 'shim.db'}")
    ada = auth.create_user(db, "ada", PASSWORD, Role.COACH)
    sessions = seed_hostile(db, ada)
    app = create_app(
        {
            "SETTINGS": load_settings(
                env={"INTERVIEW_DATA_DIR": str(tmp_path)}, secrets_path=tmp_path / "none"
            ),
            "DATABASE": db,
            "AI_SERVICE": AIService([ScriptedProvider()]),
        }
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        # `localhost`: an allowed host by default, like a real visit.
        yield f"http://localhost:{server.server_port}", sessions
    finally:
        server.shutdown()
        thread.join(timeout=10)
        db.dispose()


def test_shim_pages_keep_payloads_as_text(shim, browser_page) -> None:  # type: ignore[no-untyped-def]
    url, sessions = shim
    page = browser_page
    page.goto(url + "/session/1/interview")
    page.fill("#username", "ada")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_url(url + "/session/1/interview")
    for path in (
        "/",
        f"/session/{sessions.started}/upload",
        f"/session/{sessions.started}/interview",
        f"/session/{sessions.done}/interview",
        f"/session/{sessions.done}/feedback",
    ):
        page.goto(url + path)
        assert_inert(page)
    # Still readable: the payload shows as the text it is.
    page.goto(url + f"/session/{sessions.started}/interview")
    assert "window.__pwned=1" in page.inner_text("main")
    assert "http://evil.invalid/steal" in page.inner_text("main")


# --- the Streamlit app ----------------------------------------------------------------------


@pytest.fixture
def streamlit_server(tmp_path: Path) -> Iterator[tuple[str, HostileSessions]]:
    url_db = f"sqlite:///{tmp_path / 'app.db'}"
    db = Database.from_url(url_db)
    adam = auth.create_user(db, "adam", PASSWORD, Role.ADMIN)
    sessions = seed_hostile(db, adam)
    db.dispose()
    env = {
        "INTERVIEW_DATA_DIR": str(tmp_path),
        "INTERVIEW_DATABASE_URL": url_db,
        "INTERVIEW_AI_PROVIDER": "offline",
        "INTERVIEW_AI_FALLBACKS": "offline",
    }
    # `localhost`: an allowed host by default, like a real visit.
    with streamlit_app(env, host="localhost") as url:
        yield url, sessions


def open_signed_in(page, url: str) -> None:  # type: ignore[no-untyped-def]
    """Open `url` and sign in there: a sign-in lasts as long as the tab's Streamlit session."""
    page.goto(url)
    page.get_by_label("Username").fill("adam")
    page.get_by_role("textbox", name="Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("Signed in as").wait_for()


def test_streamlit_pages_keep_payloads_as_text(streamlit_server, browser_page) -> None:  # type: ignore[no-untyped-def]
    url, sessions = streamlit_server
    page = browser_page
    # The address names the page; after signing in, the same address shows it.
    open_signed_in(page, url + f"/interview?session={sessions.started}")
    page.get_by_text("In answer 3 I used Python").wait_for()
    assert_inert(page)
    text = page.inner_text("body")
    assert "window.__pwned=1" in text
    assert "http://evil.invalid/steal" in text.replace("\u2060", "")

    open_signed_in(page, url + f"/feedback?session={sessions.done}")
    page.get_by_text("Question by question").wait_for()
    for expander in page.locator("[data-testid='stExpander'] summary").all():
        expander.click()
    assert_inert(page)

    open_signed_in(page, url + "/dashboard")
    page.get_by_label("Session id").fill(str(sessions.done))
    page.get_by_label("Session id").press("Enter")
    page.get_by_text(f"Session {sessions.done}:").wait_for()
    assert_inert(page)
    page.get_by_role("tab", name="Feedback").click()
    assert_inert(page)

    # Signing out from the sidebar returns to the sign-in form.
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("button", name="Sign in").wait_for()
