"""A second copy of each backup, off this computer ("Also keep backups in…").

Each daily backup and each "Back up now" is copied, encrypted as it is, into a folder the
visitor chose (a USB stick, an agency drive), together with the key file of that day
(`<backup name>.keys`), so the copy opens with that day's passphrase as well as with the
recovery key. The copy is written under a temporary name, synced, read back and compared
byte for byte, then linked into place under a free numbered name; rotation there follows
the same sequence rule as the backups folder. The journal keeps a record of the copies it
wrote (`copy_record`), so it can say which remain on a drive that is not plugged in.

Copies go into a subfolder named for this journal, so two journals backing up into one
shared folder never number, rotate or tidy each other's files. A missing folder is not an
error: the copy is skipped and Settings says when the last one was made.

Everything here runs on the background task's own database connection (a raw sqlcipher3
connection), never on the window's thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from pathlib import Path
from typing import Any

from reflect.domain.backup import Backup, BackupCopies
from reflect.domain.errors import InvalidInput, ReflectError
from reflect.files.safe_files import fsync_folder, read_regular_file, write_synced
from reflect.storage import copy_record
from reflect.storage.backups import (
    OPEN_FLAGS,
    backup_name,
    link_new,
    list_backups,
    next_sequence,
    remove_partials,
    rotate,
)
from reflect.storage.clock import from_text, to_text
from reflect.storage.database import connect, translated
from reflect.storage.paths import JournalPaths

FOLDER_SETTING = "backup_copies.folder"
LAST_COPY_SETTING = "backup_copies.last_copy_at"
# The name of the last backup copied: which one is still owed is told by name, not clock.
LAST_SOURCE_SETTING = "backup_copies.last_source"
COPIED_REASONS = ("daily", "manual")
KEY_FILE_LIMIT = 64 * 1024
_CHUNK = 1024 * 1024
_ATTEMPTS = 20


def read_setting(connection: Any, key: str) -> str:
    """A setting kept in the journal's meta table, read on a raw connection ("" if none)."""
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (f"setting.{key}",)).fetchone()
    return "" if row is None else str(row[0])


def write_setting(connection: Any, key: str, value: str) -> None:
    """Keep a setting in the journal, on a raw connection of the background task."""
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"setting.{key}", value),
    )


def journal_folder(root: Path, connection: Any) -> Path:
    """This journal's own subfolder of the chosen folder.

    Named from the journal's creation time, which every backup and every restored copy of
    the journal keeps, so a journal restored on a new laptop goes on in the same subfolder.
    """
    row = connection.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
    created = "" if row is None else str(row[0])
    tag = hashlib.sha256(created.encode("utf-8")).hexdigest()[:8]
    return root / f"Reflect backups {tag}"


def last_copy_at(connection: Any) -> dt.datetime | None:
    """When a copy last succeeded, or None."""
    text = read_setting(connection, LAST_COPY_SETTING)
    try:
        return from_text(text) if text else None
    except ValueError:
        return None


