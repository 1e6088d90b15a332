"""Where and when backups were copied off this computer, kept inside the journal.

A copy on a USB stick that is not plugged in cannot be looked at, but it may still hold
what the visitor deleted: to say which copies remain where, the journal keeps a short
record of each copy it wrote (the folder, the copy's name, when its backup was taken),
and forgets an entry once rotation or a removal took the copy away. Only names and times
are kept, never anything from inside a backup.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from reflect.storage.clock import from_text, to_text

RECORD_SETTING = "backup_copies.written"
MAX_ENTRIES = 200  # rotation keeps about fifteen copies a folder; old folders are few


@dataclass(frozen=True, slots=True)
class CopyEntry:
    """One copy written: the chosen folder, its file name there, when its backup was taken."""

    folder: str
    name: str
    taken_at: dt.datetime


def entries(connection: Any) -> list[CopyEntry]:
    """Every copy recorded, oldest first; a record that cannot be read is an empty one (it
    only helps to say where copies are)."""
    row = connection.execute(
        "SELECT value FROM meta WHERE key = ?", (f"setting.{RECORD_SETTING}",)
    ).fetchone()
    if row is None or not row[0]:
        return []
    try:
        found = json.loads(str(row[0]))
        return [
            CopyEntry(str(e["folder"]), str(e["name"]), from_text(str(e["taken"])))
            for e in found[-MAX_ENTRIES:]
        ]
    except (ValueError, TypeError, KeyError):
        return []


def note(
    connection: Any, folder: str, written: str, taken_at: dt.datetime, gone: list[str]
) -> None:
    """Record the copy `written` in `folder`, and forget the copies there in `gone`."""
    kept = [e for e in entries(connection) if not (e.folder == folder and e.name in gone)]
    kept.append(CopyEntry(folder, written, taken_at))
    _store(connection, kept[-MAX_ENTRIES:])


def forget(connection: Any, folder: str, gone: list[str]) -> None:
    """Forget the copies in `folder` named in `gone` (removed)."""
    before = entries(connection)
    kept = [e for e in before if not (e.folder == folder and e.name in gone)]
    if len(kept) != len(before):
        _store(connection, kept)


def _store(connection: Any, kept: list[CopyEntry]) -> None:
    value = json.dumps(
        [{"folder": e.folder, "name": e.name, "taken": to_text(e.taken_at)} for e in kept],
        ensure_ascii=False,
    )
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"setting.{RECORD_SETTING}", value),
    )
