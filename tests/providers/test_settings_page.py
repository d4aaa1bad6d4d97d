"""The AI settings page: chain, models, base URLs, circuits and call health; never a key."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from interview_core.db import Database
from interview_core.models import ModelCall
from tests.helpers.apptest import APP, TIMEOUT_S
from tests.helpers.providers import ALL_KEYS, GEMINI_KEY, OPENROUTER_KEY

PAGE = "pages/settings.py"


@pytest.fixture
def app_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The app configured with Gemini, then OpenRouter, then offline, on its own database."""
    url = f"sqlite:///{tmp_path / 'app.db'}"
    env = {
        "INTERVIEW_DATA_DIR": str(tmp_path),
        "INTERVIEW_DATABASE_URL": url,
        "INTERVIEW_AI_PROVIDER": "gemini",
        "INTERVIEW_AI_FALLBACKS": "openrouter,offline",
        "GEMINI_API_KEY": GEMINI_KEY,
        "GEMINI_MODEL": "gemini-test-model",
        "GEMINI_BASE_URL": "http://127.0.0.1:9/gemini-proxy",
        "OPENROUTER_API_KEY": OPENROUTER_KEY,
        "OPENROUTER_MODEL": "vendor/router-model",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    database = Database.from_url(url)
    yield database
    database.dispose()
    st.cache_resource.clear()


def add_calls(db: Database) -> None:
    start = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
    rows = [
        ("gemini", "ok", 100.0, False, None),
        ("gemini", "ok", 300.0, False, None),
        ("gemini", "error", 500.0, False, "attempt 1: HTTP 503: busy"),
        ("gemini", "invalid", 200.0, False, "invalid reply: repeats question 1"),
        ("openrouter", "skipped", 0.0, True, "circuit open: skipped after repeated failures"),
        ("offline", "ok", 2.0, True, None),
    ]
    with db.session() as s, s.begin():
        s.add_all(
            ModelCall(
                session_id=1,
                provider=provider,
                model=f"{provider}-model",
                purpose="question",
                started_at=start + timedelta(seconds=i),
                latency_ms=latency,
                outcome=outcome,
                error=error,
                fallback=fallback,
            )
            for i, (provider, outcome, latency, fallback, error) in enumerate(rows)
        )


def open_settings() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT_S)
    at.run()
    return at.switch_page(PAGE).run()


def texts(at: AppTest) -> str:
    """Everything the page shows as text, tables included."""
    parts: list[str] = []
    for kind in ("title", "subheader", "markdown", "caption", "error", "info", "metric"):
        for element in at.get(kind):
            parts.append(str(getattr(element, "value", "")))
            parts.append(str(getattr(element, "label", "")))
    for frame in at.dataframe:
        parts.append(frame.value.to_string())
    return "\n".join(parts)


def frame(at: AppTest, column: str) -> Any:
    """The one table that has `column`."""
    [match] = [f.value for f in at.dataframe if column in f.value.columns]
    return match


def test_shows_the_chain_models_and_base_urls_but_no_key(app_db: Database) -> None:
    add_calls(app_db)
    at = open_settings()
    assert not at.exception, [e.value for e in at.exception]
    assert [t.value for t in at.title] == ["AI settings"]
    page = texts(at)
    assert "Active provider: **gemini**" in page and "openrouter → offline" in page
    chain = frame(at, "base URL")
    assert list(chain["provider"]) == ["gemini", "openrouter", "offline"]
    assert list(chain["model"])[:2] == ["gemini-test-model", "vendor/router-model"]
    assert chain["base URL"][0] == "http://127.0.0.1:9/gemini-proxy"
    assert list(chain["key"]) == ["set", "set", "—"]
    assert list(chain["circuit"]) == ["closed"] * 3
    for key in ALL_KEYS:
        assert key not in page


def test_shows_error_rate_and_latency_percentiles_per_provider(app_db: Database) -> None:
    add_calls(app_db)
    at = open_settings()
    assert not at.exception
    health = frame(at, "error_rate").set_index("provider")
    # Skipped calls are not calls made: openrouter has none.
    assert sorted(health.index) == ["gemini", "offline"]
    assert health.loc["gemini", "calls"] == 4 and health.loc["gemini", "failed"] == 2
    assert health.loc["gemini", "error_rate"] == pytest.approx(50.0)  # shown in percent
    assert health.loc["gemini", "p50_ms"] == pytest.approx(250.0)
    assert health.loc["gemini", "p95_ms"] == pytest.approx(470.0)
    assert health.loc["offline", "fallback_answers"] == 1
    recent = frame(at, "outcome")
    assert len(recent) == 6 and recent["provider"].iloc[0] == "offline"  # newest first
    assert len(at.get("vega_lite_chart")) == 1


def test_empty_call_log_and_missing_key_are_explained(
    app_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY")
    at = open_settings()
    assert not at.exception
    [error] = at.error
    assert "OPENROUTER_API_KEY is not set" in error.value
    assert any("No model calls yet" in i.value for i in at.info)
    chain = frame(at, "base URL")
    assert chain["key"][1] == "missing"
    assert list(chain["circuit"]) == ["—"] * 3
    for key in ALL_KEYS:
        assert key not in texts(at)
