"""Per-request access to the app's services, the caller's identity and what it asked for."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from flask import current_app, request, session

from ..ai.service import AIService
from ..auth import Actor
from ..config import Settings
from ..db import Database
from ..errors import Forbidden

EXTENSION_KEY = "interview_core"

# The signed cookie keeps one random owner key per browser: anonymous ownership.
OWNER_COOKIE_KEY = "owner"
OWNER_PREFIX = "browser:"

# URL rule for session ids: 64-bit integers; larger numbers are "no such session", not a
# database overflow.
SESSION_ID = "<int(max=9223372036854775807):session_id>"


@dataclass(frozen=True)
class WebServices:
    """What the routes need from the core, built once by `create_app`."""

    settings: Settings
    db: Database
    ai: AIService


def get_services() -> WebServices:
    """The services of the current app."""
    return current_app.extensions[EXTENSION_KEY]


def get_db() -> Database:
    """The current app's Database."""
    return get_services().db


def get_ai() -> AIService:
    """The current app's AI provider chain."""
    return get_services().ai


def get_settings() -> Settings:
    """The current app's settings."""
    return get_services().settings


def current_actor() -> Actor:
    """Who is asking: the signed-in account, else (local mode) the browser's owner key."""
    from .auth_routes import accounts_required, signed_in_actor  # the gate imports this module

    if accounts_required():
        actor = signed_in_actor()
        if actor is None:  # the gate lets no such request through; never fall back
            raise Forbidden("Sign in to continue.")
        return actor
    owner = session.get(OWNER_COOKIE_KEY)
    if not isinstance(owner, str) or not owner.startswith(OWNER_PREFIX):
        # 24 random bytes: unguessable, and short enough for the 64-character owner column.
        owner = OWNER_PREFIX + secrets.token_urlsafe(24)
        session[OWNER_COOKIE_KEY] = owner
        session.permanent = True
    return Actor(owner)


def is_htmx() -> bool:
    """True for requests htmx sent (header `HX-Request: true`)."""
    return request.headers.get("HX-Request") == "true"


def wants_json() -> bool:
    """True when the client prefers JSON to HTML (`Accept: application/json`) and is not htmx."""
    if is_htmx():
        return False
    best = request.accept_mimetypes.best_match(("text/html", "application/json"))
    # `*/*` (curl's default) matches both equally; the first, HTML, wins.
    return best == "application/json"
