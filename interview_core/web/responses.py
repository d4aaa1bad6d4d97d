"""Response helpers shared by every blueprint: one page, three shapes (HTML, JSON, htmx)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flask import Response, g, jsonify, make_response, redirect, render_template

from .context import is_htmx, wants_json

ErrorView = Callable[[str], str]

_ERROR_VIEW_KEY = "interview_error_view"


def respond(
    template: str, payload: Mapping[str, Any], status: int = 200, **context: Any
) -> Response:
    """`payload` as JSON for JSON clients, else `template` rendered with `context`."""
    if wants_json():
        response = jsonify(payload)
    else:
        response = make_response(render_template(template, **context))
    response.status_code = status
    return response


def see_other(location: str) -> Response:
    """Go to `location` after a form post: 303 for browsers, `HX-Redirect` for htmx."""
    if is_htmx():
        # A 303 would be followed inside the XHR and the whole page swapped into a fragment.
        response = make_response("", 204)
        response.headers["HX-Redirect"] = location
        return response
    return redirect(location, code=303)


def created(location: str, payload: Mapping[str, Any]) -> Response:
    """A resource was created: 201 + JSON for JSON clients, else a 303 to `location`."""
    if wants_json():
        response = jsonify(payload)
        response.status_code = 201
        response.headers["Location"] = location
        return response
    return see_other(location)


def set_error_view(view: ErrorView) -> None:
    """Let the error handler re-render the current page around an error message.

    A route calls this before the core call that may fail; for HTML requests a 4xx/5xx other
    than 403/404 is then shown inside the page the user was on (with their input kept)
    instead of on a bare error page. `view(message)` returns the rendered HTML.
    """
    setattr(g, _ERROR_VIEW_KEY, view)


def get_error_view() -> ErrorView | None:
    """The view registered with `set_error_view` for this request, if any."""
    return getattr(g, _ERROR_VIEW_KEY, None)
