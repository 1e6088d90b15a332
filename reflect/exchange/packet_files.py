"""Packet files on disk: writing one durably where it belongs, and reading one safely.

Where a packet goes is said explicitly (`Destination.folder` or `Destination.file`), never
guessed from what is on disk: a missing exchange folder must be refused, not taken for a
file name. The packet is written under a temporary name, synced, renamed, the folder
synced, and the file read back and compared with what was sealed. Only then may anything be
marked shared. Every failure is a sentence that names the folder and says what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from pathlib import Path

from reflect.domain.errors import PacketNotWritten, PacketRejected, ReflectError
from reflect.domain.packet_limits import MAX_PACKET_BYTES
from reflect.files.safe_files import (
    FileTooLarge,
    NotARegularFile,
    fsync_folder,
    read_regular_file,
)

SUFFIX = ".reflect-packet"
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


@dataclass(frozen=True, slots=True)
class Destination:
    """Where a packet goes: `path` is the exchange folder, or the file the user chose."""

    path: Path
    is_folder: bool

    @classmethod
    def folder(cls, path: Path) -> Destination:
        """Into this folder (the exchange folder), under a name Reflect makes."""
        return cls(path, True)

    @classmethod
    def file(cls, path: Path) -> Destination:
        """As this file (the user's choice), with the packet suffix added if missing."""
        return cls(path, False)

    @property
    def where(self) -> Path:
        """The folder the file lands in."""
        return self.path if self.is_folder else self.path.parent

    def target(self, name: str) -> Path:
        """The packet's final path; `name` is used only for a folder."""
        if self.is_folder:
            return self.path / name
        if self.path.name.endswith(SUFFIX):
            return self.path
        return self.path.with_name(self.path.name + SUFFIX)


def problem(destination: Destination, kind: str, error: OSError | None = None) -> PacketNotWritten:
    """The sentence for a packet that could not be put at `destination`.

    `kind` is "supervision" (nothing was marked shared) or "reply" (nothing marked sent).
    Each case is one whole sentence with the folder as `{folder}`, so it translates whole.
    """
    folder = destination.where
    then = (
        "Then share again. Nothing was marked shared."
        if kind == "supervision"
        else "Then send again. Nothing was marked sent."
    )
    in_settings = destination.is_folder
    code = None if error is None else error.errno
    if isinstance(error, FileNotFoundError) or (error is None and not folder.exists()):
        text = (
            "The exchange folder {folder} could not be found. Plug in the drive or choose the "
            "folder again in Settings. {then}"
            if in_settings
            else "The folder {folder} could not be found. Plug in the drive or choose another "
            "place to save it. {then}"
        )
    elif isinstance(error, NotADirectoryError) or (error is None and not folder.is_dir()):
        text = (
            "{folder} is a file, not a folder. Please choose the folder again in Settings. {then}"
            if in_settings
            else "{folder} is a file, not a folder. Please choose another place to save it. {then}"
        )
    elif code in _FULL:
        text = (
            "The exchange folder {folder} is full. Make room on that drive, or choose another "
            "folder in Settings. {then}"
            if in_settings
            else "The folder {folder} is full. Make room on that drive, or choose another place "
            "to save it. {then}"
        )
    elif isinstance(error, PermissionError) or code in _READ_ONLY:
        text = (
            "Reflect cannot save files in the exchange folder {folder}: it is read-only or you "
            "may not write there. Check it, or choose the folder again in Settings. {then}"
            if in_settings
            else "Reflect cannot save files in the folder {folder}: it is read-only or you may "
            "not write there. Check it, or choose another place to save it. {then}"
        )
    else:
        text = (
            "The packet could not be saved in {folder}. Check that the folder is still there "
            "and that you can save files in it. {then}"
        )
    return PacketNotWritten(text, folder=str(folder), then=then)


def check_destination(destination: Destination, kind: str) -> None:
    """Refuse, before anything is recorded, a folder that is missing or not a folder."""
    if not destination.where.is_dir():
        raise problem(destination, kind)


def write_packet(destination: Destination, name: str, raw: bytes, kind: str) -> Path:
    """Write `raw` durably and read it back; returns its path, or raises `PacketNotWritten`.

    Nothing is left behind on failure: the temporary file is removed, and so is a final
    file that did not read back as written (it is Reflect's own, never the user's).
    """
    target = destination.target(name)
    folder = target.parent
    partial = folder / f".{target.name}.partial"
    placed = False
    try:
        _write_new(partial, raw)
        os.replace(partial, target)
        placed = True
        # POSIX needs the folder synced for the rename to survive a power cut. Windows has
        # no folder fsync (this is a no-op there): os.replace is a MoveFileEx rename, and
        # os.fsync of the file (FlushFileBuffers) already put its bytes on the disk.
        with contextlib.suppress(OSError):
            fsync_folder(folder)  # some synced or network folders cannot be synced
        if read_regular_file(target, MAX_PACKET_BYTES) != raw:
            raise OSError(errno.EIO, "the packet did not read back as written")
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        if placed:
            with contextlib.suppress(OSError):
                target.unlink()
        raise problem(destination, kind, error) from error
    return target


def _write_new(path: Path, data: bytes) -> None:
    """Write `data` to a new file (0600) with os.write, then fsync it (FlushFileBuffers)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def read_packet_file(path: Path) -> bytes:
    """A packet file's bytes: only a regular file, and never more than the size limit."""
    try:
        return read_regular_file(path, MAX_PACKET_BYTES)
    except NotARegularFile:
        raise PacketRejected from None
    except FileTooLarge:
        raise PacketRejected(
            "This file is too large to be a Reflect packet. Nothing was imported."
        ) from None
    except OSError as error:
        raise ReflectError(
            "That file could not be read. Check that it is still there, then try again."
        ) from error
