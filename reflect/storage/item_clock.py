"""The journal's item counter: where every saved change to a reflection or comment gets its
version.

A Lamport-style counter kept in `meta` (`item_clock`), never a clock: a wrong or rewound
system time cannot make a new edit look older than one already shared. Restoring a backup
must not rewind it either (`Journal.restore_backup` carries it over), or an edit made after
the restore could carry a version the supervisor already has, and be ignored.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

KEY = "item_clock"


FIRST = 1  # every item saved before versions were counted is at version 1


def current(conn: Connection) -> int:
    """The greatest version handed out so far (1 in a journal that never counted)."""
    value = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": KEY}).scalar()
    try:
        return max(FIRST, int(value)) if value is not None else FIRST
    except ValueError:
        return FIRST


def advance_to(conn: Connection, value: int) -> None:
    """Raise the counter to `value` (never lower it), inside the caller's transaction."""
    conn.execute(
        text(
            "INSERT INTO meta (key, value) VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET "
            "value = excluded.value WHERE CAST(meta.value AS INTEGER) < CAST(excluded.value "
            "AS INTEGER)"
        ),
        {"k": KEY, "v": str(value)},
    )


def tick(conn: Connection) -> int:
    """The next version: one more than any handed out before (so never below 2, above
    every item stored before versions were counted)."""
    version = current(conn) + 1
    advance_to(conn, version)
    return version
