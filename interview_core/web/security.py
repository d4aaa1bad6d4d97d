"""Cross-site request forgery defence and response headers.

The policy, and why:

1. Every state-changing request (POST, PUT, PATCH, DELETE) must come from this site or from
   no browser at all. Browsers label each request they send: `Sec-Fetch-Site` (all current
   browsers) and `Origin` (on every cross-origin and every POST request); a page cannot forge
   either. A request is refused with 403 when `Sec-Fetch-Site` says anything but
   `same-origin`/`none`, or when `Origin` names another host. A request with neither header
   is not from a browser page (curl, scripts, API clients), and a forgery needs a victim's
   browser to carry the victim's cookie.
2. Requests that would get HTML or an htmx fragment (the site's own forms) must also carry
   Flask-WTF's CSRF token: a hidden `csrf_token` field in plain forms, the `X-CSRFToken`
   header for htmx (from `hx-headers` on `<body>`, filled from the token in a meta tag). This
   is the classic synchronizer token, and protects browsers too old to send the headers above.
3. Documented JSON clients (`Accept: application/json`, not htmx) are exempt from the token,
   so `curl -b jar -c jar -H 'Accept: application/json' -d answer=...` keeps the contract's
   form fields, but not from rule 1. A page on another site cannot use the exemption: a
   cross-origin `fetch` with `Accept: application/json` is labelled cross-site by the browser
   and refused by rule 1; a plain cross-site form cannot set `Accept` at all. The cookie is
   also `SameSite=Lax`, so cross-site subrequests do not carry it in the first place.
4. The `Host` header must name one of the allowed hosts (`INTERVIEW_ALLOWED_HOSTS`, Flask's
   `TRUSTED_HOSTS`; this machine by default), else 400: a page on a name that was re-pointed
   at this machine (DNS rebinding) is not answered.
5. Pages are private: every response but static files is sent `Cache-Control: no-store`, so
   neither a shared cache nor the back button after sign-out shows someone's session.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, Response, make_response, request
from flask_wtf.csrf import CSRFProtect
from werkzeug.exceptions import SecurityError

from ..config import Settings
from ..errors import Forbidden
from .context import wants_json

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_TRUSTED_FETCH_SITES = frozenset({"same-origin", "none"})

MSG_UNTRUSTED_HOST = "This site is not served under that host name."
MSG_CROSS_ORIGIN = "Requests from other sites are not accepted; use this site's own pages."

csrf = CSRFProtect()

# Scripts, styles and fetches only from this origin; htmx runs without eval (see base.html).
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    )
)


def is_cross_origin() -> bool:
    """True when a browser labels the current request as sent from another site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in _TRUSTED_FETCH_SITES
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    # "null" (sandboxed frames, file: pages) has no host and never matches.
    return urlsplit(origin).netloc.lower() != request.host.lower()


def _protect() -> None:
    if request.method not in UNSAFE_METHODS:
        return
    if is_cross_origin():
        raise Forbidden(MSG_CROSS_ORIGIN)
    if not wants_json():
        csrf.protect()


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    # One URL answers HTML, JSON or a fragment depending on these request headers.
    response.vary.update(("Accept", "HX-Request"))
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
    return response


def _untrusted_host(_exc: SecurityError) -> Response:
    response = make_response(MSG_UNTRUSTED_HOST, 400)
    response.mimetype = "text/plain"
    return response


def init_security(app: Flask, settings: Settings) -> None:
    """Install the host check, the CSRF policy above and the security headers on `app`."""
    if app.config.get("TRUSTED_HOSTS") is None:
        app.config["TRUSTED_HOSTS"] = list(settings.allowed_hosts)
    # The token is checked by `_protect`, not on every POST, so JSON clients can be exempted.
    app.config.setdefault("WTF_CSRF_CHECK_DEFAULT", False)
    # The token lives as long as the signed session: an interview page may stay open for hours.
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)
    csrf.init_app(app)
    # Plain text: pages cannot be rendered, since every URL would name the refused host.
    app.register_error_handler(SecurityError, _untrusted_host)
    app.before_request(_protect)
    app.after_request(_security_headers)
