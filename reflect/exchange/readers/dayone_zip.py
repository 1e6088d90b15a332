"""The JSON files inside a Day One export's .zip, read in memory and never unpacked to disk.

Day One exports a .zip holding `Journal.json` (or one `<Journal name>.json` for each
journal) and a `photos/` folder. Only the .json files are read; photos are never
unpacked. Refused before anything is unpacked: a .zip over `MAX_ZIP_BYTES`, one whose
directory lists more than `MAX_ZIP_MEMBERS` files, one with a name that points outside it
(`../x`, `/etc/x`, `C:\\x`: a genuine export has none), and one whose JSON files would
unpack to more than `MAX_UNPACKED_BYTES` (checked on the sizes the .zip declares, and
again while unpacking, as a zip bomb declares false ones).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from typing import BinaryIO

from reflect.exchange.readers.limits import MAX_UNPACKED_BYTES, MAX_ZIP_BYTES, MAX_ZIP_MEMBERS
from reflect.exchange.readers.problems import (
    DAYONE_ZIP_WITHOUT_JOURNAL,
    ZIP_BOMB,
    ZIP_DAMAGED,
    ZIP_TOO_LARGE,
    ZIP_TOO_MANY,
    DamagedImport,
    ImportTooLarge,
    WrongFormat,
    ZipEscapes,
)

ZIP_MARKS = (b"PK\x03\x04", b"PK\x05\x06")
"""How a .zip begins: with its first file, or (empty) with its directory's end."""

_END = b"PK\x05\x06"
_END64 = b"PK\x06\x06"
_TAIL = 66_000  # the directory's end records, and the longest comment a .zip can carry
_DRIVE = re.compile(r"^[A-Za-z]:")
_UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError)


def _listed_files(handle: BinaryIO, size: int) -> int | None:
    """How many files the .zip's directory lists, read from its end records alone."""
    handle.seek(max(0, size - _TAIL))
    tail = handle.read(_TAIL)
    handle.seek(0)
    at64 = tail.rfind(_END64)
    if at64 >= 0 and len(tail) - at64 >= 40:
        return int.from_bytes(tail[at64 + 32 : at64 + 40], "little")
    at = tail.rfind(_END)
    if at >= 0 and len(tail) - at >= 12:
        return int.from_bytes(tail[at + 10 : at + 12], "little")
    return None  # no end record: zipfile will call it damaged


def _escapes(member: str) -> bool:
    """True for a member name that would land outside a folder it was unpacked in."""
    parts = re.split(r"[\\/]", member)
    return member.startswith(("/", "\\")) or bool(_DRIVE.match(member)) or ".." in parts


def _is_journal(member: zipfile.ZipInfo) -> bool:
    """A .json file of the export (not a folder, not a hidden file or macOS's `__MACOSX`)."""
    parts = member.filename.split("/")
    return (
        not member.is_dir()
        and member.filename.lower().endswith(".json")
        and not any(part.startswith(".") or part == "__MACOSX" for part in parts)
    )


def journal_files(handle: BinaryIO, size: int, name: str) -> list[tuple[str, bytes]]:
    """Each .json file in the .zip open as `handle` (of `size` bytes): its name and bytes.

    Names come back as `<zip name>/<member>`, so a refusal about one of them names it.
    """
    if size > MAX_ZIP_BYTES:
        raise ImportTooLarge(ZIP_TOO_LARGE, file=name)
    listed = _listed_files(handle, size)
    if listed is not None and listed > MAX_ZIP_MEMBERS:
        raise ImportTooLarge(ZIP_TOO_MANY, file=name)
    try:
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
            if any(_escapes(m.filename) for m in members):
                raise ZipEscapes(file=name)
            journals = [m for m in members if _is_journal(m)]
            if not journals:
                raise WrongFormat(DAYONE_ZIP_WITHOUT_JOURNAL, file=name)
            if sum(m.file_size for m in journals) > MAX_UNPACKED_BYTES:
                raise ImportTooLarge(ZIP_BOMB, file=name)
            return [(f"{name}/{m.filename}", _unpack(archive, m, name)) for m in journals]
    except _UNREADABLE:
        raise DamagedImport(ZIP_DAMAGED, file=name) from None


def _unpack(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str) -> bytes:
    """One member's bytes, never more than its declared size or the limit allows."""
    with archive.open(member) as stream:
        data = stream.read(min(member.file_size, MAX_UNPACKED_BYTES) + 1)
    if len(data) > member.file_size or len(data) > MAX_UNPACKED_BYTES:
        raise ImportTooLarge(ZIP_BOMB, file=name)
    return data
