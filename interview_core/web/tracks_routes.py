"""Practice tracks in the shim: practise again, a track's progress, rename and delete."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request, url_for

from .. import my_sessions, tracks
from .charts import attempts_svg
from .context import SESSION_ID, current_actor, get_db, wants_json
from .responses import created, respond, see_other

bp = Blueprint("tracks", __name__)


@bp.post(f"/session/{SESSION_ID}/practise-again")
def practise_again(session_id: str) -> Response:
    """Start the next attempt: same role, CV and job description; 303 to its interview."""
    attempt = tracks.practise_again(get_db(), current_actor(), session_id)
    return created(
        url_for("interview.interview_page", session_id=attempt.id),
        {"id": attempt.id, "track_id": attempt.track_id, "attempt": attempt.attempt},
    )


@bp.get("/track/<track_id>")
def track_page(track_id: str) -> Response:
    """The attempts of a track side by side: scores, what improved, recurring topics."""
    progress = tracks.track_progress(get_db(), current_actor(), track_id)
    return respond(
        "track.html", progress.to_dict(), progress=progress, chart=attempts_svg(progress)
    )


@bp.post(f"/session/{SESSION_ID}/rename")
def rename(session_id: str) -> Response:
    """Form field `label`: the coach's own name for the session (empty removes it)."""
    summary = my_sessions.rename_session(
        get_db(), current_actor(), session_id, request.form.get("label", "")
    )
    if wants_json():
        return jsonify({"id": summary.id, "label": summary.label})
    return see_other(url_for("sessions.index"))


@bp.post(f"/session/{SESSION_ID}/delete")
def delete(session_id: str) -> Response:
    """Delete a session with its messages, feedback and call records."""
    my_sessions.delete_session(get_db(), current_actor(), session_id)
    if wants_json():
        return jsonify({"deleted": int(session_id)})
    return see_other(url_for("sessions.index"))
