"""The interview flow: create, attach documents, start, answer, progress, conversation.

Invariants (also under concurrency): messages alternate assistant/user starting with the
assistant; at most 8 questions; one answer per question; an answer is committed before any
model call; a complete interview refuses answers. The database enforces the per-turn
uniqueness; every write first touches the session row, which serialises writers of one
session on PostgreSQL (row lock) and SQLite (write lock).
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Row, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import documents
from .ai import offline
from .ai.service import AIService
from .auth import Actor, can_write, check_read, check_write
from .call_log import store_calls
from .context import MAX_QUESTIONS, CallRecord, InterviewContext, Turn
from .db import Database
from .errors import Conflict, ModelFailure, NotFound, NotReady, ValidationFailed
from .models import InterviewSession, Message, utcnow
from .user_text import clean_block, clean_line

log = logging.getLogger(__name__)

MAX_TITLE_CHARS = 200
MAX_ANSWER_CHARS = 5_000

T = TypeVar("T")


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC with a `Z`, as the published API has it."""
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Progress:
    """How far an interview is: the contract's progress object."""

    question_count: int
    max_questions: int = MAX_QUESTIONS
    answer_count: int = 0

    @property
    def is_started(self) -> bool:
        return self.question_count > 0

    @property
    def is_complete(self) -> bool:
        return self.question_count == self.max_questions and self.answer_count == self.max_questions

    @property
    def awaiting_answer(self) -> bool:
        """A question has been asked and not yet answered."""
        return self.question_count > self.answer_count

    @property
    def question_due(self) -> bool:
        """The next question should be written now: none is waiting and the interview goes on."""
        return not self.is_complete and self.question_count == self.answer_count

    @property
    def fraction(self) -> float:
        """Share of the interview answered, 0.0 to 1.0, for progress bars."""
        return self.answer_count / self.max_questions

    def to_dict(self) -> dict[str, Any]:
        return {
            "question_count": self.question_count,
            "max_questions": self.max_questions,
            "is_started": self.is_started,
            "is_complete": self.is_complete,
        }


@dataclass(frozen=True)
class MessageView:
    """One message of the conversation: the contract's message object plus its author."""

    id: int
    session_id: int
    role: str
    content: str
    timestamp: datetime
    question_index: int
    provider: str | None = None
    fallback: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The contract's message object, plus the question it belongs to and, for a
        question, which provider wrote it and whether that was a fallback."""
        data: dict[str, Any] = {
            "id": self.id,
            "session_id": self.session_id,
            "role": self.role,
            "content": self.content,
            "timestamp": iso_utc(self.timestamp),
            "question_index": self.question_index,
        }
        if self.role == "assistant":
            data["provider"] = self.provider
            data["fallback"] = self.fallback
        return data


@dataclass(frozen=True)
class SessionSummary:
    """A session as lists and headers show it."""

    id: int
    owner: str
    job_title: str
    company_name: str
    has_cv: bool
    has_job_description: bool
    cv_filename: str | None
    created_at: datetime
    updated_at: datetime
    progress: Progress
    # Something the user should know about what was just stored (e.g. a shortened CV).
    notice: str | None = None
    # Practice track (see tracks.py): the track's first session and this attempt's number.
    track_id: int | None = None
    attempt: int = 1
    label: str | None = None

    @property
    def is_ready(self) -> bool:
        """Both documents are in, so the interview can start."""
        return self.has_cv and self.has_job_description

    @property
    def status(self) -> str:
        """`new` (documents missing), `ready`, `in_progress` or `complete`."""
        if self.progress.is_complete:
            return "complete"
        if self.progress.is_started:
            return "in_progress"
        return "ready" if self.is_ready else "new"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "job_title": self.job_title, "company_name": self.company_name}


@dataclass(frozen=True)
class AnswerResult:
    """What answering returns: the stored answer, the next question (None when complete) and
    the session as it stands after both."""

    answer: MessageView
    next_question: MessageView | None
    session: SessionSummary

    @property
    def progress(self) -> Progress:
        """The progress after this answer and the next question."""
        return self.session.progress

    def to_dict(self) -> dict[str, Any]:
        """The contract's `{next_question, is_complete, question_count}`, plus the next
        question's index (what the following answer names), its provider and fallback."""
        question = self.next_question
        return {
            "next_question": question.content if question else None,
            "is_complete": self.progress.is_complete,
            "question_count": self.progress.question_count,
            "question_index": question.question_index if question else None,
            "provider": question.provider if question else None,
            "fallback": question.fallback if question else False,
        }


