"""Supervision exchange: the journal's own keys, contacts, packets, shared reflections.

Revision ID: 0003
Revises: 0002

Also session notes by prompt (`session_answers`), written with the after-supervision
template. The secrets rest inside the encrypted journal, like everything else in it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the exchange tables."""
    op.create_table(
        "exchange_identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("age_secret", sa.Text(), nullable=False),
        sa.Column("signing_secret", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key_id", sa.String(), nullable=False, unique=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("age_recipient", sa.String(), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("added_at", sa.String(), nullable=False),
    )
    op.create_table(
        "packets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("packet_id", sa.String(), nullable=False, unique=True),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("contact_key_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.String(), nullable=False),
        sa.Column("in_reply_to", sa.String()),
    )
    op.create_index("ix_packets_contact", "packets", ["contact_key_id", "direction", "sequence"])
    op.create_table(
        "sent_reflections",
        sa.Column("contact_key_id", sa.String(), nullable=False),
        sa.Column("reflection_uuid", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("contact_key_id", "reflection_uuid", name="pk_sent_reflections"),
    )
    op.create_table(
        "shared_reflections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False),
        sa.Column("supervisee_key_id", sa.String(), nullable=False),
        sa.Column("packet_id", sa.String(), nullable=False),
        sa.Column("received_at", sa.String(), nullable=False),
        sa.Column("visit_date", sa.String(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.UniqueConstraint("supervisee_key_id", "uuid", name="uq_shared_reflections"),
    )
    op.create_table(
        "shared_comments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False, unique=True),
        sa.Column(
            "shared_reflection_id",
            sa.Integer(),
            sa.ForeignKey("shared_reflections.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("prompt_id", sa.String()),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("sent_packet_id", sa.String()),
    )
    op.create_index("ix_shared_comments_reflection", "shared_comments", ["shared_reflection_id"])
    op.create_table(
        "session_answers",
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("supervision_sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("prompt_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "prompt_id", name="pk_session_answers"),
    )


def downgrade() -> None:
    """Journals only move forward."""
    raise NotImplementedError("Reflect journals only move forward.")
