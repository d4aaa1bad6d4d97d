"""Driving the Streamlit app under AppTest: the entry point, opening a page, reading elements."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"
# Generous: the machine running the suite may be busy; this bounds a hang, it times nothing.
TIMEOUT_S = 30


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
