"""Feedback: completing an interview (generates the feedback) and the feedback page."""

from __future__ import annotations

from flask import Blueprint, Response, flash, jsonify, make_response, request, url_for

from .. import auth, feedback, interview
from ..errors import Conflict, ValidationFailed
from ..feedback_schema import FeedbackReport
from ..interview import SessionSummary
from ..report import SKILL_STATUS_LABELS, written_by_line
from .context import SESSION_ID, current_actor, get_ai, get_db, wants_json
from .responses import respond, see_other

bp = Blueprint("feedback", __name__)

# `?format=` downloads of the feedback page: file extension -> (renderer, MIME type).
DOWNLOADS = {
    "md": (feedback.render_markdown, "text/markdown; charset=utf-8"),
    "pdf": (feedback.render_pdf, "application/pdf"),
}
_TRUE = frozenset({"1", "true", "on", "yes"})
_FALSE = frozenset({"", "0", "false", "off", "no"})


def _flag(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in _TRUE | _FALSE:
        return lowered in _TRUE
    raise ValidationFailed("regenerate must be true or false.")


def _not_complete(summary: SessionSummary) -> Response:
    """JSON clients get the 409; browsers go back to the interview with a warning."""
    if wants_json():
        raise Conflict(feedback.NOT_COMPLETE)
    flash(feedback.NOT_COMPLETE, "warning")
    return see_other(url_for("interview.interview_page", session_id=summary.id))


def _download(report: FeedbackReport, summary: SessionSummary, fmt: str) -> Response:
    render, mime = DOWNLOADS[fmt]
    response = make_response(render(report, summary))
    response.mimetype = mime.split(";")[0]
    if "charset" in mime:
        response.charset = "utf-8"
    response.headers["Content-Disposition"] = (
        f'attachment; filename="feedback-session-{summary.id}.{fmt}"'
    )
    return response


@bp.post(f"/session/{SESSION_ID}/complete")
def complete(session_id: int) -> Response:
    """Generate the feedback of a finished interview, then go to the feedback page (303).

    Form field `regenerate` (true/false) replaces stored feedback. JSON clients get the
    feedback itself.
    """
    regenerate = _flag(request.form.get("regenerate", ""))
    db, actor = get_db(), current_actor()
    summary = interview.get_session(db, actor, session_id)
    if not summary.progress.is_complete:
        return _not_complete(summary)
    report = feedback.generate_feedback(db, actor, session_id, get_ai(), regenerate=regenerate)
    location = url_for(".feedback_page", session_id=session_id)
    if wants_json():
        response = jsonify(report.model_dump(mode="json"))
        response.headers["Location"] = location
        return response
    return see_other(location)


@bp.get(f"/session/{SESSION_ID}/feedback")
def feedback_page(session_id: int) -> Response:
    """The feedback: HTML, JSON (`Accept: application/json`) or a download (`?format=md|pdf`).

    A finished interview without feedback gets it written on this first visit (once).
    """
    fmt = request.args.get("format", "")
    if fmt and fmt not in DOWNLOADS:
        raise ValidationFailed("format must be md or pdf.")
    db, actor = get_db(), current_actor()
    summary = interview.get_session(db, actor, session_id)
    report = feedback.get_feedback(db, actor, session_id)
    if report is None:
        if not summary.progress.is_complete:
            return _not_complete(summary)
        if auth.read_only_for(db, actor, session_id):
            # A read-only viewer (a recruiter) never triggers the writing of feedback.
            raise Conflict("No feedback has been written for this interview yet.")
        report = feedback.generate_feedback(db, actor, session_id, get_ai())
    if fmt:
        return _download(report, summary, fmt)
    return respond(
        "feedback.html",
        report.model_dump(mode="json"),
        summary=summary,
        report=report,
        written_by=written_by_line(report),
        skill_status_labels=SKILL_STATUS_LABELS,
    )
