"""Typed SQLAlchemy 2 ORM models."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .context import MAX_QUESTIONS  # the interview's length; the schema's checks hold it


def utcnow() -> datetime:
    """Now, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; always returns aware datetimes, also on SQLite which drops the zone."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class User(Base):
    """An account; without accounts, sessions belong to an anonymous owner key."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default="coach")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Raised at sign-out: every sign-in token made before it stops working (auth.py).
    sign_in_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (
        CheckConstraint("role IN ('coach', 'recruiter', 'admin')", name="ck_user_role"),
    )


# Sessions made by `demo-data` belong to owners named with this prefix: that is how the
# database marks them as demo data (the dashboard can leave them out; AI settings always does).
DEMO_OWNER_PREFIX = "demo-coach-"


class InterviewSession(Base):
    """One mock interview: the role, the documents, and counters kept with every message."""

    __tablename__ = "interview_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(64), index=True)
    job_title: Mapped[str] = mapped_column(String(200))
    company_name: Mapped[str] = mapped_column(String(200))
    cv_text: Mapped[str | None] = mapped_column(Text, default=None)
    cv_filename: Mapped[str | None] = mapped_column(String(255), default=None)
    job_description: Mapped[str | None] = mapped_column(Text, default=None)
    # Denormalised so lists and analytics never count messages row by row.
    question_count: Mapped[int] = mapped_column(Integer, default=0)
    answer_count: Mapped[int] = mapped_column(Integer, default=0)
    is_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Practice tracks: "practise again" makes a new session with the same role and documents;
    # every attempt carries the id of the track's first session and its number in the track.
    track_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    attempt: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # The coach's own name for the session ("mock with Sam"); the role stays as it was.
    label: Mapped[str | None] = mapped_column(String(200), default=None)
    # What the interviewer read from the two documents (their profiles as JSON, see
    # `interviewer/stored.py`), written with the first question: the documents never change
    # after it, so no turn reads them again, in whichever process it runs.
    profile: Mapped[str | None] = mapped_column(Text, default=None)

    messages: Mapped[list[Message]] = relationship(
        back_populates="session",
        order_by="Message.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    feedback: Mapped[Feedback | None] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint(f"question_count BETWEEN 0 AND {MAX_QUESTIONS}", name="ck_session_qcount"),
        CheckConstraint("answer_count BETWEEN 0 AND question_count", name="ck_session_acount"),
        # Covers the dashboard's scans by creation time (analytics.py): no wide row is read.
        Index(
            "ix_sessions_created_analytics",
            "created_at",
            "job_title",
            "company_name",
            "question_count",
            "answer_count",
            "is_complete",
            "completed_at",
        ),
    )


def _content_chars(context: DefaultExecutionContext) -> int:
    return len(context.get_current_parameters()["content"])


class Message(Base):
    """One turn: the interviewer's question (`assistant`) or the candidate's answer (`user`)."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("interview_sessions.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(10))
    question_index: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    timestamp: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Which provider wrote a question, and whether it stood in for a failed one.
    provider: Mapped[str | None] = mapped_column(String(40), default=None)
    fallback: Mapped[bool] = mapped_column(Boolean, default=False)
    # Length of `content`, set on insert, so the dashboard's answer-length median reads a
    # small index instead of every answer's text (messages are never edited).
    content_chars: Mapped[int | None] = mapped_column(
        Integer, default=_content_chars, deferred=True
    )

    session: Mapped[InterviewSession] = relationship(back_populates="messages")

    __table_args__ = (
        # The database itself guarantees one question and one answer per index.
        UniqueConstraint("session_id", "question_index", "role", name="uq_message_turn"),
        CheckConstraint("role IN ('assistant', 'user')", name="ck_message_role"),
        CheckConstraint(f"question_index BETWEEN 1 AND {MAX_QUESTIONS}", name="ck_message_index"),
        Index("ix_messages_session_role_chars", "session_id", "role", "content_chars"),
    )


class Feedback(Base):
    """The stored feedback of a completed interview; headline figures as columns for analytics."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("interview_sessions.id", ondelete="CASCADE"), unique=True
    )
    score: Mapped[int] = mapped_column(Integer)  # 1-10
    overall_score: Mapped[int] = mapped_column(Integer)  # 0-100
    relevance: Mapped[float] = mapped_column(Float)
    structure: Mapped[float] = mapped_column(Float)
    evidence: Mapped[float] = mapped_column(Float)
    communication: Mapped[float] = mapped_column(Float)
    generated_by: Mapped[str] = mapped_column(String(40))
    fallback: Mapped[bool] = mapped_column(Boolean, default=False)
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    session: Mapped[InterviewSession] = relationship(back_populates="feedback")
    skills: Mapped[list[FeedbackSkill]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        # Covers the dashboard's score and rubric figures (analytics.py): payloads stay unread.
        Index(
            "ix_feedback_session_scores",
            "session_id",
            "score",
            "overall_score",
            "relevance",
            "structure",
            "evidence",
            "communication",
            "generated_by",
        ),
    )


class FeedbackSkill(Base):
    """One job-description skill and how the interview covered it (for the skills heatmap)."""

    __tablename__ = "feedback_skills"

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int] = mapped_column(Integer, index=True)
    skill: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(20))

    __table_args__ = (
        CheckConstraint(
            "status IN ('demonstrated', 'undemonstrated', 'missing')", name="ck_skill_status"
        ),
        # Covers the skills heatmap's join from sessions (analytics.py).
        Index("ix_feedback_skills_session_skill", "session_id", "skill", "status"),
    )


class ModelCall(Base):
    """One call to an AI provider, successful or not."""

    __tablename__ = "model_calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    provider: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(String(20))  # "question" | "feedback"
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    latency_ms: Mapped[float] = mapped_column(Float)
    tokens_in: Mapped[int | None] = mapped_column(Integer, default=None)
    tokens_out: Mapped[int | None] = mapped_column(Integer, default=None)
    outcome: Mapped[str] = mapped_column(String(20))  # "ok" | "error" | "invalid" | "skipped"
    error: Mapped[str | None] = mapped_column(String(300), default=None)
    fallback: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_model_calls_started", "started_at"),
        # Covers the provider-health chart (analytics.py).
        Index(
            "ix_model_calls_started_cover",
            "started_at",
            "provider",
            "outcome",
            "fallback",
            "latency_ms",
            "session_id",
        ),
    )


# SQLite groups by an expression with a sort unless an index yields the rows in that
# order; this one lets the provider-health chart (analytics.py) group calls by UTC day
# straight from the index. PostgreSQL hashes instead and needs no such index.
Index(
    "ix_model_calls_day_sqlite",
    text("substr(started_at, 1, 10)"),
    ModelCall.provider,
    ModelCall.outcome,
    ModelCall.fallback,
    ModelCall.latency_ms,
    ModelCall.started_at,
    ModelCall.session_id,
).ddl_if(dialect="sqlite")
