"""The Streamlit app in a real browser (Debian's Chromium): a turn in flight locks the box."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_core import interview
from interview_core.auth import Actor
from interview_core.db import Database
from tests.helpers.browser import chromium, require_chromium, streamlit_app
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.providers.fake_server import QUESTIONS, FakeModelServer, Fault

pytestmark = pytest.mark.browser

# Bounds on a loaded machine; nothing here is a speed assertion.
WAIT_MS = 30_000
HELD_S = 4.0  # how long the model server holds the next question


@pytest.fixture
def model() -> Iterator[FakeModelServer]:
    with FakeModelServer() as server:
        yield server


@pytest.fixture
def app_url(tmp_path: Path, model: FakeModelServer) -> Iterator[tuple[str, str]]:
    """The Streamlit app on a free port, its model an OpenAI-compatible fake; and its DB URL."""
    require_chromium()  # before the app is started for nothing
    db_url = f"sqlite:///{tmp_path / 'app.db'}"
    env = {
        "INTERVIEW_DATA_DIR": str(tmp_path),
        "INTERVIEW_DATABASE_URL": db_url,
        "INTERVIEW_AI_PROVIDER": "openai",
        "INTERVIEW_AI_FALLBACKS": "offline",
        "OPENAI_BASE_URL": model.openai_base_url,
        "OPENAI_MODEL": "fake-model",
    }
    with streamlit_app(env) as url:
        yield url, db_url


def _ready_session(db_url: str, tmp_path: Path) -> int:
    db = Database.from_url(db_url)
    # The app runs without accounts, so the desk is the local actor; asking the app's own
    # resources here would open the default database instead of the test's.
    owner = Actor.local()
    summary = interview.create_session(db, owner, "Senior Backend Engineer", "Initech")
    interview.attach_cv(db, owner, summary.id, "cv.md", SAMPLE_CV.encode())
    interview.attach_job_description(db, owner, summary.id, SAMPLE_JD)
    db.dispose()
    return summary.id


def test_the_answer_box_is_locked_while_the_next_question_is_written(
    app_url: tuple[str, str], model: FakeModelServer, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    url, db_url = app_url
    session_id = _ready_session(db_url, tmp_path)
    with chromium(390, 844, WAIT_MS) as context:
        page = context.new_page()
        page.goto(f"{url}/interview?session={session_id}")
        expect(page.get_by_text(QUESTIONS[0])).to_be_visible(timeout=WAIT_MS)
        box = page.get_by_test_id("stChatInputTextArea")
        expect(box).to_be_enabled(timeout=WAIT_MS)
        page.screenshot(path=str(tmp_path / "streamlit_1_question.png"), full_page=True)

        model.push(Fault.hang(HELD_S))
        box.fill("At Acme I rebuilt the order pipeline; lost events fell to zero in two months.")
        box.press("Enter")
        # While question 2 is being written, nothing more can be sent.
        expect(box).to_be_disabled(timeout=WAIT_MS)
        page.screenshot(path=str(tmp_path / "streamlit_2_in_flight.png"), full_page=True)
        expect(page.get_by_text(QUESTIONS[1])).to_be_visible(timeout=WAIT_MS)
        expect(box).to_be_enabled(timeout=WAIT_MS)
        # The turn reran only the page's fragment; its progress in the sidebar moved too.
        sidebar = page.get_by_test_id("stSidebar")
        expect(sidebar).to_contain_text("Question 2 of 8", timeout=WAIT_MS)
        expect(sidebar).not_to_contain_text("Question 1 of 8")
        page.screenshot(path=str(tmp_path / "streamlit_3_next.png"), full_page=True)

    db = Database.from_url(db_url)
    stored = interview.conversation(db, Actor.local(), session_id)
    db.dispose()
    assert [m.role for m in stored] == ["assistant", "user", "assistant"]
