"""Every Streamlit page × every kind of visitor × read/write: what the page shows.

Visitors: the coach who owns the sessions, another coach, a recruiter, an admin (signed in
through the sign-in form), a visitor who is signed out while accounts exist, and the local
desk (no accounts) looking at its own sessions and at a session a web-shim browser made.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from interview_core import auth, feedback, interview
from interview_core.ai.service import AIService
from interview_core.auth import Actor, Role
from interview_core.db import Database
from tests.helpers.apptest import APP, TIMEOUT_S, no_exception, values
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.fakes import ScriptedProvider

PASSWORD = "correct horse battery"
ROLES = {"owner": Role.COACH, "other": Role.COACH, "recruiter": Role.RECRUITER, "admin": Role.ADMIN}
FORBIDDEN = "You don't have access to this session"


@dataclass
class World:
    started: int
    done: int
    local_mode: bool


def _sessions(db: Database, owner: Actor) -> tuple[int, int]:
    ai = AIService([ScriptedProvider()])
    ids = []
    for _ in range(2):
        sid = interview.create_session(db, owner, "Backend Engineer", "Initech").id
        interview.attach_cv(db, owner, sid, "cv.md", SAMPLE_CV.encode())
        interview.attach_job_description(db, owner, sid, SAMPLE_JD)
        interview.ensure_question(db, owner, sid, ai)
        ids.append(sid)
    started, done = ids
    for n in range(1, 9):
        interview.submit_answer(db, owner, done, f"Answer {n}: I shipped a Python service.")
        if n < 8:
            interview.ensure_question(db, owner, done, ai)
    feedback.generate_feedback(db, owner, done, ai)
    return started, done


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, World]]:
    """One database file per kind of world, built once: copying it is much cheaper."""
    built: dict[str, tuple[Path, World]] = {}
    for kind in ("accounts", "local", "local_other"):
        path = tmp_path_factory.mktemp(kind) / "app.db"
        db = Database.from_url(f"sqlite:///{path}")
        if kind == "accounts":
            actors = {n: auth.create_user(db, n, PASSWORD, role) for n, role in ROLES.items()}
            owner = actors["owner"]
        else:
            # No accounts: the desk's own sessions, or ones a web-shim browser made.
            owner = Actor.local() if kind == "local" else Actor("browser:someone")
        started, done = _sessions(db, owner)
        db.dispose()
        built[kind] = (path, World(started, done, local_mode=kind != "accounts"))
    return built


@pytest.fixture
def matrix_db(
    templates: dict[str, tuple[Path, World]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[tuple[Database, World]]:
    """The app pointed at a fresh copy of the visitor's world."""
    visitor = request.node.callspec.params["visitor"]
    kind = visitor if visitor.startswith("local") else "accounts"
    source, world = templates[kind]
    target = tmp_path / "app.db"
    shutil.copyfile(source, target)
    url = f"sqlite:///{target}"
    monkeypatch.setenv("INTERVIEW_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTERVIEW_DATABASE_URL", url)
    monkeypatch.setenv("INTERVIEW_AI_PROVIDER", "offline")
    monkeypatch.setenv("INTERVIEW_AI_FALLBACKS", "offline")
    monkeypatch.setattr(auth, "LIMITER", auth.AttemptLimiter())
    db = Database.from_url(url)
    yield db, world
    db.dispose()
    st.cache_resource.clear()


def arrive(matrix_db: tuple[Database, World], visitor: str) -> tuple[AppTest, World]:
    """The app as `visitor` sees it after arriving (and signing in, if it has an account)."""
    _, world = matrix_db
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S)
    at.run()
    if world.local_mode:
        return at, world
    assert values(at.title) == ["Sign in"]
    if visitor != "signed_out":
        at.text_input[0].input(visitor)
        at.text_input[1].input(PASSWORD)
        at.button[0].click().run()
        no_exception(at)
        assert values(at.title) != ["Sign in"]
    return at, world


def visit(at: AppTest, page: str, session_id: int | None = None) -> AppTest | None:
    """Open `page`; None when the visitor's navigation does not have it."""
    at.query_params = {"session": str(session_id)} if session_id else {}
    try:
        return at.switch_page(page).run()
    except ValueError:  # not a page of this visitor's navigation
        return None


VISITORS = ["owner", "other", "recruiter", "admin", "signed_out", "local", "local_other"]
PAGES = {
    "new_session": "pages/new_session.py",
    "interview": "pages/interview.py",
    "feedback": "pages/feedback.py",
    "sessions": "pages/sessions.py",
    "progress": "pages/progress.py",
    "dashboard": "pages/dashboard.py",
    "settings": "pages/settings.py",
}
# visitor -> pages in its navigation
NAVIGATION = {
    "owner": {"new_session", "interview", "feedback", "sessions", "progress"},
    "other": {"new_session", "interview", "feedback", "sessions", "progress"},
    "recruiter": {"dashboard", "interview", "feedback"},
    "admin": set(PAGES),
    "signed_out": set(),
    "local": set(PAGES),
    "local_other": set(PAGES),
}
# visitor -> (reads the owner's sessions, writes them)
SESSION_ACCESS = {
    "owner": (True, True),
    "other": (False, False),
    "recruiter": (True, False),
    "admin": (True, True),
    "signed_out": (False, False),
    "local": (True, True),
    "local_other": (True, False),  # the desk reads a shim browser's session, never writes it
}


