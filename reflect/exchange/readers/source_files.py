"""Opening the file or folder to import: checked for what it is and how big, before reading.

Turns every failure of the system into a refusal that names the file: not there, not
allowed, a folder where a file should be (and the other way round), a device or a pipe,
over the size limit. A file is opened without blocking and checked with `fstat`, so a
FIFO or a 10 GB file is refused before a byte is read.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from reflect.exchange.readers.limits import MAX_TEXT_BYTES
from reflect.exchange.readers.problems import (
    NOT_A_REGULAR_FILE,
    TEXT_TOO_LARGE,
    ImportNotFound,
    ImportRefused,
    ImportTooLarge,
    ImportUnreadable,
    NotAFile,
    NotAFolder,
)
from reflect.files.safe_files import FileTooLarge, NotARegularFile, read_regular_file

# As in `safe_files`: never wait on a FIFO; binary on Windows.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def shown_name(path: Path) -> str:
    """The name a refusal gives a chosen file or folder: its own name, never its folders."""
    return path.name or str(path)


def _refusal(error: OSError, name: str) -> ImportRefused:
    """The refusal for a failure of the system to open or read `name`."""
    if isinstance(error, FileNotFoundError):
        return ImportNotFound(file=name)
    if isinstance(error, IsADirectoryError):
        return NotAFile(file=name)
    return ImportUnreadable(file=name)


def read_text_file(path: Path, name: str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of a file of text to import, at most `limit` (50 MB unless told)."""
    if path.is_dir():
        raise NotAFile(file=name)
    try:
        return read_regular_file(path, limit)
    except NotARegularFile:
        raise NotAFile(NOT_A_REGULAR_FILE, file=name) from None
    except FileTooLarge:
        raise ImportTooLarge(TEXT_TOO_LARGE, file=name) from None
    except OSError as error:
        raise _refusal(error, name) from None


@contextlib.contextmanager
def open_binary_file(path: Path, name: str) -> Iterator[tuple[BinaryIO, int]]:
    """An ordinary file opened to read, and its size; never a folder, device or pipe."""
    if path.is_dir():
        raise NotAFile(file=name)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _refusal(error, name) from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise NotAFile(NOT_A_REGULAR_FILE, file=name)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle, status.st_size


def check_folder(path: Path, name: str) -> None:
    """Refuses a chosen folder that is not there, or is a file."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise ImportNotFound(file=name) from None
    except OSError:
        raise ImportUnreadable(file=name) from None
    if not stat.S_ISDIR(status.st_mode):
        raise NotAFolder(file=name)
