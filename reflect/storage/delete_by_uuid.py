"""Deleting one record of the hours log (a session or a training) by its uuid."""

from __future__ import annotations

from sqlalchemy import Connection, text

from reflect.domain.errors import NotFound

TABLES = frozenset({"supervision_sessions", "trainings"})
"""The tables whose rows are deleted this way (each has a unique `uuid` column)."""


def delete_by_uuid(conn: Connection, table: str, uuid: str) -> None:
    """Delete the row of `table` with this uuid; `NotFound` when there is none."""
    assert table in TABLES  # the name goes into the statement, so only ours are taken
    result = conn.execute(text(f"DELETE FROM {table} WHERE uuid = :u"), {"u": uuid})
    if result.rowcount == 0:
        raise NotFound
