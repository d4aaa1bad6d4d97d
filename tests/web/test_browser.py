"""A real browser (Debian's Chromium through Playwright) against a live server on localhost."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from interview_core.ai.base import ProviderReply
from interview_core.ai.service import AIService
from interview_core.config import load_settings
from interview_core.context import InterviewContext
from interview_core.web import create_app
from tests.helpers.browser import chromium
from tests.helpers.documents import SAMPLE_CV, SAMPLE_JD
from tests.helpers.fakes import QUESTIONS, InterviewerScript

pytestmark = pytest.mark.browser

# Generous waits for a loaded CI machine; they bound a hang, they assert no speed.
WAIT_MS = 20_000


class GatedInterviewer(InterviewerScript):
    """Writes each question only once `gate` is open, so the page's waiting state is observable."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.gate.set()

    def stream_question(self, ctx: InterviewContext) -> ProviderReply:
        self.gate.wait(timeout=30)
        return super().stream_question(ctx)


@dataclass
class LiveServer:
    url: str
    interviewer: GatedInterviewer


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    """The web shim served by werkzeug on a free localhost port, over a temporary SQLite DB."""
    interviewer = GatedInterviewer()
    app = create_app(
        {
            "SETTINGS": load_settings(
                env={"INTERVIEW_DATA_DIR": str(tmp_path)}, secrets_path=tmp_path / "none"
            ),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'browser.db'}",
            "AI_SERVICE": AIService([interviewer]),
        }
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LiveServer(f"http://127.0.0.1:{server.server_port}", interviewer)
    finally:
        interviewer.gate.set()
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture
def page() -> Iterator[object]:
    """A Chromium page; skipped without Chromium locally, a failure in CI."""
    with chromium(1100, 900, WAIT_MS) as context:
        yield context.new_page()


def _answer(n: int) -> str:
    return f"Answer {n}: I owned it end to end, measured the outcome and shared the lessons."


