"""The entry point: navigation and configuration errors."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import no_exception, values


def test_navigation_has_the_three_pages(app: AppTest) -> None:
    app.run()
    no_exception(app)
    assert {"", "interview", "sessions"} <= app.session_state["registered_page_urls"]
    for page in ("pages/interview.py", "pages/sessions.py", "pages/new_session.py"):
        app.switch_page(page).run()
        no_exception(app)


def test_a_bad_setting_is_explained_once(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEW_AI_PROVIDER", "nonsense")
    app.run()
    no_exception(app)
    [error] = values(app.error)
    assert error.startswith("The app is not configured correctly: Unknown AI provider 'nonsense'")


def test_every_page_runs_through_the_entry_point(
    app: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Streamlit would run a file under pages/ on its own (its folder-based mode); the
    # pages hand over to the entry point, so its checks and navigation apply everywhere.
    app.run()
    monkeypatch.setenv("INTERVIEW_AI_PROVIDER", "nonsense")
    for page in ("pages/interview.py", "pages/sessions.py", "pages/new_session.py"):
        app.switch_page(page).run()
        no_exception(app)
        [error] = values(app.error)
        assert error.startswith("The app is not configured correctly")
