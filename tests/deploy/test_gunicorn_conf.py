"""deploy/gunicorn.conf.py: workers from cores, a timeout above the model bound, logs to stdout."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from gunicorn.app.base import Application

from interview_core.ai.service import AIService
from interview_core.config import load_settings

CONF = Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"


class _Loaded(Application):
    """gunicorn's own reading of the file: unknown names ignored, every value validated."""

    def __init__(self) -> None:
        self.module: dict[str, Any] = {}
        super().__init__()

    def load_config(self) -> None:
        self.module = self.load_config_from_file(str(CONF))

    def init(self, parser: Any, opts: Any, args: Any) -> None:  # pragma: no cover - unused
        return None

    def load(self) -> None:  # pragma: no cover - never served
        return None


@pytest.fixture
def environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The settings of a fresh machine (offline interviewer), in a data folder of its own."""
    for name in list(os.environ):
        if name.startswith(("INTERVIEW_", "OPENAI_", "GEMINI_", "OPENROUTER_", "GUNICORN_")):
            monkeypatch.delenv(name)
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    monkeypatch.setenv("INTERVIEW_DATA_DIR", str(tmp_path))
    return monkeypatch


def _remote_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEW_AI_PROVIDER", "openai")
    monkeypatch.setenv("INTERVIEW_AI_FALLBACKS", "offline")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")


def test_defaults_are_valid_gunicorn_settings(environment: pytest.MonkeyPatch) -> None:
    cfg = _Loaded().cfg
    cores = os.cpu_count() or 1
    assert cfg.workers == 2 * cores + 1 >= 1
    assert cfg.worker_class_str == "gthread" and cfg.threads >= 1
    assert cfg.accesslog == "-" and cfg.errorlog == "-"
    assert "%(p)s" in cfg.access_log_format  # which worker served each request
    assert cfg.forwarded_allow_ips
    # Offline only: no remote wait, but never under one model call's own deadline.
    assert cfg.timeout > load_settings().ai_timeout_s
    assert cfg.graceful_timeout == cfg.timeout


def test_the_timeout_is_above_the_model_bound_of_the_configured_chain(
    environment: pytest.MonkeyPatch,
) -> None:
    _remote_chain(environment)
    for deadline_s in ("30", "90"):
        environment.setenv("INTERVIEW_AI_TIMEOUT_S", deadline_s)
        bound = AIService.from_settings(load_settings()).worst_case_turn_s()
        assert bound >= float(deadline_s)  # it is read from the settings, not a constant
        cfg = _Loaded().cfg
        assert cfg.timeout > bound and cfg.graceful_timeout > bound


def test_workers_and_threads_follow_the_environment(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("WEB_CONCURRENCY", "3")
    environment.setenv("GUNICORN_THREADS", "2")
    cfg = _Loaded().cfg
    assert cfg.workers == 3 and cfg.threads == 2


def test_a_bad_setting_stops_the_start_with_one_line(environment: pytest.MonkeyPatch) -> None:
    environment.setenv("INTERVIEW_AI_PROVIDER", "nonsense")
    with pytest.raises(SystemExit) as stopped:
        _Loaded()
    assert str(stopped.value).startswith("error: Unknown AI provider 'nonsense'")


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("WEB_CONCURRENCY", "2.5", "WEB_CONCURRENCY must be a whole number such as 4, not '2.5'"),
        ("WEB_CONCURRENCY", "four", "WEB_CONCURRENCY must be a whole number such as 4"),
        ("WEB_CONCURRENCY", "0", "WEB_CONCURRENCY must be at least 1, not 0"),
        ("GUNICORN_THREADS", "-2", "GUNICORN_THREADS must be at least 1, not -2"),
    ],
)
def test_a_count_that_is_not_a_whole_number_stops_the_start_with_one_line(
    environment: pytest.MonkeyPatch, name: str, value: str, says: str
) -> None:
    environment.setenv(name, value)
    with pytest.raises(SystemExit) as stopped:
        _Loaded()
    assert str(stopped.value).startswith(f"error: {says}")
