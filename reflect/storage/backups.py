"""Encrypted, numbered backups of the journal, taken with SQLite's online backup API.

The pages are copied a megabyte at a time from one read snapshot of the journal, so saving
goes on meanwhile and a backup can be stopped between two steps (when the journal is
locked); nothing is rewritten in the journal itself.

A backup is a complete journal encrypted with the same master key, so the passphrase and the
recovery key open every backup too. It is written under a temporary name and linked into
place under a name no other file has, so a half-written backup is never listed or restored
and a backup never replaces another file.

Each name carries a sequence number, one more than the highest in the folder: the order the
backups were taken in, which a wrong clock cannot change. Names from before the numbering
(`journal-<time>Z-<reason>`) are still listed and restored, as older than any numbered one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
from pathlib import Path
from typing import Any

from reflect.domain.backup import Backup
from reflect.domain.errors import NotFound
from reflect.files.safe_files import fsync_folder
from reflect.storage.background_task import StopSignal
from reflect.storage.backup_rotation import to_keep

SUFFIX = ".reflect-backup"
PARTIAL = ".partial"
_NAME = re.compile(
    r"^journal-(?:(\d{6,12})-)?(\d{8}T\d{6}\d{6})Z-([a-z-]+)" + re.escape(SUFFIX) + "$"
)
_PARTIAL_NAME = re.compile(r"^\.journal-[0-9TZa-z-]+" + re.escape(SUFFIX) + r"(\.keys)?\.partial$")
# A few more numbers are tried if a name is somehow taken (a file copied in by hand).
_NAME_ATTEMPTS = 20
_GONE = "That backup is no longer there. Choose another one from the list."
STEP_PAGES = 256  # 1 MiB of pages per step of the online backup: a stop waits for one step


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%f")


def backup_name(sequence: int, taken_at: dt.datetime, reason: str) -> str:
    """The file name of the `sequence`th backup of a folder."""
    return f"journal-{sequence:06d}-{_stamp(taken_at)}Z-{reason}{SUFFIX}"


def parse_name(name: str) -> tuple[int, dt.datetime, str] | None:
    """Sequence (0 for old names), time and reason of a backup file; None for other files."""
    match = _NAME.match(name)
    if not match:
        return None
    taken = dt.datetime.strptime(match.group(2), "%Y%m%dT%H%M%S%f").replace(tzinfo=dt.UTC)
    return int(match.group(1) or 0), taken, match.group(3)


def taken_order(backup: Backup) -> tuple[int, dt.datetime]:
    """Sort key for the order backups were taken in (old unnumbered names first, by time)."""
    return backup.sequence, backup.taken_at


def list_backups(folder: Path) -> list[Backup]:
    """Every complete backup in `folder`, newest (last taken) first."""
    found: list[Backup] = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in os.scandir(folder):
            parsed = parse_name(entry.name)
            if parsed and entry.is_file():
                sequence, taken, reason = parsed
                found.append(Backup(entry.name, taken, reason, entry.stat().st_size, sequence))
    return sorted(found, key=taken_order, reverse=True)


def next_sequence(folder: Path) -> int:
    """One more than the highest sequence number in `folder`."""
    return max((b.sequence for b in list_backups(folder)), default=0) + 1


def link_new(temp: Path, final: Path) -> None:
    """Give the finished `temp` the name `final`, never replacing a file already there.

    `os.link` fails if the name is taken. File systems without hard links (a FAT-formatted
    USB stick) get a rename instead: on Windows a rename refuses an existing name by itself;
    elsewhere the name is checked first (Reflect's process lock keeps it from being raced).
    """
    try:
        os.link(temp, final)
    except FileExistsError:
        raise
    except OSError:
        if os.name != "nt" and (final.exists() or final.is_symlink()):
            raise FileExistsError(final.name) from None
        os.rename(temp, final)
        return
    temp.unlink()


def write_backup(
    connection: Any,
    folder: Path,
    reason: str,
    now: dt.datetime,
    *,
    key: bytes,
    stop: StopSignal | None = None,
) -> Backup:
    """Copy the open journal (a keyed sqlcipher3 connection) into a new backup file.

    The copy is synced before it gets its name, so a listed backup is a durable one. When
    `stop` is requested the copy ends at its next step (`Stopped`) and leaves no file.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    sequence = next_sequence(folder)
    temp = folder / f".{backup_name(sequence, now, reason)}{PARTIAL}"
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    try:
        # Created owner-only first: SQLite fills an empty file it is given.
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        copy_pages(connection, temp, key, stop)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        name = place(temp, folder, sequence, now, reason)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    fsync_folder(folder)
    return Backup(name, now.astimezone(dt.UTC), reason, (folder / name).stat().st_size, sequence)


def copy_pages(connection: Any, target: Path, key: bytes, stop: StopSignal | None) -> None:
    """Copy every page of `connection`'s database into the empty file `target`, encrypted
    with the same key, from one snapshot (a read transaction held for the whole copy, so
    saves made meanwhile never restart it)."""
    import sqlcipher3  # here: listing backups (before unlock) needs no database driver

    destination = sqlcipher3.connect(
        target.resolve().as_uri() + "?mode=rw", uri=True, isolation_level=None
    )
    try:
        destination.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("BEGIN")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            connection.backup(
                destination,
                pages=STEP_PAGES,
                progress=lambda _status, left, total: _stepped(stop, total - left, total),
            )
        finally:
            connection.execute("COMMIT")
    finally:
        destination.close()


def _stepped(stop: StopSignal | None, done: int, total: int) -> None:
    """Between two steps of a backup: say how far it has gone, and stop if asked."""
    if stop is not None:
        stop.report(done, total)
        stop.check()


def place(temp: Path, folder: Path, sequence: int, now: dt.datetime, reason: str) -> str:
    """Link a finished backup into `folder` under the first free numbered name."""
    for attempt in range(_NAME_ATTEMPTS):
        name = backup_name(sequence + attempt, now, reason)
        try:
            link_new(temp, folder / name)
        except FileExistsError:
            continue
        return name
    raise FileExistsError(folder.name)


def remove_partials(folder: Path) -> list[str]:
    """Delete what a backup killed half-way left behind (`.journal-….partial`)."""
    removed = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in os.scandir(folder):
            if _PARTIAL_NAME.match(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                removed.append(entry.name)
    return removed


def rotate(folder: Path, protect: frozenset[str] = frozenset()) -> list[str]:
    """Delete backups that rotation no longer keeps (never those in `protect`).

    A key file kept beside a backup (`<name>.keys`) goes with it.
    """
    backups = list_backups(folder)
    keep = to_keep(backups) | protect
    removed = []
    for backup in backups:
        if backup.name not in keep:
            for path in (folder / backup.name, folder / f"{backup.name}.keys"):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            removed.append(backup.name)
    return removed


def backup_path(folder: Path, name: str) -> Path:
    """The file of a listed backup; `NotFound` for anything else (no path tricks)."""
    if parse_name(name) is None or Path(name).name != name:
        raise NotFound(_GONE)
    path = folder / name
    check_regular(path, _GONE)
    return path


# O_NONBLOCK keeps open() of a FIFO from waiting for a writer; Windows has no FIFOs in the
# file system, and os.open there refuses folders and devices by itself.
OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def check_regular(path: Path, sentence: str) -> None:
    """`NotFound(sentence)` unless `path` is a regular file (checked on what is opened, so a
    symlink to a device or a pipe is caught too); never blocks, reads nothing."""
    try:
        fd = os.open(path, OPEN_FLAGS)
    except OSError:
        raise NotFound(sentence) from None
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    finally:
        os.close(fd)
    if not regular:
        raise NotFound(sentence)
