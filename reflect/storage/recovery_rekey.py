"""A new recovery key: the journal re-encrypted under a new master key, crash-safe.

The recovery key *is* the database key, so a new one means a new key for the whole file.
The journal is exported (`sqlcipher_export`) into a new file under the new key and checked
page by page; a key slot for the current passphrase and the new key is written beside the
old one (`journal.keys.next`); only then are the files swapped, database first, key slot
second. A kill between the two swaps leaves the new database with the old slot: the next
open (with the passphrase) sees `journal.keys.next`, finds which key opens the database and
finishes or undoes the change. At every moment the passphrase opens the journal.

Backups taken before the change were encrypted under the old key, and still open with the
old recovery key (and the passphrase of their day).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from reflect.domain.errors import DamagedJournal, ReflectError, WrongPassphrase
from reflect.files.safe_files import fsync_folder, write_atomically
from reflect.storage.database import connect, structure_intact, translated
from reflect.storage.journal_files import remove_sidecars
from reflect.storage.key_slot import KdfParams, build_slot, unwrap_slot
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock
from reflect.storage.restore import create_private, fsync_file


def rekeying(paths: JournalPaths) -> Path:
    """The new database while it is being built."""
    return paths.database.with_name(f".{paths.database.name}.rekeying")


def next_keys(paths: JournalPaths) -> Path:
    """The key slot for the new key, waiting for the database to be swapped."""
    return paths.keys.with_name(f"{paths.keys.name}.next")


def build(paths: JournalPaths, old_key: bytes, new_key: bytes) -> Path:
    """The journal re-encrypted under `new_key` in a new file, synced and verified."""
    target = rekeying(paths)
    remove_sidecars(target)
    create_private(target)
    connection = connect(paths.database, old_key)
    try:
        connection.execute(
            "ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), f"x'{new_key.hex()}'")
        )
        connection.execute("SELECT sqlcipher_export('rekeyed')")
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        connection.execute("DETACH DATABASE rekeyed")
    finally:
        connection.close()
    fsync_file(target)
    check = connect(target, new_key, check=True)
    try:
        if not structure_intact(check):
            raise DamagedJournal
    finally:
        check.close()
    remove_sidecars(target)
    fsync_file(target)
    return target


def write_next_slot(
    paths: JournalPaths, passphrase: str, new_key: bytes, kdf: KdfParams | None
) -> None:
    """The key slot for the new key and the current passphrase, proven by unwrapping it."""
    write_atomically(next_keys(paths), build_slot(passphrase, new_key, kdf))
    if unwrap_slot(next_keys(paths), passphrase) != new_key:
        raise DamagedJournal


def swap(paths: JournalPaths) -> None:
    """Put the new database, then its key slot, in place (the journal must be closed)."""
    remove_sidecars(paths.database)
    os.replace(rekeying(paths), paths.database)
    fsync_folder(paths.folder)
    os.replace(next_keys(paths), paths.keys)
    fsync_folder(paths.folder)


def discard(paths: JournalPaths) -> None:
    """Remove what an unfinished change left that is no longer needed."""
    waiting = next_keys(paths)
    for path in (rekeying(paths), waiting, waiting.with_name(f".{waiting.name}.new")):
        remove_sidecars(path)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def finish_interrupted(paths: JournalPaths, passphrase: str) -> None:
    """At open: complete or undo a new recovery key that a crash cut short.

    If the waiting slot's key opens the database, the database was already swapped: the
    slot goes in too. Otherwise the old database and slot are still the journal's, and the
    leftovers go. Nothing is done while another Reflect holds the journal.
    """
    pending = next_keys(paths)
    leftovers = (pending, rekeying(paths), pending.with_name(f".{pending.name}.new"))
    if not any(path.exists() for path in leftovers):
        return
    lock = ProcessLock(paths.lock)
    lock.acquire()
    try:
        with translated(writing=True, folder=paths.folder):
            if pending.exists():
                try:
                    new_key = unwrap_slot(pending, passphrase)
                except WrongPassphrase:
                    raise
                except ReflectError:
                    new_key = b""
                if new_key and _opens(paths.database, new_key):
                    os.replace(pending, paths.keys)
                    fsync_folder(paths.folder)
            discard(paths)
    finally:
        lock.release()


def current_key(paths: JournalPaths, old_key: bytes, new_key: bytes) -> bytes:
    """Whichever of the two keys opens the database now."""
    return new_key if _opens(paths.database, new_key) else old_key


def _opens(database: Path, key: bytes) -> bool:
    try:
        connect(database, key).close()
    except ReflectError:
        return False
    return True
