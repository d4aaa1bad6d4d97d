"""The factory, its configuration, the lazy module-level app, health and generic errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import inspect
from sqlalchemy.exc import OperationalError

import interview_core.web as web
from interview_core.config import load_settings
from interview_core.db import Database
from interview_core.web import create_app
from interview_core.web.context import get_services
from tests.helpers.web import MODES, as_caller, assert_error


def test_healthz(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}
    assert "Set-Cookie" not in response.headers


def test_healthz_reports_a_dead_database(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    with app.app_context():
        engine = get_services().db.engine

    def refuse() -> None:
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(engine, "connect", refuse)
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "error"}


def test_create_app_from_a_database_url(tmp_path: Path) -> None:
    settings = load_settings(env={"INTERVIEW_DATA_DIR": str(tmp_path)}, secrets_path=tmp_path / "x")
    url = f"sqlite:///{tmp_path / 'web.db'}"
    app = create_app({"SETTINGS": settings, "DATABASE_URL": url, "SECRET_KEY": "k" * 40})
    with app.app_context():
        db = get_services().db
        assert str(db.engine.url) == url
        # The schema is created on start.
        assert "interview_sessions" in inspect(db.engine).get_table_names()
        db.dispose()
    assert app.config["SECRET_KEY"] == "k" * 40
    assert not (tmp_path / "secret_key").exists()


def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Environment variables win over a developer's secrets file, so these pin every service.
    monkeypatch.setenv("INTERVIEW_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTERVIEW_DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    monkeypatch.setenv("INTERVIEW_AI_PROVIDER", "offline")
    monkeypatch.setenv("INTERVIEW_AI_FALLBACKS", "offline")
    monkeypatch.delenv("INTERVIEW_SECRET_KEY", raising=False)


def test_create_app_defaults_come_from_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _isolated_env(monkeypatch, tmp_path)
    app = create_app()
    with app.app_context():
        services = get_services()
        assert services.settings.data_dir == tmp_path
        assert services.db.engine.url.database == str(tmp_path / "env.db")
        assert [p.name for p in services.ai.providers] == ["offline"]
        services.db.dispose()
    assert (tmp_path / "secret_key").exists()


def test_module_app_is_lazy_and_built_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _isolated_env(monkeypatch, tmp_path)
    monkeypatch.setattr(web, "_app", None)
    # Importing the package built nothing: no database file, no key.
    assert not (tmp_path / "env.db").exists()

    first = web.app
    assert isinstance(first, Flask)
    assert web.app is first
    assert (tmp_path / "env.db").exists()
    with first.app_context():
        get_services().db.dispose()
    with pytest.raises(AttributeError):
        _ = web.no_such_thing  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", MODES)
def test_unknown_route_is_404_in_every_shape(client: FlaskClient, mode: str) -> None:
    response = as_caller(client, mode).get("/no/such/page")
    assert_error(response, mode, 404, "Page not found")


def test_wrong_method_is_405_with_allow(client: FlaskClient) -> None:
    response = client.delete("/session/create", headers={"Accept": "application/json"})
    assert response.status_code == 405
    assert response.get_json()["error"] is True
    assert "POST" in response.headers["Allow"]


def test_static_htmx_is_served_locally(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    assert '<script src="/static/htmx.min.js" defer></script>' in page
    assert "https://" not in page  # nothing from a CDN
    response = client.get("/static/htmx.min.js")
    assert response.status_code == 200
    assert b'version:"2.' in response.data
    response.close()


def test_htmx_is_told_to_show_error_responses(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    assert '{"code": "[45]..", "error": true, "swap": true}' in page


def test_database_passed_in_is_used(db: Database, settings) -> None:  # type: ignore[no-untyped-def]
    app = create_app({"SETTINGS": settings, "DATABASE": db, "TESTING": True})
    with app.app_context():
        assert get_services().db is db