def _view(m: Message) -> MessageView:
    return MessageView(
        id=m.id,
        session_id=m.session_id,
        role=m.role,
        content=m.content,
        timestamp=m.timestamp,
        question_index=m.question_index,
        provider=m.provider,
        fallback=m.fallback,
    )


def summarise(row: InterviewSession) -> SessionSummary:
    """The summary of a session row."""
    return SessionSummary(
        id=row.id,
        owner=row.owner,
        job_title=row.job_title,
        company_name=row.company_name,
        has_cv=bool(row.cv_text),
        has_job_description=bool(row.job_description),
        cv_filename=row.cv_filename,
        created_at=row.created_at,
        updated_at=row.updated_at,
        progress=Progress(row.question_count, MAX_QUESTIONS, row.answer_count),
        track_id=row.track_id,
        attempt=row.attempt or 1,
        label=row.label,
    )


def load_session(s: Session, session_id: int) -> InterviewSession:
    """The session row, freshly read; NotFound when there is none."""
    row = s.get(InterviewSession, session_id, populate_existing=True)
    if row is None:
        raise NotFound()
    return row


def read_session_row(s: Session, session_id: int) -> Row[Any]:
    """The session's columns as a plain row (read-only: no ORM object to build for the
    reads every page view and turn makes); NotFound when there is none."""
    row = s.execute(_SESSION_ROW, {"session_id": session_id}).one_or_none()
    if row is None:
        raise NotFound()
    return row


# Built once: SQLAlchemy keeps a built statement's cache key, so a read pays no construction.
_SESSION_ROW = select(InterviewSession.__table__).where(
    InterviewSession.id == bindparam("session_id")
)


def _lock(s: Session, session_id: int) -> InterviewSession:
    """Touch the session row and read it back in one statement (UPDATE ... RETURNING).

    Touching the row first takes the write lock before anything is read.
    """
    row = s.scalars(
        update(InterviewSession)
        .where(InterviewSession.id == session_id)
        .values(updated_at=utcnow())
        .returning(InterviewSession)
        .execution_options(synchronize_session=False, populate_existing=True)
    ).one_or_none()
    if row is None:
        raise NotFound()
    return row


def _lock_row(s: Session, session_id: int) -> Row[Any]:
    """`_lock` for the turn's hot path: the row comes back as plain columns."""
    row = s.execute(
        update(InterviewSession.__table__)
        .where(InterviewSession.id == session_id)
        .values(updated_at=utcnow())
        .returning(*InterviewSession.__table__.columns)
    ).one_or_none()
    if row is None:
        raise NotFound()
    return row


def load_messages(s: Session, session_id: int) -> list[Message]:
    """The session's messages in conversation order."""
    return list(
        s.scalars(
            select(Message)
            .where(Message.session_id == session_id)
            .order_by(Message.question_index, Message.role)  # "assistant" < "user"
        )
    )


_MESSAGE_COLUMNS = (
    Message.id,
    Message.session_id,
    Message.role,
    Message.content,
    Message.timestamp,
    Message.question_index,
    Message.provider,
    Message.fallback,
)


def load_message_views(s: Session, session_id: int) -> list[MessageView]:
    """The session's messages in conversation order, read as plain columns (no ORM objects:
    the conversation is read on every page view and every turn)."""
    rows = s.execute(_MESSAGE_VIEWS, {"session_id": session_id})
    return [MessageView(*row) for row in rows]


_MESSAGE_VIEWS = (
    select(*_MESSAGE_COLUMNS)
    .where(Message.session_id == bindparam("session_id"))
    .order_by(Message.question_index, Message.role)  # "assistant" < "user"
)


def _clean_text_field(value: str, label: str) -> str:
    return clean_line(value, label, MAX_TITLE_CHARS)


_MAX_ID = 2**63 - 1  # the widest id any backend stores; larger ones cannot exist


