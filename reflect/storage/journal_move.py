"""Moving a closed journal to another folder: its file, its key files, its backups and its
settings; never anything else the folder holds.

Everything is copied first and each copy read back against its original; only then is the
move written down (so the next start looks in the new folder) and the originals removed.
Anything going wrong before that leaves the journal whole where it was, and the copies are
taken away again. The journal's lock is held throughout, so no other Reflect opens it
half-way.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from reflect.domain.errors import (
    FolderHasOtherFiles,
    FolderHoldsAJournal,
    FolderNotUsable,
    JournalNotMoved,
)
from reflect.files.safe_files import fsync_folder
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock

log = logging.getLogger(__name__)

SETTINGS = "settings.ini"
# SQLite's side files belong to the journal file: a crash can leave changes in them.
SIDE_FILES = ("-wal", "-shm", "-journal")


def has_journal(paths: JournalPaths) -> bool:
    """True when the folder holds a journal, its key file or backups of one."""
    backups = paths.backups
    return (
        paths.database.exists()
        or paths.keys.exists()
        or (backups.is_dir() and any(backups.iterdir()))
    )


def move_journal(source: JournalPaths, target: JournalPaths, record: Callable[[], None]) -> None:
    """Keep the journal in `target`'s folder from now on; `record` writes that down once
    the copies are whole (and before the originals go).

    With no journal in `source` nothing is copied: the folder is made ready, and recorded.
    Raises `FolderNotUsable`, `FolderHoldsAJournal`, `FolderHasOtherFiles` (a file by one
    of the names the journal's would take), `JournalAlreadyOpen` (another Reflect has it
    open) or `JournalNotMoved`, each with the journal untouched where it was.
    """
    try:
        target.ensure_folder()
    except OSError:
        raise FolderNotUsable from None
    if not has_journal(source):
        try:
            record()
        except OSError:
            raise FolderNotUsable from None
        return
    if has_journal(target):
        raise FolderHoldsAJournal
    lock = ProcessLock(source.lock)
    lock.acquire()
    try:
        pairs = list(_files_to_move(source, target))
        # Never over a file of someone else's (another program's settings.ini), nor beside a
        # journal's side file left there, which SQLite would read as part of the moved one.
        taken = [copy for _, copy in pairs]
        taken += [target.database.with_name(target.database.name + s) for s in SIDE_FILES]
        if any(path.exists() or path.is_symlink() for path in taken):
            raise FolderHasOtherFiles
        try:
            for original, copy in pairs:
                _copy(original, copy)
            fsync_folder(target.backups)
            fsync_folder(target.folder)
            record()
        except OSError:
            _remove(copy for _, copy in pairs)
            raise JournalNotMoved from None
    finally:
        lock.release()
    _remove(original for original, _ in pairs)


def _files_to_move(source: JournalPaths, target: JournalPaths) -> Iterator[tuple[Path, Path]]:
    """The journal's own files, each with where its copy goes."""
    names = [source.database.name, *(source.database.name + s for s in SIDE_FILES), SETTINGS]
    for name in names:
        if (source.folder / name).is_file():
            yield source.folder / name, target.folder / name
    # The key file, and any kept aside beside it (journal.keys.damaged-…, .other-journal-…).
    for path in sorted(source.folder.glob(source.keys.name + "*")):
        if path.is_file():
            yield path, target.folder / path.name
    if source.backups.is_dir():
        for path in sorted(source.backups.iterdir()):
            if path.is_file():
                yield path, target.backups / path.name


def _copy(original: Path, copy: Path) -> None:
    """Copy with the original's permissions, flush it to the disk, and read it back."""
    shutil.copyfile(original, copy)
    shutil.copymode(original, copy)
    with open(copy, "rb") as handle:
        os.fsync(handle.fileno())
    if _digest(copy) != _digest(original):
        raise OSError("a copy differs from its original")


def _digest(path: Path) -> bytes:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.digest()


def _remove(paths: Iterator[Path]) -> None:
    """Remove what can be removed; a file a sync client holds is left, and logged."""
    left = 0
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            left += 1
    if left:
        log.warning("moving the journal left files behind: %d", left)
