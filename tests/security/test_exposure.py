"""Exposure: allowed hosts on both front doors, the secret key, owner-only files, no-store."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from interview_core.config import ConfigError, check_secret_key, host_allowed, load_settings
from interview_core.db import Database
from interview_core.private_files import write_private
from interview_core.web import create_app


def _settings(tmp_path: Path, **env: str):  # type: ignore[no-untyped-def]
    return load_settings(
        env={"INTERVIEW_DATA_DIR": str(tmp_path / "data"), **env}, secrets_path=tmp_path / "none"
    )


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("localhost", True),
        ("localhost:5000", True),
        ("127.0.0.1:8501", True),
        ("attacker.invalid", False),
        ("localhost.attacker.invalid", False),
        ("", False),
        (None, False),
    ],
)
def test_default_allowed_hosts(host: str | None, allowed: bool, tmp_path: Path) -> None:
    assert host_allowed(host, _settings(tmp_path).allowed_hosts) is allowed


def test_allowed_hosts_are_configurable(tmp_path: Path) -> None:
    settings = _settings(tmp_path, INTERVIEW_ALLOWED_HOSTS="studio.example.com, .corp.example")
    assert settings.allowed_hosts == ("studio.example.com", ".corp.example")
    assert host_allowed("studio.example.com", settings.allowed_hosts)
    assert host_allowed("a.corp.example:443", settings.allowed_hosts)
    assert not host_allowed("localhost", settings.allowed_hosts)


def test_shim_refuses_other_hosts(tmp_path: Path) -> None:
    db = Database.from_url(f"sqlite:///{tmp_path / 'x.db'}")
    app = create_app({"SETTINGS": _settings(tmp_path), "DATABASE": db, "TESTING": True})
    client = app.test_client()
    assert client.get("/", headers={"Host": "localhost:5000"}).status_code == 200
    rebound = client.get("/", headers={"Host": "attacker.invalid"})
    assert rebound.status_code == 400
    assert "not served under that host name" in rebound.get_data(as_text=True)
    assert client.get("/healthz", headers={"Host": "attacker.invalid"}).status_code == 400
    db.dispose()


def test_private_pages_are_not_stored(tmp_path: Path) -> None:
    db = Database.from_url(f"sqlite:///{tmp_path / 'x.db'}")
    client = create_app(
        {"SETTINGS": _settings(tmp_path), "DATABASE": db, "TESTING": True}
    ).test_client()
    assert client.get("/").headers["Cache-Control"] == "no-store"
    assert client.get("/login").headers["Cache-Control"] == "no-store"
    assert client.get("/static/app.css").headers.get("Cache-Control") != "no-store"
    db.dispose()


@pytest.mark.parametrize(
    "key",
    [
        "change-me-to-a-long-random-string",
        "short",
        "k" * 40,
        "your-secret-key-goes-here-0123456789",
        "0123456789012345678901234567890",  # 31 characters
    ],
)
def test_placeholder_or_short_secret_key_is_refused(key: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as refused:
        _settings(tmp_path, INTERVIEW_SECRET_KEY=key)
    message = str(refused.value)
    assert message.startswith("INTERVIEW_SECRET_KEY is a placeholder or shorter than 32")
    assert message.count(". ") == 0, "one sentence"


def test_a_random_secret_key_is_accepted(tmp_path: Path) -> None:
    key = "Zq3vL0-8xYkT2mN_9rWb5sHc7dFgJpQa1uEo4iK6"
    assert check_secret_key(key) == key
    assert _settings(tmp_path, INTERVIEW_SECRET_KEY=key).secret_key == key


def test_secret_key_and_data_folder_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o000)  # the most permissive umask: modes must not depend on it
    try:
        settings = _settings(tmp_path)
        key = settings.ensure_secret_key()
        db = Database.from_url(settings.database_url)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS t (x)")
    finally:
        os.umask(old)
    assert len(key) >= 32
    data = tmp_path / "data"
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "secret_key").stat().st_mode) == 0o600
    for name in ("interview.db", "interview.db-wal", "interview.db-shm"):
        if (data / name).exists():
            assert stat.S_IMODE((data / name).stat().st_mode) == 0o600, name
    assert (data / "interview.db").exists()
    db.dispose()


def test_secret_key_is_never_world_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Watch every file created in the folder: none may have group or other bits, even briefly.
    seen: list[int] = []
    real_open = os.open

    def spying_open(path, flags, mode=0o777, *args, **kwargs):  # type: ignore[no-untyped-def]
        if flags & os.O_CREAT:
            seen.append(mode)
        return real_open(path, flags, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", spying_open)
    assert write_private(tmp_path / "secret_key", "x" * 48)
    assert seen and all(mode & 0o077 == 0 for mode in seen)
    assert not write_private(tmp_path / "secret_key", "y" * 48), "the first key stays"
    assert (tmp_path / "secret_key").read_text() == "x" * 48


def test_two_processes_starting_together_share_one_key(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    keys: list[str] = []
    threads = [
        threading.Thread(target=lambda: keys.append(settings.ensure_secret_key())) for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(keys)) == 1


def test_a_placeholder_flask_secret_key_is_refused_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FLASK_SECRET_KEY", "dev")
    with pytest.raises(ConfigError, match="FLASK_SECRET_KEY is a placeholder or shorter than 32"):
        create_app(
            {"SETTINGS": _settings(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}
        )


def test_behind_a_proxy_the_forwarded_address_and_host_count(tmp_path: Path) -> None:
    settings = _settings(
        tmp_path, INTERVIEW_PROXY_HOPS="1", INTERVIEW_ALLOWED_HOSTS="studio.example"
    )
    db = Database.from_url(f"sqlite:///{tmp_path / 'x.db'}")
    app = create_app({"SETTINGS": settings, "DATABASE": db, "TESTING": True})
    client = app.test_client()
    forwarded = {"X-Forwarded-Host": "studio.example", "X-Forwarded-For": "203.0.113.7"}
    assert client.get("/", headers={"Host": "127.0.0.1:8000", **forwarded}).status_code == 200
    rebound = {"X-Forwarded-Host": "attacker.invalid", "X-Forwarded-For": "203.0.113.7"}
    assert client.get("/", headers={"Host": "127.0.0.1:8000", **rebound}).status_code == 400
    db.dispose()


def test_proxy_hops_must_be_a_count(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="INTERVIEW_PROXY_HOPS"):
        _settings(tmp_path, INTERVIEW_PROXY_HOPS="yes")
