"""Health and readiness probes answer a load balancer: no sign-in, even once accounts exist."""

from __future__ import annotations

from pathlib import Path

from interview_core import auth
from interview_core.ai.service import AIService
from interview_core.config import load_settings
from interview_core.db import Database
from interview_core.web import create_app


def test_probes_need_no_sign_in_once_accounts_exist(tmp_path: Path) -> None:
    db = Database.from_url(f"sqlite:///{tmp_path / 'app.db'}")
    auth.create_user(db, "ada", "correct horse battery", auth.Role.ADMIN)
    settings = load_settings({"INTERVIEW_DATA_DIR": str(tmp_path)}, tmp_path / "none.toml")
    app = create_app(
        {"SETTINGS": settings, "DATABASE": db, "AI_SERVICE": AIService.from_settings(settings)}
    )
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.get_json()["status"] == "ready"
    # Everything else still asks for a sign-in.
    assert client.get("/", headers={"Accept": "application/json"}).status_code == 401
    db.dispose()
