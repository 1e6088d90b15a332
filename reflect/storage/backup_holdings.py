"""Which backups, and which copies of them, still hold a family's reflections.

A backup is a whole journal under the same key, so it can be looked inside: it is opened
read-only (`immutable`: nothing is written beside it, not even a lock file) and asked how
many reflections it has under the code. A backup that does not open with the current key
(taken before a new recovery key) may hold the family. A copy in a folder that cannot be
reached now is known only from the journal's record of copies (`copy_record`): it may hold
the family if its backup was taken after the family's first reflection was written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
from pathlib import Path
from typing import Any

import sqlcipher3

from reflect.domain.family_forgetting import HeldBackup
from reflect.storage import copy_record
from reflect.storage.backup_copies import (
    FOLDER_SETTING,
    journal_folder,
    last_copy_at,
    read_setting,
)
from reflect.storage.backups import OPEN_FLAGS, list_backups


def family_count(path: Path, master_key: bytes, code: str) -> int | None:
    """How many reflections under `code` the backup at `path` holds; None when it does not
    open with this key (or is not a backup at all)."""
    if not _regular(path):
        return None
    try:
        connection = sqlcipher3.connect(
            path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, isolation_level=None
        )
    except sqlcipher3.Error:
        return None
    try:
        connection.execute(f"PRAGMA key = \"x'{master_key.hex()}'\"")
        row = connection.execute(
            "SELECT count(*) FROM reflections WHERE family_code = ?", (code,)
        ).fetchone()
        return int(row[0])
    except sqlcipher3.Error:
        return None
    finally:
        connection.close()


def _regular(path: Path) -> bool:
    try:
        fd = os.open(path, OPEN_FLAGS)
    except OSError:
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode)
    finally:
        os.close(fd)


def held_in(
    folder: Path,
    master_key: bytes,
    code: str,
    shown_as: str = "",
    since: dt.datetime | None = None,
) -> list[HeldBackup]:
    """The backups in `folder` that hold (or may hold) the family, newest first.

    One that cannot be looked into (taken under an earlier recovery key, or damaged) may
    hold it, unless it was taken before `since`, the family's first reflection: a restore
    point from before the family is never removed for it.
    """
    held = []
    for backup in list_backups(folder):
        count = family_count(folder / backup.name, master_key, code)
        if count is None and since is not None and backup.taken_at < since:
            continue
        if count is None or count > 0:
            held.append(HeldBackup(backup.name, backup.taken_at, shown_as, True, count is not None))
    return held


def held_copies(
    connection: Any, master_key: bytes, code: str, since: dt.datetime | None
) -> list[HeldBackup]:
    """Copies of backups off this computer that hold (or may hold) the family: looked
    inside where the folder can be reached, else known from the record of copies written.

    `connection` is a raw connection to the journal (for the chosen folder and the record).
    """
    current = read_setting(connection, FOLDER_SETTING)
    recorded = copy_record.entries(connection)
    folders = list(dict.fromkeys([*(e.folder for e in recorded), *([current] if current else [])]))
    held: list[HeldBackup] = []
    for root in folders:
        if _reachable(Path(root)):
            folder = journal_folder(Path(root), connection)
            held += held_in(folder, master_key, code, root, since)
            continue
        mine = [e for e in recorded if e.folder == root]
        if not mine and root == current and (last := last_copy_at(connection)) is not None:
            # Copies written before the record was kept: at least the last one is known.
            mine = [copy_record.CopyEntry(root, "", last)]
        held += [
            HeldBackup(e.name, e.taken_at, root, reachable=False, certain=False)
            for e in sorted(mine, key=lambda e: e.taken_at, reverse=True)
            if since is not None and e.taken_at >= since
        ]
    return held


def _reachable(root: Path) -> bool:
    with contextlib.suppress(OSError):
        return root.is_dir()
    return False


def names(held: list[HeldBackup], folder: str = "") -> list[str]:
    """The file names of the backups in `held` kept in `folder` ("" for this computer)."""
    return [h.name for h in held if h.folder == folder and h.reachable and h.name]
