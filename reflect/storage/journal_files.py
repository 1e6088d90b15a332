"""Checks on the journal file before any key touches it, and its SQLite side files."""

from __future__ import annotations

import contextlib
import stat
from pathlib import Path

from reflect.domain.errors import DamagedJournal, JournalMissing
from reflect.storage.backups import list_backups
from reflect.storage.paths import JournalPaths

PLAIN_SQLITE = b"SQLite format 3\x00"
MIN_SIZE = 512  # the smallest page SQLite writes
NOT_A_FILE = (
    "The journal cannot be opened: in its folder, journal.reflect is not a file (it is a "
    "folder, a device or a pipe). Nothing has been changed. Move it away, then restore "
    "the journal from a backup."
)


def check_journal_file(paths: JournalPaths) -> None:
    """`JournalMissing` (offering backups) for no file or an empty one; `DamagedJournal` for
    a file that cannot be an encrypted journal at all. Never creates anything."""
    try:
        status = paths.database.stat()
    except FileNotFoundError:
        status = None
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise DamagedJournal(NOT_A_FILE)  # a pipe or a device would hang SQLite's first read
    size = 0 if status is None else status.st_size
    if size == 0:
        raise JournalMissing(tuple(b.name for b in list_backups(paths.backups)))
    if size < MIN_SIZE:
        raise DamagedJournal
    with open(paths.database, "rb") as handle:
        if handle.read(len(PLAIN_SQLITE)) == PLAIN_SQLITE:
            raise DamagedJournal  # an unencrypted database is not a Reflect journal


def remove_sidecars(database: Path) -> None:
    """Remove a closed database's -wal and -shm files so they cannot apply to another file."""
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{database}{suffix}").unlink()
