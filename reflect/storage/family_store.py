"""A family code's traces in the journal: counting them, and forgetting them in one
transaction.

Everything that names the family's reflections goes with them: their answers, themes and
comments (by the foreign keys' cascade), their words in the search index (FTS5's `delete`
with `secure-delete`, so the words leave the index pages at once), the self-care check-ins
written about them, the marks that they were sent to a supervisor, and their place in a
supervision session's list of reflections discussed (the session and its hours stay). Last
the code itself goes, so it is offered nowhere.

Functions take a raw sqlcipher3 connection: forgetting runs beside the window, on a
connection of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from reflect.domain.errors import NotFound
from reflect.domain.family_forgetting import FamilyTrace
from reflect.storage.clock import from_text
from reflect.storage.reflection_store import index_delete

# How many reflections leave the index between two looks at the stop signal.
STEP = 100
_OF_FAMILY = "SELECT uuid FROM reflections WHERE family_code = ?"


def trace(raw: Any, code: str) -> FamilyTrace:
    """What the journal holds under `code` (already normalised); `NotFound` if no such code."""
    if raw.execute("SELECT 1 FROM family_codes WHERE code = ?", (code,)).fetchone() is None:
        raise NotFound
    reflections, first, last = raw.execute(
        "SELECT count(*), min(visit_date), max(visit_date) FROM reflections WHERE family_code = ?",
        (code,),
    ).fetchone()
    comments = raw.execute(
        "SELECT count(*) FROM comments WHERE reflection_id IN "
        "(SELECT id FROM reflections WHERE family_code = ?)",
        (code,),
    ).fetchone()[0]
    check_ins = raw.execute(
        f"SELECT count(*) FROM check_ins WHERE reflection_uuid IN ({_OF_FAMILY})", (code,)
    ).fetchone()[0]
    shared = raw.execute(
        "SELECT count(DISTINCT reflection_uuid) FROM sent_reflections "
        f"WHERE reflection_uuid IN ({_OF_FAMILY})",
        (code,),
    ).fetchone()[0]
    sessions = raw.execute(
        "SELECT count(DISTINCT session_id) FROM session_reflections "
        f"WHERE reflection_uuid IN ({_OF_FAMILY})",
        (code,),
    ).fetchone()[0]
    return FamilyTrace(
        code=code,
        reflections=int(reflections),
        comments=int(comments),
        check_ins=int(check_ins),
        shared=int(shared),
        sessions=int(sessions),
        first_visit=dt.date.fromisoformat(first) if first else None,
        last_visit=dt.date.fromisoformat(last) if last else None,
    )


def uuids(raw: Any, code: str) -> list[str]:
    """The family's reflections."""
    return [str(row[0]) for row in raw.execute(_OF_FAMILY, (code,))]


def first_written(raw: Any, code: str) -> dt.datetime | None:
    """When the first of the family's reflections was written: backups taken before that
    cannot hold it."""
    row = raw.execute(
        "SELECT min(created_at) FROM reflections WHERE family_code = ?", (code,)
    ).fetchone()
    return from_text(row[0]) if row and row[0] else None


def commit_forget(
    raw: Any,
    code: str,
    check: Callable[[], None],
    report: Callable[[int, int], None],
    settings: dict[str, str] | None = None,
) -> FamilyTrace:
    """Delete everything under `code` in one transaction on `raw`; what went, counted in
    the same transaction.

    `check` is called between steps and may raise (the journal is being locked): then
    nothing at all is deleted. `settings` are kept in the same transaction (what is still
    to be done afterwards, so a crash cannot forget it).
    """
    raw.execute("BEGIN IMMEDIATE")
    try:
        counted = trace(raw, code)
        rows = [
            (int(r[0]), str(r[1]))
            for r in raw.execute(
                "SELECT id, uuid FROM reflections WHERE family_code = ? ORDER BY id", (code,)
            )
        ]
        for done, (row_id, _uuid) in enumerate(rows):
            if done % STEP == 0:
                report(done, len(rows))
                check()
            index_delete(raw, row_id)
        linked = [(uuid,) for _row, uuid in rows]
        for table in ("check_ins", "session_reflections", "sent_reflections"):
            raw.executemany(f"DELETE FROM {table} WHERE reflection_uuid = ?", linked)
        raw.execute("DELETE FROM reflections WHERE family_code = ?", (code,))
        raw.execute("DELETE FROM family_codes WHERE code = ?", (code,))
        for key, value in (settings or {}).items():
            raw.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (f"setting.{key}", value),
            )
        check()
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    raw.execute("COMMIT")
    report(len(rows), len(rows))
    return counted
