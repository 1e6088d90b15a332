"""The journal's first tables: reflections, answers, family codes, comments, sessions, check-ins.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the tables of the first journal format."""
    op.create_table(
        "meta",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "family_codes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(), nullable=False, unique=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_table(
        "reflections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False, unique=True),
        sa.Column("visit_date", sa.String(), nullable=False),
        sa.Column(
            "family_code",
            sa.String(),
            sa.ForeignKey("family_codes.code", onupdate="CASCADE"),
            nullable=True,  # a draft may be saved before its family code is chosen
        ),
        sa.Column("visit_kind", sa.String(), nullable=False),
        sa.Column("duration_minutes", sa.Integer()),
        sa.Column("template_id", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("share_state", sa.String(), nullable=False),
        sa.Column("preview", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_index(
        "ix_reflections_list",
        "reflections",
        # Ascending, scanned backwards for "newest first": new visits append at the right
        # edge of the b-tree, which keeps its pages full (and a full scan short).
        [
            "visit_date",
            "id",
            "uuid",
            "family_code",
            "status",
            "share_state",
            "preview",
        ],
    )
    op.create_index("ix_reflections_family", "reflections", ["family_code", "visit_date"])
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "reflection_id",
            sa.Integer(),
            sa.ForeignKey("reflections.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("prompt_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("reflection_id", "prompt_id", name="uq_answers_prompt"),
    )
    op.create_table(
        "reflection_themes",
        sa.Column("theme", sa.String(), nullable=False),
        sa.Column(
            "reflection_id",
            sa.Integer(),
            sa.ForeignKey("reflections.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("theme", "reflection_id", name="pk_reflection_themes"),
    )
    op.create_index("ix_reflection_themes_reflection", "reflection_themes", ["reflection_id"])
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False, unique=True),
        sa.Column(
            "reflection_id",
            sa.Integer(),
            sa.ForeignKey("reflections.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("prompt_id", sa.String()),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("packet_id", sa.String()),
        sa.Column("read", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_comments_reflection", "comments", ["reflection_id"])
    op.create_table(
        "supervision_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False, unique=True),
        sa.Column("date", sa.String(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(), nullable=False),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("provider_category", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
    )
    op.create_index("ix_supervision_sessions_date", "supervision_sessions", ["date"])
    op.create_table(
        "session_reflections",
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("supervision_sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("reflection_uuid", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "reflection_uuid", name="pk_session_reflections"),
    )
    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(), nullable=False, unique=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("heaviness", sa.Integer()),
        sa.Column("energy", sa.Integer()),
        sa.Column("word", sa.String(), nullable=False),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("reflection_uuid", sa.String()),
    )
    op.create_index("ix_check_ins_created", "check_ins", ["created_at"])


def downgrade() -> None:
    """Journals only move forward."""
    raise NotImplementedError("Reflect journals only move forward.")