def copy_synced(source: Path, temp: Path) -> str:
    """Copy `source` into a new owner-only `temp`, fsync it; the sha256 of what was read."""
    digest = hashlib.sha256()
    src = os.open(source, OPEN_FLAGS)
    try:
        dst = os.open(
            temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
        try:
            while chunk := os.read(src, _CHUNK):
                digest.update(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(dst, view) :]
            os.fsync(dst)
        finally:
            os.close(dst)
    finally:
        os.close(src)
    return digest.hexdigest()


def digest_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def copy_backup(
    connection: Any, source_folder: Path, keys: Path, backup: Backup, now: dt.datetime
) -> Backup | None:
    """Copy `backup` (and the key file `keys`) into the chosen folder; None if no folder is
    chosen or it is missing. Raises `OSError` when the copy fails (full, read-only)."""
    root_text = read_setting(connection, FOLDER_SETTING)
    if not root_text:
        return None
    root = Path(root_text)
    if not root.is_dir():
        return None
    folder = journal_folder(root, connection)
    folder.mkdir(mode=0o700, exist_ok=True)
    sequence = next_sequence(folder)
    temp = folder / f".{backup_name(sequence, backup.taken_at, backup.reason)}.partial"
    temp_keys = folder / f".{backup_name(sequence, backup.taken_at, backup.reason)}.keys.partial"
    try:
        expected = copy_synced(source_folder / backup.name, temp)
        if digest_of(temp) != expected:
            raise OSError("the copy does not match its backup")
        write_synced(temp_keys, read_regular_file(keys, KEY_FILE_LIMIT))
        name = _place_pair(temp, temp_keys, folder, sequence, backup)
    finally:
        for leftover in (temp, temp_keys):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    fsync_folder(folder)
    gone = rotate(folder, frozenset({name}))
    copy_record.note(connection, root_text, name, backup.taken_at, gone)
    write_setting(connection, LAST_COPY_SETTING, to_text(now))
    write_setting(connection, LAST_SOURCE_SETTING, backup.name)
    size = (folder / name).stat().st_size
    return Backup(name, backup.taken_at, backup.reason, size, int(name.split("-")[1]))


def _place_pair(temp: Path, temp_keys: Path, folder: Path, sequence: int, backup: Backup) -> str:
    """Link the key file, then the backup, under the first free numbered name: a listed
    copy always has its key file beside it."""
    for attempt in range(_ATTEMPTS):
        name = backup_name(sequence + attempt, backup.taken_at, backup.reason)
        try:
            link_new(temp_keys, folder / f"{name}.keys")
        except FileExistsError:
            continue
        try:
            link_new(temp, folder / name)
        except FileExistsError:
            (folder / f"{name}.keys").unlink()
            if not temp_keys.exists():  # renamed rather than linked: make it again
                raise
            continue
        return name
    raise FileExistsError(folder.name)


def tidy(connection: Any) -> None:
    """Remove what a copy killed half-way left in the chosen folder (at the next open).

    A folder that cannot be reached or written just now is left for another day.
    """
    root_text = read_setting(connection, FOLDER_SETTING)
    with contextlib.suppress(OSError):
        if root_text and Path(root_text).is_dir():
            remove_partials(journal_folder(Path(root_text), connection))


def copy_off(paths: JournalPaths, master_key: bytes, backup: Backup, now: dt.datetime) -> bool:
    """Copy a backup just taken into the chosen folder, on a connection of its own; False
    when a folder is chosen but cannot be reached now.

    A missing folder is skipped quietly (Settings shows when the last copy was made); any
    other failure becomes a sentence that names the folder.
    """
    with translated(writing=False):
        connection = connect(paths.database, master_key)
    try:
        try:
            copied = copy_backup(connection, paths.backups, paths.keys, backup, now)
            return copied is not None or not read_setting(connection, FOLDER_SETTING)
        except OSError:
            folder = read_setting(connection, FOLDER_SETTING)
            raise ReflectError(
                "The backup could not be copied to {folder}. Check that there is room "
                "there and that you can write to it; your backups on this computer are fine.",
                folder=str(folder),
            ) from None
    finally:
        connection.close()


def probe(paths: JournalPaths, master_key: bytes) -> bool:
    """At open, in the background: tidy the chosen folder; False if it cannot be reached."""
    with translated(writing=False):
        connection = connect(paths.database, master_key)
    try:
        tidy(connection)
        root = read_setting(connection, FOLDER_SETTING)
        try:
            return not root or Path(root).is_dir()
        except OSError:
            return False
    finally:
        connection.close()


def catch_up(paths: JournalPaths, master_key: bytes, now: dt.datetime) -> bool:
    """At open: copy the newest daily or Back up now backup if it never reached the chosen
    folder (the USB stick was out that day); False if the folder cannot be reached."""
    newest = next((b for b in list_backups(paths.backups) if b.reason in COPIED_REASONS), None)
    with translated(writing=False):
        connection = connect(paths.database, master_key)
    try:
        owed = newest is not None and read_setting(connection, LAST_SOURCE_SETTING) != newest.name
    finally:
        connection.close()
    if newest is None or not owed:
        return True
    return copy_off(paths, master_key, newest, now)


def status(connection: Any, reachable: bool | None, problem: str = "") -> BackupCopies:
    """Where copies go and when the last one was made. `reachable` is what the background
    work last found (None: not known yet, said as reachable); no file is touched here, so
    an absent network drive never holds up the window."""
    folder = read_setting(connection, FOLDER_SETTING)
    return BackupCopies(folder, last_copy_at(connection), reachable is not False, problem)


def check_folder(folder: str, data_folder: Path) -> None:
    """`InvalidInput` unless `folder` is empty (no copies) or an existing folder outside the
    journal's own data folder (a copy there would be lost with the computer)."""
    if not folder:
        return
    path = Path(folder)
    try:
        is_folder = path.is_dir()
        inside = path.resolve().is_relative_to(data_folder.resolve())
    except OSError:
        is_folder, inside = False, False
    if not is_folder:
        raise InvalidInput(
            "{folder} is not a folder that can be reached now. Plug in the drive or choose "
            "another folder.",
            folder=str(folder),
        )
    if inside:
        raise InvalidInput(
            "That folder is inside Reflect's own data folder, on this computer. Choose a "
            "folder on a USB stick or another drive."
        )
