"""The Flask app factory: services from config, blueprints, errors, security."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from flask import Blueprint, Flask, Response, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.middleware.proxy_fix import ProxyFix

from ..ai.names import provider_name
from ..ai.offline import load_word_lists
from ..ai.service import AIService
from ..config import Settings, check_secret_key, load_settings
from ..context import MAX_QUESTIONS
from ..db import Database, ensure_current_schema
from ..db_health import check_writable
from ..documents import MAX_FILE_BYTES
from ..feedback_schema import DIMENSION_LABELS, FAIR_SCORE, STRONG_SCORE
from ..interview import MAX_ANSWER_CHARS, MAX_TITLE_CHARS, iso_utc
from ..private_files import private_dir
from ..session_status import SESSION_STATUS_LABELS
from . import (
    documents_routes,
    feedback_routes,
    interview_routes,
    sessions_routes,
    tracks_routes,
)
from .auth_routes import init_auth
from .context import EXTENSION_KEY, WebServices, get_db
from .cookies import DailyRefreshedSessions
from .errors import register_error_handlers
from .security import init_security

# One module per concern, each with a Blueprint `bp`, imported above and registered in this order.
BLUEPRINTS: tuple[Blueprint, ...] = (
    sessions_routes.bp,
    documents_routes.bp,
    interview_routes.bp,
    feedback_routes.bp,
    tracks_routes.bp,
)

# Room for the multipart envelope around a file of the core's maximum size; a file between
# the two limits still gets the core's own, more precise 413 message.
MAX_CONTENT_LENGTH = MAX_FILE_BYTES + 64 * 1024

# htmx settings (read from a meta tag): show 4xx/5xx fragments, which htmx 2 ignores by
# default; no eval and no indicator <style> so the Content-Security-Policy stays strict.
HTMX_CONFIG: dict[str, Any] = {
    "responseHandling": [
        {"code": "204", "swap": False},
        {"code": "[23]..", "swap": True},
        {"code": "[45]..", "swap": True, "error": True},
    ],
    "allowEval": False,
    "allowScriptTags": False,
    "includeIndicatorStyles": False,
    "selfRequestsOnly": True,
    # Pages answer htmx with fragments only for POSTs; history restores get the full page.
    "historyRestoreAsHxRequest": False,
}

# Keys of `config` that carry services rather than Flask settings.
_SERVICE_KEYS = ("SETTINGS", "DATABASE", "DATABASE_URL", "AI_SERVICE")


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the web shim.

    `config` may hold `SETTINGS` (a Settings), `DATABASE` (a Database) or `DATABASE_URL`,
    `AI_SERVICE` (an AIService), and any Flask setting (`TESTING`, `SECRET_KEY`, ...).
    Missing services come from `load_settings()`. Flask settings can also be given as
    `FLASK_*` environment variables (e.g. `FLASK_SESSION_COOKIE_SECURE=true` behind HTTPS).
    """
    options = dict(config or {})
    settings: Settings = options.get("SETTINGS") or load_settings()
    private_dir(settings.data_dir)  # the data folder is the owner's alone (0700)
    db: Database | None = options.get("DATABASE")
    if db is None:
        db = Database.from_url(options.get("DATABASE_URL") or settings.database_url)
    else:
        ensure_current_schema(db.engine)
    ai: AIService = options.get("AI_SERVICE") or AIService.from_settings(settings)

    app = Flask("interview_core.web")
    app.session_interface = DailyRefreshedSessions()
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_CONTENT_LENGTH,
        SESSION_COOKIE_NAME="interview_studio",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        # The cookie is the only key to anonymous sessions; keep it for half a year.
        PERMANENT_SESSION_LIFETIME=timedelta(days=180),
    )
    # Keep the documented key order ({"session", "conversation", "progress"}).
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.config.from_prefixed_env()
    if os.environ.get("FLASK_SECRET_KEY"):
        # The same rule as INTERVIEW_SECRET_KEY: no placeholder or short key signs cookies.
        check_secret_key(app.config["SECRET_KEY"], "FLASK_SECRET_KEY")
    app.config.update({k: v for k, v in options.items() if k not in _SERVICE_KEYS})
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = settings.ensure_secret_key()

    app.extensions[EXTENSION_KEY] = WebServices(settings=settings, db=db, ai=ai)
    if settings.proxy_hops:
        # Behind a reverse proxy: the client's address (per-address sign-in limits), scheme
        # and host come from the proxy's X-Forwarded-* headers, trusted for this many hops.
        hops = settings.proxy_hops
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)  # type: ignore[method-assign]
    init_security(app, settings)
    init_auth(app)
    _init_templates(app)
    register_error_handlers(app)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    app.add_url_rule("/healthz", "healthz", healthz)
    app.add_url_rule("/readyz", "readyz", readyz)
    if not app.testing:
        # A served process loads the word lists now, before its first request, instead of
        # making its first interview wait about 1.5 s (a gunicorn worker's first turns).
        load_word_lists()
    return app


def _init_templates(app: Flask) -> None:
    # Globals rather than a context processor: imported macros see globals only.
    app.jinja_env.globals.update(
        htmx_config=HTMX_CONFIG,
        max_questions=MAX_QUESTIONS,
        max_answer_chars=MAX_ANSWER_CHARS,
        max_title_chars=MAX_TITLE_CHARS,
        max_file_mb=MAX_FILE_BYTES // 2**20,
        strong_score=STRONG_SCORE,
        fair_score=FAIR_SCORE,
        dimension_labels=DIMENSION_LABELS,
        session_status_labels=SESSION_STATUS_LABELS,
    )
    app.jinja_env.filters["iso_utc"] = iso_utc
    app.jinja_env.filters["provider_name"] = provider_name


def readyz() -> tuple[Response, int]:
    """Readiness: 200 when the database takes a committed write; else 503 naming the cause
    (`read_only`, `disk_full`, ...) with a sentence for operators."""
    readiness = check_writable(get_db())
    return jsonify(readiness.to_dict()), 200 if readiness.ready else 503


def healthz() -> tuple[Response, int]:
    """Liveness: 200 `{"status": "ok"}` when the database answers a trivial query."""
    try:
        with get_db().engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return jsonify(status="error"), 503
    return jsonify(status="ok"), 200
