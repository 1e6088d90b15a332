"""The throwaway folders of `reflect --demo`: made in the temporary folder, held while the
demo runs, removed when it closes, and what earlier runs left behind cleared at the next.

A demo holds an OS lock on a file inside its folder for as long as it runs (the same lock
that keeps a journal to one process), so a later demo can tell a folder still in use from
one left by a demo that crashed or was killed: the OS drops the lock with the process.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from reflect.domain.errors import JournalAlreadyOpen
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock

PREFIX = "reflect-demo-"
IN_USE = "demo-in-use.lock"
"""The file a running demo holds locked inside its folder."""
LEFTOVER_AGE = 60.0
"""Seconds a folder must be left unchanged before it may count as left behind: a demo
that is just starting has made its folder but may not hold its lock yet."""


class DemoFolder:
    """One demo's folder, held (locked) until `remove`."""

    def __init__(self, path: Path, lock: ProcessLock) -> None:
        self.path = path
        self._lock = lock

    @classmethod
    def create(cls, temp: Path | None = None) -> DemoFolder:
        """A new, empty folder in `temp` (the system's temporary folder by default), held."""
        path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=temp))
        lock = ProcessLock(path / IN_USE)
        lock.acquire()
        return cls(path, lock)

    def remove(self) -> None:
        """Let go of the folder and delete it with everything in it."""
        self._lock.release()
        shutil.rmtree(self.path, ignore_errors=True)


def remove_leftovers(temp: Path | None = None, *, now: float | None = None) -> list[Path]:
    """Delete the demo folders in `temp` that no running Reflect holds and that have not
    changed for a minute; returns those deleted. Another user's folders are left alone."""
    folder = Path(temp) if temp is not None else Path(tempfile.gettempdir())
    moment = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(PREFIX)]
    except OSError:
        return removed  # no temporary folder to read: nothing of ours to clear
    for entry in entries:
        path = Path(entry.path)
        try:
            if not entry.is_dir(follow_symlinks=False):
                continue
            status = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if moment - status.st_mtime < LEFTOVER_AGE:
            continue
        if hasattr(os, "getuid") and status.st_uid != os.getuid():
            continue
        if in_use(path):
            continue
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(path)
    return removed


def in_use(folder: Path) -> bool:
    """True when a running Reflect holds the demo in `folder`, or has its journal open."""
    for name in (IN_USE, JournalPaths(folder).lock.name):
        target = folder / name
        if not target.is_file():
            continue  # taking the lock would create the file: only try what is there
        lock = ProcessLock(target)
        try:
            lock.acquire()
        except JournalAlreadyOpen:
            return True
        except OSError:
            return True  # unreadable: better kept than deleted from under someone
        with contextlib.suppress(OSError):
            lock.release()
    return False
