"""The one place where errors become responses: HTML page, JSON object or htmx fragment."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask, Response, jsonify, make_response, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError
from werkzeug.exceptions import HTTPException, InternalServerError, RequestEntityTooLarge

from ..db_health import classify
from ..documents import MAX_FILE_BYTES
from ..errors import InterviewError
from .context import is_htmx, wants_json
from .responses import get_error_view

logger = logging.getLogger(__name__)

# Where htmx puts an error fragment: every page has one element with this id.
ERROR_TARGET = "#errors"

MSG_TOO_LARGE = (
    f"That upload is too large: a file may be up to {MAX_FILE_BYTES // 2**20} MB; "
    "choose a smaller file."
)
MSG_CSRF = "This form has expired or did not come from this site; reload the page and try again."
MSG_SERVER = "Something went wrong on our side; please try again."
MSG_STORAGE = (
    "We can't save anything right now because of a problem with our storage; please try "
    "again in a few minutes."
)
MSG_PAGE_NOT_FOUND = "Page not found"
MSG_SESSION_NOT_FOUND = "Session not found"

# Statuses where the page the user was on cannot be shown again (it is not theirs or not there).
_NO_ERROR_VIEW = (403, 404)


def error_response(status: int, message: str, state: Mapping[str, Any] | None = None) -> Response:
    """`message` with `status`, shaped for the client: JSON, htmx fragment or HTML page.

    `state` (a 409's current session state) is added to the JSON object under its own keys.
    """
    if wants_json():
        response = jsonify(error=True, message=message, **dict(state or {}))
    elif is_htmx():
        response = make_response(render_template("_error_fragment.html", message=message))
        # htmx swaps error responses (see the htmx-config meta tag) into the page's error box.
        response.headers["HX-Retarget"] = ERROR_TARGET
        response.headers["HX-Reswap"] = "innerHTML"
    else:
        response = make_response(_error_page(status, message))
    response.status_code = status
    return response


def _error_page(status: int, message: str) -> str:
    view = get_error_view()
    if view is not None and status not in _NO_ERROR_VIEW:
        try:
            return view(message)
        except InterviewError as exc:
            # The page itself cannot be shown (e.g. the session went away): plain page below.
            logger.info("error view failed: %s", exc.message)
    return render_template("error.html", status=status, message=message)


def _http_message(exc: HTTPException) -> str:
    if isinstance(exc, RequestEntityTooLarge):
        return MSG_TOO_LARGE
    if isinstance(exc, CSRFError):
        return MSG_CSRF
    if exc.code == 404:
        # Malformed session ids never reach the core; they are still "no such session".
        return MSG_SESSION_NOT_FOUND if request.path.startswith("/session/") else MSG_PAGE_NOT_FOUND
    if exc.code is not None and exc.code >= 500:
        return MSG_SERVER
    return exc.name + "."


def register_error_handlers(app: Flask) -> None:
    """Map core errors and HTTP errors to responses for every blueprint of `app`."""

    @app.errorhandler(InterviewError)
    def _interview_error(exc: InterviewError) -> Response:
        if exc.status >= 500:
            logger.warning("%s: %s", type(exc).__name__, exc.message)
        return error_response(exc.status, exc.message, getattr(exc, "state", None))

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response:
        response = error_response(exc.code or 500, _http_message(exc))
        # Keep protocol headers such as `Allow` on 405.
        for name, value in exc.get_headers():
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.errorhandler(DBAPIError)
    def _database_error(exc: DBAPIError) -> Response:
        # A read-only or full disk fails every write: say so to the user in one sentence,
        # and name the cause for operators in the log (and on /readyz).
        known = classify(exc)
        if known is None:
            logger.error("database error on %s %s", request.method, request.path, exc_info=exc)
            return error_response(500, MSG_SERVER)
        cause, message = known
        logger.error("database cannot take writes (%s): %s %s", cause, message, exc.orig)
        return error_response(503, MSG_STORAGE)

    @app.errorhandler(InternalServerError)
    def _server_error(exc: InternalServerError) -> Response:
        # Unhandled exceptions arrive here wrapped (outside testing, which propagates them).
        original = getattr(exc, "original_exception", None)
        if original is not None:
            logger.error(
                "unhandled error on %s %s", request.method, request.path, exc_info=original
            )
        return error_response(500, MSG_SERVER)
