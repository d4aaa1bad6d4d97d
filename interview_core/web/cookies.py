"""The signed session cookie: re-signed once a day, not on every response.

Flask re-signs and sends a permanent session cookie with every response so that its lifetime
slides. That costs an HMAC, a JSON dump and a `Set-Cookie` header per request; here an
unchanged cookie is sent again only when it was signed more than `REFRESH_AFTER` ago. Its
180-day lifetime still slides (by the day), and a changed session is always sent at once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask, Request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface, SessionMixin
from itsdangerous import BadSignature, URLSafeTimedSerializer

REFRESH_AFTER = timedelta(days=1)
_SERIALIZER_KEY = "interview_core.session_serializer"


class SignedSession(SecureCookieSession):
    """A cookie session that remembers when its cookie was signed (None for a new one)."""

    signed_at: datetime | None = None


class DailyRefreshedSessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, with the serializer built once per app and key."""

    session_class = SignedSession

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        keys = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        cached = app.extensions.get(_SERIALIZER_KEY)
        if cached is None or cached[0] != keys:
            cached = (keys, super().get_signing_serializer(app))
            app.extensions[_SERIALIZER_KEY] = cached
        return cached[1]

    def open_session(self, app: Flask, request: Request) -> SignedSession | None:
        serializer = self.get_signing_serializer(app)
        if serializer is None:
            return None
        value = request.cookies.get(self.get_cookie_name(app))
        if not value:
            return self.session_class()
        max_age = int(app.permanent_session_lifetime.total_seconds())
        try:
            data, signed_at = serializer.loads(value, max_age=max_age, return_timestamp=True)
        except BadSignature:
            return self.session_class()
        session = self.session_class(data)
        session.signed_at = signed_at
        return session

    def should_set_cookie(self, app: Flask, session: SessionMixin) -> bool:
        if session.modified:
            return True
        if not (session.permanent and app.config["SESSION_REFRESH_EACH_REQUEST"]):
            return False
        signed_at = getattr(session, "signed_at", None)
        return signed_at is None or datetime.now(UTC) - signed_at >= REFRESH_AFTER
