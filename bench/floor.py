"""The floor: what `bench/run.py` times, done through a bare `sqlcipher3` connection.

Same journal, same raw key, same pragmas (durability, secure delete, page cache), and the
fewest statements that return the same information; none of Reflect's code runs while a
figure is timed. Results are left as the driver's row tuples: turning them into what the
window shows (snippets, dates, domain objects) is counted against Reflect, not the floor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -32768",
)
RANK_WINDOW = 4000  # as Reflect: rank among the newest 4,000 matches
ROW = (
    "r.id, r.uuid, r.visit_date, r.family_code, r.preview, r.status, r.share_state, "
    "(SELECT group_concat(theme) FROM reflection_themes t WHERE t.reflection_id = r.id), "
    "(SELECT count(*) FROM comments c WHERE c.reflection_id = r.id), "
    "(SELECT count(*) FROM comments c WHERE c.reflection_id = r.id AND NOT c.read)"
)


def connect(path: Path, key: bytes) -> Any:
    """A keyed connection with the same pragmas as Reflect's."""
    conn = sqlcipher3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def first_page(conn: Any, limit: int = 100) -> list[Any]:
    """The newest `limit` list rows with their themes and comment counts (one more, to know
    whether there is a next page)."""
    return list(
        conn.execute(
            f"SELECT {ROW} FROM reflections r INDEXED BY ix_reflections_list "
            "ORDER BY r.visit_date DESC, r.id DESC LIMIT ?",
            (limit + 1,),
        )
    )


def search(conn: Any, match: str, limit: int = 50) -> tuple[list[Any], list[Any], list[Any]]:
    """The best `limit` matches among the newest window, their list rows, notes, answers and
    comments (the text a snippet is cut from)."""
    floor = conn.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH ? "
        "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (match, RANK_WINDOW),
    ).fetchone()
    ranked = conn.execute(
        "SELECT rowid, rank FROM search_index WHERE search_index MATCH ? AND rowid > ? "
        "ORDER BY rank LIMIT ?",
        (match, floor[0] if floor else 0, limit),
    ).fetchall()
    if not ranked:
        return [], [], []
    ids = ",".join(str(r[0]) for r in ranked)
    rows = conn.execute(
        f"SELECT {ROW}, r.notes FROM reflections r WHERE r.id IN ({ids})"
    ).fetchall()
    answers = conn.execute(
        "SELECT reflection_id, prompt_id, text FROM answers "
        f"WHERE reflection_id IN ({ids}) ORDER BY reflection_id, position"
    ).fetchall()
    comments = conn.execute(
        f"SELECT reflection_id, body FROM comments WHERE reflection_id IN ({ids}) ORDER BY id"
    ).fetchall()
    return rows, answers, comments


def search_filtered(conn: Any, match: str, code: str, limit: int = 50) -> list[Any]:
    """The best `limit` matches of one family (ranked among all its matches), with their
    list rows and the text a snippet is cut from."""
    ranked = conn.execute(
        "SELECT s.rowid, s.rank FROM search_index s JOIN reflections r ON r.id = s.rowid "
        "WHERE search_index MATCH ? AND r.family_code = ? ORDER BY s.rank LIMIT ?",
        (match, code, limit),
    ).fetchall()
    ids = ",".join(str(r[0]) for r in ranked) or "0"
    return [
        conn.execute(f"SELECT {ROW}, r.notes FROM reflections r WHERE r.id IN ({ids})").fetchall(),
        conn.execute(
            "SELECT reflection_id, prompt_id, text FROM answers "
            f"WHERE reflection_id IN ({ids}) ORDER BY reflection_id, position"
        ).fetchall(),
        conn.execute(
            f"SELECT reflection_id, body FROM comments WHERE reflection_id IN ({ids}) ORDER BY id"
        ).fetchall(),
    ]


def list_all(conn: Any) -> list[Any]:
    """Every reflection's uuid, date, code and first words, newest first."""
    return conn.execute(
        "SELECT uuid, visit_date, family_code, preview FROM reflections "
        "INDEXED BY ix_reflections_list ORDER BY visit_date DESC, id DESC"
    ).fetchall()


def save(conn: Any, row_id: int, prompt_id: str, text: str, *, preview: str, now: str) -> None:
    """One autosave of one changed answer: the answer, the row, the version, the index."""
    conn.execute("BEGIN")
    try:
        version = conn.execute(
            "INSERT INTO meta (key, value) VALUES ('item_clock', '2') ON CONFLICT(key) DO "
            "UPDATE SET value = CAST(meta.value AS INTEGER) + 1 RETURNING value"
        ).fetchone()[0]
        conn.execute(  # the journal's own index is secure-delete: the old text goes out
            "INSERT INTO search_index (search_index, rowid, answers, notes, comments) "
            "SELECT 'delete', id, answers, notes, comments FROM search_source WHERE id = ?",
            (row_id,),
        )
        conn.execute(
            "UPDATE answers SET text = ? WHERE reflection_id = ? AND prompt_id = ?",
            (text, row_id, prompt_id),
        )
        conn.execute(
            "UPDATE reflections SET preview = ?, updated_at = ?, version = ? WHERE id = ?",
            (preview, now, int(version), row_id),
        )
        conn.execute(
            "INSERT INTO search_index (rowid, answers, notes, comments) "
            "SELECT id, answers, notes, comments FROM search_source WHERE id = ?",
            (row_id,),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
