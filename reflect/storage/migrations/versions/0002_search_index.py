"""Full-text search over answers, notes and comments (FTS5, inside the encrypted file).

Revision ID: 0002
Revises: 0001

The index is contentless: the text is stored once, in the journal's own tables, and the
`search_source` view assembles it for indexing. Rows can be deleted by rowid
(`contentless_delete`); deleting a reflection then runs FTS5's `optimize`, which rewrites
the index without the deleted words (see `reflection_store.delete`).
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the source view and the contentless FTS5 index, then fill it."""
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
        "answers, notes, comments, content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    op.execute(
        "INSERT INTO search_index (rowid, answers, notes, comments) "
        "SELECT id, answers, notes, comments FROM search_source"
    )


def downgrade() -> None:
    """Journals only move forward."""
    raise NotImplementedError("Reflect journals only move forward.")
