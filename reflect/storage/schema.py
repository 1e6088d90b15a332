"""The journal's tables, as SQLAlchemy Core metadata.

Migrations (in `migrations/`) are the history that builds this schema; a test checks that a
freshly migrated journal matches these definitions exactly.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

family_codes = Table(
    "family_codes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String, nullable=False, unique=True),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", String, nullable=False),
)

reflections = Table(
    "reflections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String, nullable=False, unique=True),
    Column("visit_date", String, nullable=False),
    Column(
        "family_code",
        String,
        ForeignKey("family_codes.code", onupdate="CASCADE"),
        nullable=True,  # a draft may be saved before its family code is chosen
    ),
    Column("visit_kind", String, nullable=False),
    Column("duration_minutes", Integer),
    Column("template_id", String, nullable=False),
    Column("notes", Text, nullable=False, default=""),
    Column("status", String, nullable=False),
    Column("share_state", String, nullable=False),
    Column("preview", Text, nullable=False, default=""),
    Column("created_at", String, nullable=False),
    Column("updated_at", String, nullable=False),
    # A counter, never a clock: which copy of a reflection is newer, whatever the order
    # packets arrive in (migration 0004).
    Column("version", Integer, nullable=False, server_default="1"),
)
# The list reads only these columns, newest first: a covering index answers it alone.
Index(
    "ix_reflections_list",
    reflections.c.visit_date,
    reflections.c.id,
    reflections.c.uuid,
    reflections.c.family_code,
    reflections.c.status,
    reflections.c.share_state,
    reflections.c.preview,
)
Index("ix_reflections_family", reflections.c.family_code, reflections.c.visit_date)

answers = Table(
    "answers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "reflection_id",
        Integer,
        ForeignKey("reflections.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("prompt_id", String, nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("private", Boolean, nullable=False, default=False),
    UniqueConstraint("reflection_id", "prompt_id", name="uq_answers_prompt"),
)

reflection_themes = Table(
    "reflection_themes",
    metadata,
    Column("theme", String, nullable=False),
    Column(
        "reflection_id",
        Integer,
        ForeignKey("reflections.id", ondelete="CASCADE"),
        nullable=False,
    ),
    PrimaryKeyConstraint("theme", "reflection_id", name="pk_reflection_themes"),
)
Index("ix_reflection_themes_reflection", reflection_themes.c.reflection_id)

comments = Table(
    "comments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String, nullable=False, unique=True),
    Column(
        "reflection_id",
        Integer,
        ForeignKey("reflections.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("prompt_id", String),
    Column("author", String, nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", String, nullable=False),
    Column("packet_id", String),
    Column("read", Boolean, nullable=False, default=False),
    Column("version", Integer, nullable=False, server_default="1"),
)
Index("ix_comments_reflection", comments.c.reflection_id)

supervision_sessions = Table(
    "supervision_sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String, nullable=False, unique=True),
    Column("date", String, nullable=False),
    Column("minutes", Integer, nullable=False),
    Column("format", String, nullable=False),
    Column("mode", String, nullable=False),
    Column("provider", String, nullable=False),
    Column("provider_category", String, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("next_steps", Text, nullable=False, default=""),
)
Index("ix_supervision_sessions_date", supervision_sessions.c.date)

session_reflections = Table(
    "session_reflections",
    metadata,
    Column(
        "session_id",
        Integer,
        ForeignKey("supervision_sessions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    # A uuid, not a foreign key: a supervisor discusses reflections that live elsewhere.
    Column("reflection_uuid", String, nullable=False),
    PrimaryKeyConstraint("session_id", "reflection_uuid", name="pk_session_reflections"),
)

# Trainings attended, toward renewal (migration 0006); minutes, like sessions.
trainings = Table(
    "trainings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String, nullable=False, unique=True),
    Column("date", String, nullable=False),
    Column("title", String, nullable=False),
    Column("provider", String, nullable=False, default=""),
    Column("minutes", Integer, nullable=False),
    Column("category", String, nullable=False),
    Column("notes", Text, nullable=False, default=""),
)
Index("ix_trainings_date", trainings.c.date)

check_ins = Table(
    "check_ins",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String, nullable=False, unique=True),
    Column("created_at", String, nullable=False),
    Column("heaviness", Integer),
    Column("energy", Integer),
    Column("word", String, nullable=False, default=""),
    Column("need", Text, nullable=False, default=""),
    Column("reflection_uuid", String),
)
Index("ix_check_ins_created", check_ins.c.created_at)

session_answers = Table(
    "session_answers",
    metadata,
    Column(
        "session_id",
        Integer,
        ForeignKey("supervision_sessions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("prompt_id", String, nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    PrimaryKeyConstraint("session_id", "prompt_id", name="pk_session_answers"),
)

# One row: this journal's own exchange keys.
exchange_identity = Table(
    "exchange_identity",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("age_secret", Text, nullable=False),
    Column("signing_secret", LargeBinary, nullable=False),
    Column("created_at", String, nullable=False),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key_id", String, nullable=False, unique=True),
    Column("name", String, nullable=False),
    Column("age_recipient", String, nullable=False),
    Column("signing_key", LargeBinary, nullable=False),
    Column("role", String, nullable=False),
    Column("verified", Boolean, nullable=False, default=False),
    Column("added_at", String, nullable=False),
)

# Every packet sent or imported: ids refuse replays, sequence numbers refuse rollbacks.
packets = Table(
    "packets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("packet_id", String, nullable=False, unique=True),
    Column("direction", String, nullable=False),
    Column("contact_key_id", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("created_at", String, nullable=False),
    Column("recorded_at", String, nullable=False),
    Column("in_reply_to", String),
)
Index("ix_packets_contact", packets.c.contact_key_id, packets.c.direction, packets.c.sequence)

# Which of my reflections went to whom: a reply may comment only on those.
sent_reflections = Table(
    "sent_reflections",
    metadata,
    Column("contact_key_id", String, nullable=False),
    Column("reflection_uuid", String, nullable=False),
    PrimaryKeyConstraint("contact_key_id", "reflection_uuid", name="pk_sent_reflections"),
)

# Reflections supervisees shared, as received (a JSON document each): read-only.
shared_reflections = Table(
    "shared_reflections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String, nullable=False),
    Column("supervisee_key_id", String, nullable=False),
    Column("packet_id", String, nullable=False),
    Column("received_at", String, nullable=False),
    Column("visit_date", String, nullable=False),
    Column("document", Text, nullable=False),
    UniqueConstraint("supervisee_key_id", "uuid", name="uq_shared_reflections"),
    Column("version", Integer, nullable=False, server_default="1"),
)

# Contacts removed under People: their packets are refused with a sentence.
removed_contacts = Table(
    "removed_contacts",
    metadata,
    Column("key_id", String, primary_key=True),
    Column("removed_at", String, nullable=False),
)

# Shared reflections the supervisor deleted: a late packet with this version or older does
# not bring them back.
dismissed_shared_reflections = Table(
    "dismissed_shared_reflections",
    metadata,
    Column("supervisee_key_id", String, nullable=False),
    Column("uuid", String, nullable=False),
    Column("version", Integer, nullable=False),
    Column("dismissed_at", String, nullable=False),
    PrimaryKeyConstraint("supervisee_key_id", "uuid", name="pk_dismissed_shared"),
)

# The supervisor's comments on shared reflections; `sent_packet_id` once replied.
shared_comments = Table(
    "shared_comments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uuid", String, nullable=False, unique=True),
    Column(
        "shared_reflection_id",
        Integer,
        ForeignKey("shared_reflections.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("prompt_id", String),
    Column("body", Text, nullable=False),
    Column("created_at", String, nullable=False),
    Column("sent_packet_id", String),
    Column("version", Integer, nullable=False, server_default="1"),
)
Index("ix_shared_comments_reflection", shared_comments.c.shared_reflection_id)

# The full-text index is a contentless FTS5 table filled from the `search_source` view
# (migrations 0002 and 0005): the text is stored once (in `answers`, `reflections`,
# `comments`); with FTS5 `secure-delete` a reflection's words leave the index at once.
SEARCH_INDEX = "search_index"
SEARCH_SOURCE = "search_source"
