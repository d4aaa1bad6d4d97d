"""What My sessions offers beside the interview flow: scores on the cards, rename, delete."""

from __future__ import annotations

from sqlalchemy import delete, select

from .auth import Actor, check_write
from .db import Database
from .errors import ValidationFailed
from .interview import SessionSummary, coerce_session_id, load_session, summarise
from .models import Feedback, FeedbackSkill, InterviewSession, Message, ModelCall

MAX_LABEL_CHARS = 200


def overall_scores(db: Database, sessions: list[SessionSummary]) -> dict[int, int]:
    """The overall score (0-100) of each of these (already readable) sessions with feedback."""
    session_ids = [summary.id for summary in sessions]
    if not session_ids:
        return {}
    with db.session() as s:
        rows = s.execute(
            select(Feedback.session_id, Feedback.overall_score).where(
                Feedback.session_id.in_(session_ids)
            )
        ).all()
    return {sid: int(score) for sid, score in rows}


def clean_label(label: str | None) -> str | None:
    """A session name with its spacing tidied; None when nothing is left."""
    cleaned = " ".join("".join(ch for ch in (label or "") if ch.isprintable()).split())
    if len(cleaned) > MAX_LABEL_CHARS:
        raise ValidationFailed(f"A name can be at most {MAX_LABEL_CHARS} characters.")
    return cleaned or None


def rename_session(db: Database, actor: Actor, session_id: int | str, label: str) -> SessionSummary:
    """Give a session the coach's own name ("mock with Sam"); an empty name removes it."""
    cleaned = clean_label(label)
    with db.session() as s, s.begin():
        row = load_session(s, coerce_session_id(session_id))
        check_write(actor, row)
        row.label = cleaned
        s.flush()
        return summarise(row)


def delete_session(db: Database, actor: Actor, session_id: int | str) -> None:
    """Delete a session with its messages, feedback and model-call records; nothing else."""
    sid = coerce_session_id(session_id)
    with db.session() as s, s.begin():
        row = load_session(s, sid)
        check_write(actor, row)
        # Children first, explicitly: SQLite enforces no cascades unless asked to.
        s.execute(delete(ModelCall).where(ModelCall.session_id == sid))
        s.execute(delete(FeedbackSkill).where(FeedbackSkill.session_id == sid))
        s.execute(delete(Feedback).where(Feedback.session_id == sid))
        s.execute(delete(Message).where(Message.session_id == sid))
        s.execute(delete(InterviewSession).where(InterviewSession.id == sid))
