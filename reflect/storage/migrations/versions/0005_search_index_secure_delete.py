"""The search index forgets deleted words at once: FTS5 `secure-delete`, no tombstones.

Revision ID: 0005
Revises: 0004

Until now the index was contentless with `contentless_delete`, which can only mark a
deleted row with a tombstone; the words stayed in the index until an `optimize` rewrote all
of it (seconds on a large journal, on every delete). The index is built again as a plain
contentless table with `secure-delete` on: a reflection's words are taken out with FTS5's
`delete` command, given the text it was indexed with (read from `search_source` before the
text changes), and `secure-delete` removes them from the index pages themselves.
Dropping the old index frees its pages, which `PRAGMA secure_delete` zeroes, so words
tombstoned before this version are gone too.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Build the index again without tombstones, with secure-delete, from the source view."""
    op.execute("DROP TABLE search_index")
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "answers, notes, comments, content='', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    op.execute("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)")
    op.execute(
        "INSERT INTO search_index (rowid, answers, notes, comments) "
        "SELECT id, answers, notes, comments FROM search_source"
    )


def downgrade() -> None:
    """Journals only move forward."""
    raise NotImplementedError("Reflect journals only move forward.")
