"""Putting a backup back in place of the journal, and keeping a damaged file aside.

A restore goes through SQLite (`VACUUM INTO` from the verified backup), never a raw file
copy, and never deletes anything: a file that cannot be backed up is renamed instead.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from reflect.storage.clock import utc_now
from reflect.storage.database import connect, translated
from reflect.storage.journal_files import remove_sidecars
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock


def set_aside(paths: JournalPaths) -> Path:
    """Rename an unreadable journal file out of the way (never delete it)."""
    stamp = utc_now().strftime("%Y%m%dT%H%M%S")
    target = paths.database.with_name(f"{paths.database.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{paths.database}{suffix}", f"{target}{suffix}")
    os.replace(paths.database, target)
    return target


def restore_into(paths: JournalPaths, source: Path, master_key: bytes) -> None:
    """Copy a verified backup into place through SQLite (never a raw file copy)."""
    temp = paths.database.with_name(f".{paths.database.name}.restoring")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    with translated(writing=True, folder=paths.folder):
        backup: Any = connect(source, master_key, check=True)
        try:
            backup.execute("VACUUM INTO ?", (str(temp),))
        finally:
            backup.close()
        os.chmod(temp, 0o600)
        remove_sidecars(paths.database)
        os.replace(temp, paths.database)


def replace_unopenable(paths: JournalPaths, source: Path, master_key: bytes) -> None:
    """Restore `source` over a journal that is missing, empty or damaged (set aside first)."""
    lock = ProcessLock(paths.lock)
    lock.acquire()
    try:
        if paths.database.exists() and paths.database.stat().st_size > 0:
            set_aside(paths)
        restore_into(paths, source, master_key)
    finally:
        lock.release()
