"""Baseline schema: sessions, messages, feedback, skills, model calls, users.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 01:21:17.804037
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import interview_core.models

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interview_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("cv_text", sa.Text(), nullable=True),
        sa.Column("cv_filename", sa.String(length=255), nullable=True),
        sa.Column("job_description", sa.Text(), nullable=True),
        sa.Column("question_count", sa.Integer(), nullable=False),
        sa.Column("answer_count", sa.Integer(), nullable=False),
        sa.Column("is_complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", interview_core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", interview_core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("completed_at", interview_core.models.UTCDateTime(timezone=True), nullable=True),
        sa.CheckConstraint("answer_count BETWEEN 0 AND question_count", name="ck_session_acount"),
        sa.CheckConstraint("question_count BETWEEN 0 AND 8", name="ck_session_qcount"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("interview_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interview_sessions_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_interview_sessions_owner"), ["owner"], unique=False)
        batch_op.create_index(
            "ix_sessions_created_analytics",
            [
                "created_at",
                "job_title",
                "company_name",
                "question_count",
                "answer_count",
                "is_complete",
                "completed_at",
            ],
            unique=False,
        )

    op.create_table(
        "model_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("provider", sa.String(length=40), nullable=False),
        sa.Column("model", sa.String(length=120), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("started_at", interview_core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("tokens_in", sa.Integer(), nullable=True),
        sa.Column("tokens_out", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("error", sa.String(length=300), nullable=True),
        sa.Column("fallback", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("model_calls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_model_calls_session_id"), ["session_id"], unique=False)
        batch_op.create_index("ix_model_calls_started", ["started_at"], unique=False)
        batch_op.create_index(
            "ix_model_calls_started_cover",
            ["started_at", "provider", "outcome", "fallback", "latency_ms", "session_id"],
            unique=False,
        )
    if op.get_bind().dialect.name == "sqlite":
        # Lets SQLite group calls by UTC day straight from the index (see models.py).
        op.create_index(
            "ix_model_calls_day_sqlite",
            "model_calls",
            [
                sa.text("substr(started_at, 1, 10)"),
                "provider",
                "outcome",
                "fallback",
                "latency_ms",
                "started_at",
                "session_id",
            ],
        )

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", interview_core.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('coach', 'recruiter', 'admin')", name="ck_user_role"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("overall_score", sa.Integer(), nullable=False),
        sa.Column("relevance", sa.Float(), nullable=False),
        sa.Column("structure", sa.Float(), nullable=False),
        sa.Column("evidence", sa.Float(), nullable=False),
        sa.Column("communication", sa.Float(), nullable=False),
        sa.Column("generated_by", sa.String(length=40), nullable=False),
        sa.Column("fallback", sa.Boolean(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", interview_core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["interview_sessions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id"),
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index(
            "ix_feedback_session_scores",
            [
                "session_id",
                "score",
                "overall_score",
                "relevance",
                "structure",
                "evidence",
                "communication",
                "generated_by",
            ],
            unique=False,
        )

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("question_index", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("timestamp", interview_core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("provider", sa.String(length=40), nullable=True),
        sa.Column("fallback", sa.Boolean(), nullable=False),
        sa.Column("content_chars", sa.Integer(), nullable=True),
        sa.CheckConstraint("role IN ('assistant', 'user')", name="ck_message_role"),
        sa.CheckConstraint("question_index BETWEEN 1 AND 8", name="ck_message_index"),
        sa.ForeignKeyConstraint(["session_id"], ["interview_sessions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id", "question_index", "role", name="uq_message_turn"),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_messages_session_id"), ["session_id"], unique=False)
        batch_op.create_index(
            "ix_messages_session_role_chars", ["session_id", "role", "content_chars"], unique=False
        )

    op.create_table(
        "feedback_skills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feedback_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "status IN ('demonstrated', 'undemonstrated', 'missing')", name="ck_skill_status"
        ),
        sa.ForeignKeyConstraint(["feedback_id"], ["feedback.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("feedback_skills", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_skills_feedback_id"), ["feedback_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_skills_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            "ix_feedback_skills_session_skill", ["session_id", "skill", "status"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("feedback_skills", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_skills_session_skill")
        batch_op.drop_index(batch_op.f("ix_feedback_skills_session_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_skills_feedback_id"))

    op.drop_table("feedback_skills")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_session_role_chars")
        batch_op.drop_index(batch_op.f("ix_messages_session_id"))

    op.drop_table("messages")
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_session_scores")

    op.drop_table("feedback")
    op.drop_table("users")
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_model_calls_day_sqlite", table_name="model_calls")
    with op.batch_alter_table("model_calls", schema=None) as batch_op:
        batch_op.drop_index("ix_model_calls_started_cover")
        batch_op.drop_index("ix_model_calls_started")
        batch_op.drop_index(batch_op.f("ix_model_calls_session_id"))

    op.drop_table("model_calls")
    with op.batch_alter_table("interview_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_sessions_created_analytics")
        batch_op.drop_index(batch_op.f("ix_interview_sessions_owner"))
        batch_op.drop_index(batch_op.f("ix_interview_sessions_created_at"))

    op.drop_table("interview_sessions")
