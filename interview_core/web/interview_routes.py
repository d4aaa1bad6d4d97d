"""The interview: the page (conversation + progress) and answering a question."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    flash,
    jsonify,
    make_response,
    render_template,
    request,
    url_for,
)

from .. import auth, interview
from ..errors import NotReady
from .context import SESSION_ID, current_actor, get_ai, get_db, is_htmx, wants_json
from .payloads import interview_state
from .responses import see_other, set_error_view

bp = Blueprint("interview", __name__)


def _render_interview(session_id: int, error: str | None = None, draft: str = "") -> str:
    summary, messages = interview.session_with_conversation(get_db(), current_actor(), session_id)
    return render_template(
        "interview.html",
        summary=summary,
        messages=messages,
        progress=summary.progress,
        awaiting_answer=summary.progress.awaiting_answer,
        error=error,
        draft=draft,
    )


@bp.get(f"/session/{SESSION_ID}/interview")
def interview_page(session_id: int) -> Response | str:
    """The interview page; its first visit asks question 1 (documents must be in)."""
    db, actor = get_db(), current_actor()
    set_error_view(lambda message: _render_interview(session_id, error=message))
    try:
        # Also writes a question that is due after an earlier model failure: reload = retry.
        # A read-only viewer (a recruiter) sees the session as it is.
        if not auth.read_only_for(db, actor, session_id):
            interview.start_interview(db, actor, session_id, get_ai())
    except NotReady as exc:
        if wants_json():
            raise
        flash(exc.message, "warning")
        return see_other(url_for("documents.upload_page", session_id=session_id))
    if wants_json():
        summary, messages = interview.session_with_conversation(db, actor, session_id)
        return jsonify(interview_state(summary, messages, summary.progress))
    return _render_interview(session_id)


@bp.post(f"/session/{SESSION_ID}/message")
def message(session_id: int) -> Response:
    """Answer the waiting question (form field `answer`) and get the next one."""
    answer = request.form.get("answer", "")
    # Without JavaScript the page comes back with the answer still in the box.
    set_error_view(lambda error: _render_interview(session_id, error=error, draft=answer))
    db, actor = get_db(), current_actor()
    result = interview.answer_question(db, actor, session_id, answer, get_ai())
    if wants_json():
        return jsonify(result.to_dict())
    if is_htmx():
        # The header's status badge is swapped too, so the session's status comes along.
        return make_response(
            render_template("_answer_fragment.html", result=result, summary=result.session)
        )
    return see_other(url_for(".interview_page", session_id=session_id))
