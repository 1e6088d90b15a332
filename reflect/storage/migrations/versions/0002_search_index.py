"""Full-text search over answers, notes and comments (FTS5, inside the encrypted file).

Revision ID: 0002
Revises: 0001

The index reads its text from a view, so each word is stored once. Deleting a row from the
index must hand FTS5 the exact text that was indexed; with `secure-delete` set, FTS5 then
removes the words from the index pages themselves instead of leaving them until a merge.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the source view and the external-content FTS5 index, then fill it."""
    op.execute(
        "CREATE VIEW search_source (id, answers, notes, comments) AS SELECT r.id, "
        "coalesce((SELECT group_concat(t, char(10)) FROM (SELECT text AS t FROM answers "
        "WHERE reflection_id = r.id ORDER BY position)), ''), "
        "r.notes, "
        "coalesce((SELECT group_concat(b, char(10)) FROM (SELECT body AS b FROM comments "
        "WHERE reflection_id = r.id ORDER BY id)), '') "
        "FROM reflections r"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "answers, notes, comments, content='search_source', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    op.execute("INSERT INTO search_index(search_index, rank) VALUES('secure-delete', 1)")
    op.execute("INSERT INTO search_index(search_index) VALUES('rebuild')")


def downgrade() -> None:
    """Journals only move forward."""
    raise NotImplementedError("Reflect journals only move forward.")
