"""AppTest fixtures: the real app against a fresh SQLite database and data dir per test."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from fpdf import FPDF
from streamlit.testing.v1 import AppTest

from interview_core import interview
from interview_core.ai.base import Provider
from interview_core.ai.service import AIService
from interview_core.auth import Actor
from interview_core.db import Database
from interview_core.interview import SessionSummary
from interview_core.ui import resources
from tests.conftest import SAMPLE_CV, SAMPLE_JD

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"
# Generous: the machine running the suite may be busy; this bounds a hang, it times nothing.
TIMEOUT_S = 30


@pytest.fixture
def app(app_db: Database) -> AppTest:
    """The app, not run yet."""
    return AppTest.from_file(str(APP), default_timeout=TIMEOUT_S)


@pytest.fixture
def use_providers(monkeypatch: pytest.MonkeyPatch) -> Callable[..., AIService]:
    """Make the app ask these providers, in order, instead of the configured chain."""

    def install(*providers: Provider) -> AIService:
        service = AIService(list(providers))
        monkeypatch.setattr(resources, "get_ai_service", lambda: service)
        return service

    return install


@pytest.fixture
def make_session(app_db: Database, owner: Actor) -> Callable[..., SessionSummary]:
    """A session in the app's database, with the sample documents unless told otherwise."""

    def make(
        title: str = "Backend Engineer",
        company: str = "Initech",
        *,
        cv: str | None = SAMPLE_CV,
        jd: str | None = SAMPLE_JD,
    ) -> SessionSummary:
        summary = interview.create_session(app_db, owner, title, company)
        if cv is not None:
            interview.attach_cv(app_db, owner, summary.id, "cv.md", cv.encode())
        if jd is not None:
            interview.attach_job_description(app_db, owner, summary.id, jd)
        return interview.get_session(app_db, owner, summary.id)

    return make


def open_page(at: AppTest, page: str, session_id: int | str | None = None) -> AppTest:
    """Run the app, then show `page` (e.g. "pages/interview.py") for `session_id`."""
    at.run()
    at.query_params = {"session": str(session_id)} if session_id is not None else {}
    return at.switch_page(page).run()


def button(at: AppTest, label: str) -> Any:
    """The one button with this label."""
    matches = [b for b in at.button if b.label == label]
    assert len(matches) == 1, f"buttons: {[b.label for b in at.button]}"
    return matches[0]


def values(elements: Any) -> list[str]:
    """The text of every element in an element list."""
    return [e.value for e in elements]


def no_exception(at: AppTest) -> None:
    """Fail with the app's traceback message if a script run raised."""
    assert not at.exception, values(at.exception)


def pdf_bytes(text: str) -> bytes:
    """A small text-based PDF."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_bytes(text: str) -> bytes:
    """A Word document with one paragraph per line."""
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
