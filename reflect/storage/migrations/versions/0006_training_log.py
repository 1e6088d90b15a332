"""The training log: trainings attended toward an endorsement's renewal.

Revision ID: 0006
Revises: 0005

One row per training, kept like a supervision session: by uuid, with its date, length in
minutes, provider, category and the visitor's own notes. Existing journals gain the empty
table; nothing else changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the trainings table and its index by date."""
    op.create_table(
        "trainings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False, unique=True),
        sa.Column("date", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_index("ix_trainings_date", "trainings", ["date"])


def downgrade() -> None:
    """Journals only move forward."""
    raise NotImplementedError("Reflect journals only move forward.")
