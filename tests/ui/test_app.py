"""The entry point: navigation and configuration errors."""

from __future__ import annotations

import ast

import pytest
from streamlit.testing.v1 import AppTest

from tests.helpers.apptest import APP, no_exception, values


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


@pytest.mark.parametrize(
    "page", sorted(p.name for p in (APP.parent / "pages").glob("*.py")), ids=str
)
def test_every_page_file_hands_over_to_the_entry_point_first(page: str) -> None:
    # A bookmark opened right after a server start runs the page file alone (Streamlit's
    # folder-based mode); the page must hand over before it reads settings or draws
    # anything. Checked on the source, since that mode is process-wide state.
    tree = ast.parse((APP.parent / "pages" / page).read_text(encoding="utf-8"))
    statements = [
        ast.unparse(node) for node in tree.body if not isinstance(node, ast.Import | ast.ImportFrom)
    ]
    assert "navigation.ensure_entry_point()" in statements, page
    before = statements[: statements.index("navigation.ensure_entry_point()")]
    assert not [s for s in before if "st." in s or "get_" in s], page
