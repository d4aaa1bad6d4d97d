"""Practice tracks and labels: sessions.track_id, sessions.attempt, sessions.label.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 22:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interview_sessions") as batch:
        batch.add_column(sa.Column("track_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("attempt", sa.Integer(), server_default="1", nullable=False))
        batch.add_column(sa.Column("label", sa.String(length=200), nullable=True))
        batch.create_index("ix_interview_sessions_track_id", ["track_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("interview_sessions") as batch:
        batch.drop_index("ix_interview_sessions_track_id")
        batch.drop_column("label")
        batch.drop_column("attempt")
        batch.drop_column("track_id")