def test_a_whole_interview_in_the_browser(live_server: LiveServer, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    # The 400 of the empty answer is logged by design; a blocked script or style is not.
    csp_violations: list[str] = []
    page.on(
        "console",
        lambda msg: (
            csp_violations.append(msg.text) if "Content Security Policy" in msg.text else None
        ),
    )

    # Landing page: create a session.
    page.goto(live_server.url + "/")
    page.fill("#job_title", "Senior Backend Engineer")
    page.fill("#company_name", "Initech")
    page.screenshot(path=str(tmp_path / "web_1_index.png"), full_page=True)
    page.click("button:has-text('Create session')")
    expect(page).to_have_url(_matches(r"/session/\d+/upload$"))

    # Going to the interview too early bounces back with a warning.
    page.goto(page.url.replace("/upload", "/interview"))
    expect(page).to_have_url(_matches(r"/session/\d+/upload$"))
    expect(page.locator(".alert-warning")).to_contain_text("Upload a CV")

    # Upload page: a CV file, then the job description.
    cv = tmp_path / "jane_doe_cv.md"
    cv.write_text(SAMPLE_CV, encoding="utf-8")
    page.set_input_files("#cv_file", str(cv))
    page.click("button:has-text('Upload CV')")
    expect(page.locator(".alert-success")).to_contain_text("CV received: jane_doe_cv.md")
    page.fill("#job_description", SAMPLE_JD)
    page.click("button:has-text('Save job description')")
    expect(page.locator("#jd-status")).to_contain_text("Saved.")
    page.screenshot(path=str(tmp_path / "web_2_upload.png"), full_page=True)

    # Interview page: question 1 is there.
    page.click("#start-interview")
    expect(page).to_have_url(_matches(r"/session/\d+/interview$"))
    questions = page.locator(".message-interviewer")
    expect(questions).to_have_count(1)
    expect(questions.first).to_contain_text(QUESTIONS[0])
    expect(questions.first).to_contain_text("by scripted")
    expect(page.locator("#progress")).to_contain_text("Question 1 of 8")
    expect(page.locator("#status-badge")).to_have_text("In progress")

    # An empty answer: the server's error appears in the page, nothing is appended.
    page.click("button:has-text('Send answer')")
    expect(page.locator("#errors")).to_contain_text("Answer cannot be empty.")
    expect(page.locator(".message")).to_have_count(1)
    page.screenshot(path=str(tmp_path / "web_3_error.png"), full_page=True)

    for n in range(1, 9):
        page.fill("#answer", _answer(n))
        if n == 1:
            # Hold the interviewer: the form is disabled and the typing indicator shows.
            live_server.interviewer.gate.clear()
            page.click("button:has-text('Send answer')")
            expect(page.locator("#answer")).to_be_disabled()
            expect(page.locator("#answer-form button")).to_be_disabled()
            expect(page.locator("#typing")).to_be_visible()
            page.screenshot(path=str(tmp_path / "web_4_waiting.png"), full_page=True)
            live_server.interviewer.gate.set()
        else:
            page.click("button:has-text('Send answer')")
        expect(page.locator(".message-candidate")).to_have_count(n)
        expect(page.locator(".message-candidate").nth(n - 1)).to_contain_text(_answer(n))
        if n < 8:
            expect(questions).to_have_count(n + 1)
            expect(questions.nth(n)).to_contain_text(QUESTIONS[n])
            expect(page.locator("#progress")).to_contain_text(f"Question {n + 1} of 8")
            expect(page.locator("#errors")).to_be_empty()
            expect(page.locator("#answer")).to_be_enabled()
            expect(page.locator("#answer")).to_have_value("")
            expect(page.locator("#typing")).to_be_hidden()
        if n == 3:
            page.screenshot(path=str(tmp_path / "web_5_midway.png"), full_page=True)

    # Complete: the form gave way to the feedback action, without a reload.
    expect(page.locator("#progress")).to_contain_text("Interview complete: 8 of 8 answered")
    expect(page.locator("#status-badge")).to_have_text("Complete")
    expect(page.locator("#progress progress")).to_have_attribute("value", "8")
    action = page.locator("form.complete-action")
    expect(action).to_be_visible()
    expect(action).to_have_attribute("action", _matches(r"/session/\d+/complete$"))
    expect(action.locator("button")).to_have_text("See your feedback")
    expect(page.locator("#answer")).to_have_count(0)
    expect(questions).to_have_count(8)
    page.screenshot(path=str(tmp_path / "web_6_complete.png"), full_page=True)

    # The landing page lists the finished session.
    page.goto(live_server.url + "/")
    expect(page.locator("table.sessions")).to_contain_text("Complete")
    page.screenshot(path=str(tmp_path / "web_7_sessions.png"), full_page=True)
    assert not csp_violations, csp_violations


def _matches(pattern: str):  # type: ignore[no-untyped-def]
    import re

    return re.compile(pattern)


def _finish_interview_in_page(page, tmp_path: Path, attempt: int) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    questions = page.locator(".message-interviewer")
    expect(questions).to_have_count(1)
    for n in range(1, 9):
        page.fill("#answer", f"Attempt {attempt}. {_answer(n)}")
        page.click("button:has-text('Send answer')")
        expect(page.locator(".message-candidate")).to_have_count(n)
    page.click("form.complete-action button")
    expect(page).to_have_url(_matches(r"/session/\d+/feedback$"))
    page.screenshot(path=str(tmp_path / f"track_feedback_{attempt}.png"), full_page=True)


def test_practise_again_and_see_progress_in_the_browser(  # type: ignore[no-untyped-def]
    live_server: LiveServer, page, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    page.goto(live_server.url + "/")
    page.fill("#job_title", "Senior Backend Engineer")
    page.fill("#company_name", "Initech")
    page.click("button:has-text('Create session')")
    cv = tmp_path / "cv.md"
    cv.write_text(SAMPLE_CV, encoding="utf-8")
    page.set_input_files("#cv_file", str(cv))
    page.click("button:has-text('Upload CV')")
    page.fill("#job_description", SAMPLE_JD)
    page.click("button:has-text('Save job description')")
    expect(page.locator("#jd-status")).to_contain_text("Saved.")
    page.click("#start-interview")
    _finish_interview_in_page(page, tmp_path, 1)
    first_feedback = page.url

    # Practise again from the feedback page: a new session, its question 1 already asked.
    page.click("button:has-text('Practise again')")
    expect(page).to_have_url(_matches(r"/session/\d+/interview$"))
    assert page.url.split("/")[-2] != first_feedback.split("/")[-2]
    _finish_interview_in_page(page, tmp_path, 2)

    page.click("a:has-text('Progress across attempts')")
    expect(page).to_have_url(_matches(r"/track/\d+$"))
    expect(page.locator("h1")).to_contain_text("Senior Backend Engineer")
    expect(page.locator("figure.chart svg")).to_be_visible()
    expect(page.locator("table.sessions tbody tr")).to_have_count(2)
    page.screenshot(path=str(tmp_path / "track_progress.png"), full_page=True)

    # My sessions shows both attempts, numbered.
    page.goto(live_server.url + "/")
    expect(page.locator("table.sessions")).to_contain_text("Attempt 2")
    expect(page.locator("table.sessions")).to_contain_text("Attempt 1")
