"""Full-text search over answers, notes and comments (FTS5, inside the encrypted file).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the contentless FTS5 index and fill it from what is already stored."""
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "answers, notes, comments, content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    # Deleting a row removes its terms from the index at once, not at the next merge.
    op.execute("INSERT INTO search_index(search_index, rank) VALUES('secure-delete', 1)")
    op.execute(
        "INSERT INTO search_index(rowid, answers, notes, comments) "
        "SELECT r.id, "
        "coalesce((SELECT group_concat(a.text, char(10)) FROM "
        "(SELECT text FROM answers WHERE reflection_id = r.id ORDER BY position) a), ''), "
        "r.notes, "
        "coalesce((SELECT group_concat(c.body, char(10)) FROM comments c "
        "WHERE c.reflection_id = r.id), '') "
        "FROM reflections r"
    )


def downgrade() -> None:
    """Journals only move forward."""
    raise NotImplementedError("Reflect journals only move forward.")
