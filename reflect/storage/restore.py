"""Putting a backup back in place of the journal, and keeping a damaged file aside.

A restore goes through SQLite (`VACUUM INTO` from the verified backup), never a raw file
copy, and never deletes anything: a file that cannot be backed up is renamed instead.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import sqlcipher3

from reflect.domain.errors import JournalTooNew, NotFound, ReflectError
from reflect.files.safe_files import fsync_folder
from reflect.storage.clock import utc_now
from reflect.storage.database import connect, translated
from reflect.storage.journal_files import remove_sidecars
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock
from reflect.storage.schema_version import current_revision, needs_upgrade


def set_aside(paths: JournalPaths) -> Path:
    """Rename an unreadable journal file (and its log) out of the way; never delete it."""
    stamp = utc_now().strftime("%Y%m%dT%H%M%S%f")
    target = paths.database.with_name(f"{paths.database.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{paths.database}{suffix}", f"{target}{suffix}")
    os.replace(paths.database, target)
    fsync_folder(paths.folder)
    return target


def set_aside_key_file(paths: JournalPaths) -> Path:
    """Move a key file with no journal beside it out of the way (kept, not deleted)."""
    stamp = utc_now().strftime("%Y%m%dT%H%M%S%f")
    target = paths.keys.with_name(f"{paths.keys.name}.unused-{stamp}")
    os.replace(paths.keys, target)
    return target


_UNREADABLE = (
    "That backup cannot be read (it is damaged, belongs to another journal, or was taken "
    "before a new recovery key was made). Nothing has been changed; choose another backup."
)


def check_backup(source: Path, master_key: bytes) -> bool:
    """The backup opens with this key and every page is intact, or a sentence says not.

    Returns True when the backup was written by an older Reflect and must be brought up to
    date once restored; a backup from a newer Reflect is refused (`JournalTooNew`).
    """
    try:
        connection = connect(source, master_key, check=True)
    except ReflectError:
        raise NotFound(_UNREADABLE) from None
    try:
        revision = current_revision(connection)
    except (ReflectError, sqlcipher3.Error):
        raise NotFound(_UNREADABLE) from None
    finally:
        connection.close()
    if revision is None:
        raise NotFound(_UNREADABLE)
    try:
        return needs_upgrade(revision)
    except JournalTooNew:
        raise JournalTooNew(
            "That backup was made by a newer version of Reflect. Update Reflect to restore "
            "it; nothing has been changed."
        ) from None


def create_private(path: Path) -> None:
    """An empty owner-only file for SQLite to fill (`VACUUM INTO` accepts an empty file)."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def fsync_file(path: Path) -> None:
    """Push a file SQLite wrote (it does not sync `VACUUM INTO` output) to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def restore_into(paths: JournalPaths, source: Path, master_key: bytes) -> None:
    """Copy a verified backup into place through SQLite (never a raw file copy)."""
    temp = paths.database.with_name(f".{paths.database.name}.restoring")
    with translated(writing=True, folder=paths.folder):
        create_private(temp)
        backup: Any = connect(source, master_key, check=True)
        try:
            backup.execute("VACUUM INTO ?", (str(temp),))
        finally:
            backup.close()
        fsync_file(temp)
        remove_sidecars(paths.database)
        os.replace(temp, paths.database)
        fsync_folder(paths.folder)


def replace_unopenable(paths: JournalPaths, source: Path, master_key: bytes) -> None:
    """Restore `source` over a journal that is missing, empty or damaged (set aside first)."""
    check_backup(source, master_key)
    lock = ProcessLock(paths.lock)
    lock.acquire()
    try:
        with translated(writing=True, folder=paths.folder):
            if paths.database.exists() and paths.database.stat().st_size > 0:
                set_aside(paths)
        restore_into(paths, source, master_key)
    finally:
        lock.release()