@pytest.mark.parametrize("visitor", VISITORS)
def test_navigation_per_visitor(matrix_db: tuple[Database, World], visitor: str) -> None:
    at, _ = arrive(matrix_db, visitor)
    registered = at.session_state["registered_page_urls"]
    if visitor == "signed_out":
        # The sign-in page, also at every page's address; nothing else runs.
        assert "" in registered
        for path in PAGES.values():
            shown = visit(at, path)
            assert shown is None or values(shown.title) == ["Sign in"]
        return
    for name, path in PAGES.items():
        shown = visit(at, path)
        assert (shown is not None) is (name in NAVIGATION[visitor]), name
        if shown is not None:
            no_exception(shown)


@pytest.mark.parametrize("page", ["pages/dashboard.py", "pages/settings.py", "pages/interview.py"])
@pytest.mark.parametrize("visitor", ["signed_out", "owner"])
def test_a_page_file_run_directly_is_still_gated(
    matrix_db: tuple[Database, World], visitor: str, page: str
) -> None:
    # Streamlit's folder-based mode runs a page file on its own (a bookmark after start).
    at, world = arrive(matrix_db, visitor)
    direct = AppTest.from_file(str(APP.parent / page), default_timeout=TIMEOUT_S)
    if visitor == "owner":
        direct.session_state[SIGNED_IN] = at.session_state[SIGNED_IN]
    direct.query_params = {"session": str(world.started)}
    direct.run()
    no_exception(direct)
    titles = values(direct.title)
    if visitor == "signed_out":
        assert titles == ["Sign in"]
    elif page != "pages/interview.py":
        assert "Dashboard" not in titles and "AI settings" not in titles


SIGNED_IN = "signed_in_token"


@pytest.mark.parametrize("mode", ["read", "write"])
@pytest.mark.parametrize("visitor", VISITORS)
def test_interview_page(matrix_db: tuple[Database, World], visitor: str, mode: str) -> None:
    at, world = arrive(matrix_db, visitor)
    can_read, can_write = SESSION_ACCESS[visitor]
    shown = visit(at, PAGES["interview"], world.started)
    if shown is None:
        assert not can_read
        return
    no_exception(shown)
    if visitor == "signed_out":
        assert values(shown.title) == ["Sign in"]
        return
    if not can_read:
        assert FORBIDDEN in values(shown.error)
        assert not shown.chat_input
        return
    assert values(shown.title) == ["Backend Engineer @ Initech"]
    assert [m.name for m in shown.chat_message] == ["assistant"]
    if mode == "read":
        return
    if not can_write:
        assert not shown.chat_input, "a reader gets no answer box"
        return
    shown.chat_input[0].set_value("I led the migration of forty services.").run()
    no_exception(shown)
    with matrix_db[0].session() as s:
        from interview_core.models import InterviewSession

        assert s.get(InterviewSession, world.started).answer_count == 1


@pytest.mark.parametrize("mode", ["read", "write"])
@pytest.mark.parametrize("visitor", VISITORS)
def test_feedback_page(matrix_db: tuple[Database, World], visitor: str, mode: str) -> None:
    at, world = arrive(matrix_db, visitor)
    can_read, can_write = SESSION_ACCESS[visitor]
    shown = visit(at, PAGES["feedback"], world.done)
    if shown is None:
        assert not can_read
        return
    no_exception(shown)
    if visitor == "signed_out":
        assert values(shown.title) == ["Sign in"]
        return
    if not can_read:
        assert FORBIDDEN in values(shown.error)
        return
    assert values(shown.title)[0].startswith("Feedback")
    regenerate = [b for b in shown.button if b.label == "Regenerate feedback"]
    assert bool(regenerate) is can_write
    if mode == "write" and can_write:
        regenerate[0].click().run()
        no_exception(shown)


@pytest.mark.parametrize("visitor", VISITORS)
def test_sessions_page_lists_only_ones_own(matrix_db: tuple[Database, World], visitor: str) -> None:
    at, world = arrive(matrix_db, visitor)
    shown = visit(at, PAGES["sessions"])
    if shown is None:
        assert "sessions" not in NAVIGATION[visitor]
        return
    no_exception(shown)
    text = " ".join(values(shown.markdown))
    owns = visitor in ("owner", "local")
    assert ("Backend Engineer" in text) is owns


@pytest.mark.parametrize("visitor", VISITORS)
def test_new_session_page_creates_for_the_visitor(
    matrix_db: tuple[Database, World], visitor: str
) -> None:
    at, _ = arrive(matrix_db, visitor)
    shown = visit(at, PAGES["new_session"])
    if shown is None:
        assert "new_session" not in NAVIGATION[visitor]
        return
    fields = {f.label: f for f in shown.text_input}
    fields["Job title"].set_value("Data Analyst")
    fields["Company"].set_value("Globex")
    next(b for b in shown.button if b.label == "Create session").click().run()
    no_exception(shown)
    with matrix_db[0].session() as s:
        from sqlalchemy import select

        from interview_core.models import InterviewSession

        owners = s.scalars(
            select(InterviewSession.owner).where(InterviewSession.job_title == "Data Analyst")
        ).all()
    expected = "local" if visitor.startswith("local") else f"user:{list(ROLES).index(visitor) + 1}"
    assert owners == [expected]
