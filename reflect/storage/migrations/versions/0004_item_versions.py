"""Item versions for out-of-order packets; removed contacts and dismissed shared reflections.

Revision ID: 0004
Revises: 0003

Packets may arrive in any order, so what decides which copy of a reflection or comment is
newer is a version counter carried with each item, never the packet order or a clock.
`removed_contacts` lets a packet from someone removed under People be refused with a
sentence; `dismissed_shared_reflections` keeps a late packet from bringing back a shared
reflection the supervisor deleted (only a newer version, shared again, comes back).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_VERSIONED = ("reflections", "comments", "shared_reflections", "shared_comments")


def upgrade() -> None:
    """Add the version columns and the two small tables."""
    for table in _VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "removed_contacts",
        sa.Column("key_id", sa.String(), primary_key=True),
        sa.Column("removed_at", sa.String(), nullable=False),
    )
    op.create_table(
        "dismissed_shared_reflections",
        sa.Column("supervisee_key_id", sa.String(), nullable=False),
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("dismissed_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("supervisee_key_id", "uuid", name="pk_dismissed_shared"),
    )


def downgrade() -> None:
    """Journals only move forward."""
    raise NotImplementedError("Reflect journals only move forward.")
