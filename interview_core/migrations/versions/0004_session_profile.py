"""What the interviewer read from a session's documents, stored once: interview_sessions.profile.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 00:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable and empty for existing sessions: their next question writes it.
    with op.batch_alter_table("interview_sessions") as batch:
        batch.add_column(sa.Column("profile", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interview_sessions") as batch:
        batch.drop_column("profile")
