"""The interview: the page (conversation + progress) and answering a question."""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    Response,
    flash,
    jsonify,
    make_response,
    render_template,
    request,
    session,
    url_for,
)

from .. import interview
from ..errors import Conflict, NotReady
from .context import SESSION_ID, current_actor, get_ai, get_db, is_htmx, wants_json
from .payloads import interview_state
from .responses import see_other, set_error_view

bp = Blueprint("interview", __name__)

# The signed cookie remembers, per session, which question this client last saw (read on
# the page, in its JSON, or returned by the message endpoint). An answer that names no
# question answers that one, so an old client can never have its answer filed under a
# question it has not seen. Only the most recent sessions are kept, to bound the cookie.
SEEN_KEY = "seen_question"
MAX_SEEN_SESSIONS = 20

# Fetch metadata of requests that may write question 1 on a GET: the site's own pages, a
# typed-in URL or bookmark ("none"), or no browser at all (no header).
_WRITING_FETCH_SITES = frozenset({"same-origin", "none"})

MSG_READ_FIRST = (
    "Your answer does not say which question it answers, and this browser has not seen the "
    "current question yet; reload the interview and answer the question shown."
)


def _remember_seen(session_id: int, question_index: int) -> None:
    current = session.get(SEEN_KEY)
    key = str(session_id)
    if isinstance(current, dict) and list(current)[-1:] == [key] and current[key] == question_index:
        return  # already the most recent entry: the cookie stays as it is
    seen: dict[str, int] = dict(current or {})
    seen.pop(key, None)
    seen[key] = question_index
    while len(seen) > MAX_SEEN_SESSIONS:
        seen.pop(next(iter(seen)))
    session[SEEN_KEY] = seen


def _last_seen(session_id: int) -> int | None:
    seen = session.get(SEEN_KEY)
    value = seen.get(str(session_id)) if isinstance(seen, dict) else None
    return value if isinstance(value, int) and value > 0 else None


def _field(name: str) -> Any:
    """A request field from the form or, for JSON clients that post JSON, the body."""
    if request.is_json:
        body = request.get_json(silent=True)
        if isinstance(body, dict) and name in body:
            return body[name]
    return request.form.get(name)


def _may_write_on_get() -> bool:
    """Whether this GET may write a due question: never when a browser says cross-site."""
    site = request.headers.get("Sec-Fetch-Site")
    return site is None or site in _WRITING_FETCH_SITES


def _render_page(
    session_id: int,
    summary: interview.SessionSummary,
    messages: list[interview.MessageView],
    error: str | None = None,
    draft: str = "",
) -> str:
    _remember_seen(session_id, summary.progress.question_count)
    return render_template(
        "interview.html",
        summary=summary,
        messages=messages,
        progress=summary.progress,
        awaiting_answer=summary.progress.awaiting_answer,
        error=error,
        draft=draft,
    )


def _render_interview(session_id: int, error: str | None = None, draft: str = "") -> str:
    """The page as it stands, for an error view (nothing is written)."""
    summary, messages = interview.session_with_conversation(get_db(), current_actor(), session_id)
    return _render_page(session_id, summary, messages, error, draft)


@bp.get(f"/session/{SESSION_ID}/interview")
def interview_page(session_id: int) -> Response | str:
    """The interview page; the owner's first visit asks question 1 (documents must be in)."""
    db, actor = get_db(), current_actor()
    set_error_view(lambda message: _render_interview(session_id, error=message))
    try:
        # The owner's visit also writes a question that is due after an earlier model
        # failure (reload = retry); a read-only viewer (a recruiter) sees the session as it is.
        summary, messages = interview.open_interview(
            db, actor, session_id, get_ai(), may_write=_may_write_on_get()
        )
    except NotReady as exc:
        if wants_json():
            raise
        flash(exc.message, "warning")
        return see_other(url_for("documents.upload_page", session_id=session_id))
    if wants_json():
        _remember_seen(session_id, summary.progress.question_count)
        return jsonify(interview_state(summary, messages, summary.progress))
    return _render_page(session_id, summary, messages)


@bp.post(f"/session/{SESSION_ID}/message")
def message(session_id: int) -> Response:
    """Answer question `question_index` (form or JSON field; else the one this client last
    saw) with `answer`, and get the next question."""
    raw_answer = _field("answer")
    answer = raw_answer if isinstance(raw_answer, str) else ""
    # Without JavaScript the page comes back with the answer still in the box.
    set_error_view(lambda error: _render_interview(session_id, error=error, draft=answer))
    db, actor = get_db(), current_actor()
    named = interview.coerce_question_index(_field("question_index"))
    if named is None:
        named = _last_seen(session_id)
        if named is None:
            summary = interview.get_session(db, actor, session_id)  # 404/403 come first
            raise Conflict(MSG_READ_FIRST, {"progress": summary.progress.to_dict()})
    result = interview.answer_question(db, actor, session_id, answer, get_ai(), named)
    if result.next_question is not None:
        _remember_seen(session_id, result.next_question.question_index)
    if wants_json():
        return jsonify(result.to_dict())
    if is_htmx():
        # The header's status badge is swapped too, so the session's status comes along.
        return make_response(
            render_template("_answer_fragment.html", result=result, summary=result.session)
        )
    return see_other(url_for(".interview_page", session_id=session_id))