def coerce_session_id(session_id: int | str) -> int:
    """A session id from a URL or query string; NotFound for anything no session can have."""
    if isinstance(session_id, str) and not (session_id.isascii() and session_id.isdigit()):
        raise NotFound()
    try:
        value = int(session_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    if not 0 < value <= _MAX_ID:
        raise NotFound()
    return value


# --- sessions -------------------------------------------------------------------------


def create_session(db: Database, actor: Actor, job_title: str, company_name: str) -> SessionSummary:
    """Open a session for a role at a company (each 1-200 characters), owned by `actor`."""
    title = _clean_text_field(job_title, "Job title")
    company = _clean_text_field(company_name, "Company name")
    with db.session() as s:
        row = InterviewSession(owner=actor.id, job_title=title, company_name=company)
        s.add(row)
        s.commit()
        return summarise(row)


def get_session(db: Database, actor: Actor, session_id: int | str) -> SessionSummary:
    """One session, if `actor` may read it."""
    with db.session() as s:
        row = load_session(s, coerce_session_id(session_id))
        check_read(actor, row)
        return summarise(row)


def list_sessions(db: Database, actor: Actor, limit: int = 200) -> list[SessionSummary]:
    """The sessions `actor` owns, most recently active first."""
    with db.session() as s:
        rows = s.scalars(
            select(InterviewSession)
            .where(InterviewSession.owner == actor.id)
            .order_by(InterviewSession.updated_at.desc(), InterviewSession.id.desc())
            .limit(limit)
        )
        return [summarise(r) for r in rows]


def get_documents(
    db: Database, actor: Actor, session_id: int | str
) -> tuple[str | None, str | None]:
    """The stored CV text and job description (None where missing)."""
    with db.session() as s:
        row = load_session(s, coerce_session_id(session_id))
        check_read(actor, row)
        return row.cv_text, row.job_description


def _store_document(
    db: Database, actor: Actor, session_id: int | str, **values: str
) -> SessionSummary:
    with db.session() as s, s.begin():
        row = _lock(s, coerce_session_id(session_id))
        check_write(actor, row)
        if row.question_count > 0:
            raise Conflict(
                "The interview has already started; create a new session to use other documents."
            )
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        return summarise(row)


def attach_cv(
    db: Database, actor: Actor, session_id: int | str, filename: str, data: bytes
) -> SessionSummary:
    """Extract and store the CV from an uploaded file (PDF, DOCX, TXT, MD)."""
    doc = documents.extract_cv(filename, data)  # validates before anything is stored
    summary = _store_document(db, actor, session_id, cv_text=doc.text, cv_filename=doc.filename)
    if doc.truncated:
        notice = (
            f"Your CV is longer than {documents.CV_MAX_CHARS:,} characters; the interviewer "
            f"reads the first {len(doc.text):,}, so put what matters most near the top."
        )
        summary = replace(summary, notice=notice)
    return summary


def attach_job_description(
    db: Database, actor: Actor, session_id: int | str, text: str
) -> SessionSummary:
    """Store a pasted job description (50-10,000 characters)."""
    cleaned = documents.clean_job_description(text)
    return _store_document(db, actor, session_id, job_description=cleaned)


def attach_job_description_file(
    db: Database, actor: Actor, session_id: int | str, filename: str, data: bytes
) -> SessionSummary:
    """Store a job description uploaded as a file."""
    doc = documents.extract_job_description_file(filename, data)
    return _store_document(db, actor, session_id, job_description=doc.text)


# --- the conversation -----------------------------------------------------------------
#
# Statements per request (counted by tests/web/test_statement_budget.py): the page reads the
# session and its conversation once (two SELECTs); an answer turn locks and reads the
# session in one statement, reads the conversation once, stores the answer (two statements),
# then, after the model call, claims the next question with one conditional UPDATE and
# stores it with the call records. Nothing is read again to build the response.

_Conversation = Sequence[Message] | Sequence[MessageView]


def session_with_conversation(
    db: Database, actor: Actor, session_id: int | str
) -> tuple[SessionSummary, list[MessageView]]:
    """The session and every message of it, read together so progress and messages agree."""
    sid = coerce_session_id(session_id)
    with db.session() as s:
        row: Any = read_session_row(s, sid)
        check_read(actor, row)
        return summarise(row), load_message_views(s, sid)


def conversation(db: Database, actor: Actor, session_id: int | str) -> list[MessageView]:
    """Every message of the session, in order."""
    return session_with_conversation(db, actor, session_id)[1]


def build_context(row: InterviewSession, messages: _Conversation) -> InterviewContext:
    """What a provider sees: the role, the documents and the questions with their answers."""
    answers = {m.question_index: m.content for m in messages if m.role == "user"}
    turns = tuple(
        Turn(question=m.content, answer=answers.get(m.question_index))
        for m in messages
        if m.role == "assistant"
    )
    return InterviewContext(
        job_title=row.job_title,
        company_name=row.company_name,
        cv_text=row.cv_text or "",
        job_description=row.job_description or "",
        turns=turns,
    )


def _due_question(row: InterviewSession, messages: _Conversation) -> int | None:
    """The index of the question that should be asked now, or None if one is pending or done."""
    if not messages:
        return 1
    last = messages[-1]
    if last.role == "assistant" or last.question_index >= MAX_QUESTIONS:
        return None
    return last.question_index + 1


@dataclass(frozen=True)
class _Asked:
    """The conversation after asking what was due: the question waiting (None when the
    interview is complete), the session and every message."""

    question: MessageView | None
    session: SessionSummary
    messages: list[MessageView]


def _ask(
    db: Database, sid: int, ai: AIService, row: InterviewSession, messages: list[MessageView]
) -> Generator[str, None, _Asked]:
    """Write the question due after `messages` (read with `row` just before), streaming it.

    The model call runs outside any transaction. The question is then claimed with one
    conditional UPDATE of the counters (which also takes the row lock): if another caller
    stored it meanwhile, theirs stands and the conversation is read again.
    """
    if not (row.cv_text and row.job_description):
        raise NotReady("Upload a CV and add a job description before starting the interview.")
    due = _due_question(row, messages)
    if due is None:
        pending = messages[-1] if messages and messages[-1].role == "assistant" else None
        return _Asked(pending, summarise(row), messages)
    ctx = build_context(row, messages)
    reading = _prepare_reading(ctx, row.profile)

    calls: list[CallRecord] = []
    try:
        # The model call runs outside any transaction: no lock is held while it thinks.
        result = yield from ai.stream_question(ctx, record=calls.append)
    except ModelFailure:
        with db.session() as s, s.begin():
            store_calls(s, sid, calls)
        raise

    now = utcnow()
    with db.session() as s, s.begin():
        claimed = s.execute(
            update(InterviewSession)
            .where(
                InterviewSession.id == sid,
                InterviewSession.question_count == due - 1,
                InterviewSession.answer_count == due - 1,
            )
            .values(
                question_count=due,
                updated_at=now,
                **({"profile": reading} if reading != row.profile else {}),
            )
            .execution_options(synchronize_session=False)
        ).rowcount
        store_calls(s, sid, calls)
        if not claimed:
            # Someone else stored this question meanwhile (or the session is gone); theirs
            # stands.
            fresh = _lock_row(s, sid)
            current = load_message_views(s, sid)
            existing = next(
                (m for m in current if m.role == "assistant" and m.question_index == due), None
            )
            return _Asked(existing, summarise(fresh), current)
        question = MessageView(
            id=0,
            session_id=sid,
            role="assistant",
            content=result.text,
            timestamp=now,
            question_index=due,
            provider=result.provider,
            fallback=result.fallback,
        )
        question = replace(question, id=_insert_message(s, question))
    summary = replace(
        summarise(row),
        updated_at=now,
        progress=Progress(due, MAX_QUESTIONS, due - 1),  # as the claim found them
    )
    return _Asked(question, summary, [*messages, question])


def _prepare_reading(ctx: InterviewContext, stored: str | None) -> str | None:
    """The documents are read once, with the first question; later turns rebuild the
    interviewer from that reading (in a process that has not seen the session yet).

    Only a saving: if it fails, the turn goes on and the provider chain meets (and reports)
    the same failure as before.
    """
    try:
        return offline.prepare_reading(ctx, stored)
    except Exception:
        log.exception("could not prepare the interviewer's reading of the documents")
        return stored


def _insert_message(s: Session, message: MessageView) -> int:
    """Insert one message; its id."""
    return s.execute(
        insert(Message.__table__)
        .values(
            session_id=message.session_id,
            role=message.role,
            question_index=message.question_index,
            content=message.content,
            timestamp=message.timestamp,
            provider=message.provider,
            fallback=message.fallback,
        )
        .returning(Message.id)
    ).scalar_one()


def _read_for_writing(
    db: Database, actor: Actor, sid: int
) -> tuple[InterviewSession, list[MessageView]]:
    with db.session() as s:
        row = read_session_row(s, sid)
        check_write(actor, row)  # type: ignore[arg-type]
        return row, load_message_views(s, sid)  # type: ignore[return-value]


def stream_next_question(
    db: Database, actor: Actor, session_id: int | str, ai: AIService
) -> Generator[str, None, MessageView | None]:
    """Write the question that is due, streaming its text; returns the current question.

    Yields nothing when a question is already waiting for its answer (it is returned) or
    the interview is complete (returns None). Two callers at once store one question.
    """
    sid = coerce_session_id(session_id)
    row, messages = _read_for_writing(db, actor, sid)
    asked = yield from _ask(db, sid, ai, row, messages)
    return asked.question


def drain(gen: Generator[Any, None, T]) -> T:
    """Run a streaming generator to its end and return its return value."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def ensure_question(
    db: Database, actor: Actor, session_id: int | str, ai: AIService
) -> MessageView | None:
    """The question waiting for an answer, writing it first if it is due."""
    return drain(stream_next_question(db, actor, session_id, ai))


def start_interview(
    db: Database, actor: Actor, session_id: int | str, ai: AIService
) -> MessageView | None:
    """Ask question 1 on first access; later calls return the question waiting, if any."""
    return ensure_question(db, actor, session_id, ai)


def open_interview(
    db: Database, actor: Actor, session_id: int | str, ai: AIService, *, may_write: bool = True
) -> tuple[SessionSummary, list[MessageView]]:
    """The interview page's session and conversation, read once.

    When `may_write` and `actor` may change the session, the question that is due is
    written first: question 1 on the first visit, or one a failed model call left unasked
    (a reload retries it); NotReady while a document is missing. Anyone else who may read
    the session (a recruiter) sees it as it is.
    """
    sid = coerce_session_id(session_id)
    with db.session() as s:
        row: Any = read_session_row(s, sid)
        check_read(actor, row)
        messages = load_message_views(s, sid)
    if not (may_write and can_write(actor, row)):
        return summarise(row), messages
    asked = drain(_ask(db, sid, ai, row, messages))
    return asked.session, asked.messages


@dataclass(frozen=True)
class Submission:
    """The stored answer and the progress after it; `duplicate` for an idempotent retry."""

    answer: MessageView
    progress: Progress
    duplicate: bool = False


def _state(row: InterviewSession, messages: _Conversation) -> dict[str, Any]:
    """The session's current state for a 409: progress and the question waiting, if any."""
    last = messages[-1] if messages else None
    open_question = (
        _as_view(last).to_dict() if last is not None and last.role == "assistant" else None
    )
    return {
        "progress": summarise(row).progress.to_dict(),
        "open_question_index": open_question["question_index"] if open_question else None,
        "open_question": open_question,
    }


def _as_view(m: Message | MessageView) -> MessageView:
    return m if isinstance(m, MessageView) else _view(m)


def coerce_question_index(value: int | str | None) -> int | None:
    """A `question_index` from a form, JSON body or caller: None when absent, else 1-8."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        value = str(value)  # refused below: not a whole number
    if isinstance(value, str):
        value = value.strip()
        if not (value.isascii() and value.isdigit() and len(value) <= 2):
            raise ValidationFailed(
                f"question_index must be a whole number from 1 to {MAX_QUESTIONS}."
            )
    try:
        index = int(value)
    except (TypeError, ValueError):
        raise ValidationFailed(
            f"question_index must be a whole number from 1 to {MAX_QUESTIONS}."
        ) from None
    if not 1 <= index <= MAX_QUESTIONS:
        raise ValidationFailed(f"question_index must be a whole number from 1 to {MAX_QUESTIONS}.")
    return index


def submit_answer(
    db: Database,
    actor: Actor,
    session_id: int | str,
    text: str,
    question_index: int | str | None = None,
) -> Submission:
    """Store the answer to question `question_index`, committed before any model call.

    The answer is stored only if that question is the one waiting for an answer. Sending
    the answer already stored for it again (a retry) stores nothing and is not an error;
    any other answer to a question that is not the open one is a `Conflict` carrying the
    current state, and is never filed under another question. Without `question_index`
    the caller vouches that it has seen the open question (the web shim only passes None
    after checking what the client last read).
    """
    return _submit(db, actor, session_id, text, question_index)[0]


def _submit(
    db: Database,
    actor: Actor,
    session_id: int | str,
    text: str,
    question_index: int | str | None,
) -> tuple[Submission, InterviewSession, list[MessageView]]:
    """`submit_answer`, also returning the session and the conversation after the answer."""
    sid = coerce_session_id(session_id)
    wanted = coerce_question_index(question_index)
    answer = clean_block(text, "Answer", MAX_ANSWER_CHARS, "Answer cannot be empty.")
    with db.session() as s, s.begin():
        row: Any = _lock_row(s, sid)
        check_write(actor, row)
        messages = load_message_views(s, sid)
        if row.is_complete:
            stored = _stored_answer(messages, wanted or MAX_QUESTIONS)
            if stored is not None and stored.content == answer:
                progress = summarise(row).progress
                return Submission(stored, progress, duplicate=True), row, messages
            raise Conflict(
                "This interview is already complete; no more answers are accepted.",
                _state(row, messages),
            )
        if not messages:
            raise Conflict(
                "The interview has not started yet; open the interview page first.",
                _state(row, messages),
            )
        last = messages[-1]
        open_index = last.question_index if last.role == "assistant" else None
        target = wanted if wanted is not None else (open_index or last.question_index)
        if target != open_index:
            stored = _stored_answer(messages, target)
            if stored is not None and stored.content == answer:
                # The same answer again (a resent form, a retried request): already stored.
                progress = summarise(row).progress
                return Submission(stored, progress, duplicate=True), row, messages
            raise Conflict(_stale_message(target, open_index, stored), _state(row, messages))
        message = MessageView(
            id=0,
            session_id=sid,
            role="user",
            content=answer,
            timestamp=utcnow(),
            question_index=target,
        )
        try:
            message = replace(message, id=_insert_message(s, message))
        except IntegrityError:
            # Only reachable if the row lock was bypassed; the constraint still holds the line.
            raise Conflict(
                "This question has already been answered; wait for the next one."
            ) from None
        complete = target == MAX_QUESTIONS
        s.execute(
            update(InterviewSession.__table__)
            .where(InterviewSession.id == sid)
            .values(
                answer_count=target,
                **({"is_complete": True, "completed_at": utcnow()} if complete else {}),
            )
        )
        progress = Progress(row.question_count, MAX_QUESTIONS, target)
        return Submission(message, progress), row, [*messages, message]


def _stored_answer(messages: _Conversation, index: int) -> MessageView | None:
    found = next((m for m in messages if m.role == "user" and m.question_index == index), None)
    return _as_view(found) if found is not None else None


def _stale_message(target: int, open_index: int | None, stored: MessageView | None) -> str:
    if stored is not None:
        tail = (
            f" Question {open_index} is waiting for your answer."
            if open_index
            else " The next question is on its way; reload to see it."
        )
        return f"Question {target} was already answered; your answer was not stored.{tail}"
    return (
        f"Question {target} has not been asked yet; your answer was not stored. Reload the "
        "interview to see the current question."
    )


def answer_question(
    db: Database,
    actor: Actor,
    session_id: int | str,
    text: str,
    ai: AIService,
    question_index: int | str | None = None,
) -> AnswerResult:
    """Store the answer to `question_index` (see `submit_answer`), then write and return the
    next question (None after the 8th)."""
    submission, row, messages = _submit(db, actor, session_id, text, question_index)
    if submission.progress.is_complete:
        summary = replace(summarise(row), progress=submission.progress)
        return AnswerResult(submission.answer, None, summary)
    asked = drain(_ask(db, row.id, ai, row, messages))
    return AnswerResult(
        answer=submission.answer, next_question=asked.question, session=asked.session
    )
