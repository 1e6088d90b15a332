"""Small files written so that a crash leaves either the old or the new version, never half."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op where folders cannot be synced).

    Windows cannot open a folder to sync it. There NTFS journals its metadata, `os.fsync`
    of the file itself is `FlushFileBuffers`, and `os.replace` is `MoveFileEx`, so a file
    flushed before its rename is on the disk with its new name once the rename returns.
    """
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_synced(path: Path, data: bytes) -> None:
    """Write `data` to `path` (0600) and fsync it; the caller renames it into place."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary sibling, fsync it, then rename it over `path`."""
    temp = path.with_name(f".{path.name}.new")
    try:
        write_synced(temp, data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    fsync_folder(path.parent)


class NotARegularFile(OSError):
    """The path is a folder, a device, a pipe or a socket: nothing was read from it."""


class FileTooLarge(OSError):
    """The file is larger than the reader allows: nothing was read from it."""


# O_NONBLOCK keeps open() of a FIFO from waiting for a writer. Windows has no such flag and
# needs none: opening never waits there (a busy named pipe fails at once), `os.open` refuses
# a folder, and `fstat` reports a named pipe, the console or another device (also behind a
# symlink or junction, which are followed) as not a regular file, so the check below
# refuses it before a single byte is read.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_regular_file(path: Path, limit: int) -> bytes:
    """A regular file's bytes, read with a cap; never blocks on a strange file.

    Opens without blocking, checks with `fstat` that what was opened is a regular file of
    at most `limit` bytes, then reads at most `limit + 1` bytes (a file that grows while it
    is read is refused too). A symlink to a device or a FIFO is caught by the same check.
    Raises `NotARegularFile`, `FileTooLarge` or another `OSError`; callers turn these into
    their own sentence.
    """
    fd = os.open(path, _OPEN_FLAGS)
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise NotARegularFile(str(path.name))
        if status.st_size > limit:
            raise FileTooLarge(str(path.name))
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLarge(str(path.name))
    return data
