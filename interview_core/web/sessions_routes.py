"""Sessions: the landing page (my sessions) and creating a session."""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request, url_for

from .. import interview, my_sessions
from .context import current_actor, get_db
from .payloads import session_list
from .responses import created, respond, set_error_view

bp = Blueprint("sessions", __name__)


def _render_index(error: str | None = None, form: dict[str, str] | None = None) -> str:
    sessions = interview.list_sessions(get_db(), current_actor())
    scores = my_sessions.overall_scores(get_db(), sessions)
    return render_template(
        "index.html", sessions=sessions, scores=scores, error=error, form=form or {}
    )


@bp.get("/")
def index() -> Response:
    """Landing page: the browser's sessions and the form to open one."""
    sessions = interview.list_sessions(get_db(), current_actor())
    scores = my_sessions.overall_scores(get_db(), sessions)
    return respond(
        "index.html",
        session_list(sessions, scores),
        sessions=sessions,
        scores=scores,
        error=None,
        form={},
    )


@bp.post("/session/create")
def create() -> Response:
    """Open a session from form fields `job_title` and `company_name`."""
    form = {
        "job_title": request.form.get("job_title", ""),
        "company_name": request.form.get("company_name", ""),
    }
    set_error_view(lambda message: _render_index(error=message, form=form))
    summary = interview.create_session(
        get_db(), current_actor(), form["job_title"], form["company_name"]
    )
    return created(url_for("documents.upload_page", session_id=summary.id), {"id": summary.id})
