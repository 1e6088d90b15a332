"""Restoring from a backup file the visitor points at: on a new computer, or in Settings.

A backup file is checked to be a regular file before SQLite sees it, and checked to open
with the key before anything is changed. On a new computer the key comes from the
passphrase of the backup's day (the key file copied beside it) or from the recovery key,
and the journal is built under a temporary name and linked into place last, like a new one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from reflect.domain.errors import JournalExists, KeyFileMissing, NotFound, WrongPassphrase
from reflect.files.safe_files import fsync_folder
from reflect.storage.backup_copies import copy_synced, digest_of
from reflect.storage.backups import check_regular, list_backups
from reflect.storage.database import connect, translated
from reflect.storage.journal_files import remove_sidecars
from reflect.storage.key_slot import KdfParams, check_passphrase, unwrap_slot, write_slot
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from reflect.storage.restore import check_backup, create_private, fsync_file, set_aside_key_file

NOT_A_BACKUP = (
    "That is not a backup file Reflect can read (it may be a folder, a device, or gone). "
    "Choose a file whose name ends in .reflect-backup."
)
OTHER_JOURNAL = (
    "This backup does not open with this journal's key: it belongs to another journal, was "
    "taken before you made a new recovery key, or is damaged. It was not restored and "
    "nothing has changed. To open it, start Reflect with a new data folder and choose "
    "Restore from a backup file there, with the passphrase or recovery key of its time."
)
NO_KEY_FILE = (
    "There is no key file beside this backup, so a passphrase cannot open it. Use your "
    "recovery key instead, or put the backup's .keys file beside it."
)


def checked_source(source: Path) -> Path:
    """The file, if it is a regular file (never blocks on a pipe or a device)."""
    check_regular(source, NOT_A_BACKUP)
    return source


INCOMING = ".journal-incoming.reflect-backup.partial"


@contextlib.contextmanager
def staged(source: Path, folder: Path) -> Iterator[Path]:
    """A private copy of a backup file the visitor pointed at, in `folder`, removed after.

    SQLite never opens the visitor's own file (opening it would change it, and a read-only
    stick would refuse), and a stick pulled out half-way cannot tear a restore. The name is
    one that the next open tidies away if Reflect is killed meanwhile.
    """
    checked_source(source)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    copy = folder / INCOMING
    with contextlib.suppress(FileNotFoundError):
        copy.unlink()
    try:
        try:
            expected = copy_synced(source, copy)
            if digest_of(copy) != expected:
                raise OSError("copy differs")
        except OSError:
            raise NotFound(NOT_A_BACKUP) from None
        yield copy
    finally:
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()


def key_files_for(source: Path) -> list[Path]:
    """Key files that may belong to a backup: its own copy, then a data folder's."""
    candidates = [
        source.with_name(f"{source.name}.keys"),
        source.with_name("journal.keys"),
        source.parent.parent / "journal.keys",  # a whole data folder was copied
    ]
    return [path for path in candidates if path.is_file()]


def key_from_passphrase(source: Path, passphrase: str) -> bytes:
    """The master key a backup's key file gives for `passphrase` (the one of its day)."""
    files = key_files_for(source)
    if not files:
        raise KeyFileMissing(NO_KEY_FILE)
    wrong: WrongPassphrase | None = None
    for path in files:
        try:
            return unwrap_slot(path, passphrase)
        except WrongPassphrase as error:
            wrong = error
        except KeyFileMissing:
            continue
    raise wrong or KeyFileMissing(NO_KEY_FILE)


def check_belongs(source: Path, master_key: bytes) -> bool:
    """`check_backup`, with a sentence that says the backup is another journal's."""
    try:
        return check_backup(source, master_key)
    except NotFound:
        raise NotFound(OTHER_JOURNAL) from None


def restore_as_new(
    paths: JournalPaths,
    source: Path,
    master_key: bytes,
    passphrase: str,
    kdf: KdfParams | None = None,
) -> None:
    """Put a verified backup in an empty data folder, with a key slot for `passphrase`.

    Refuses (`JournalExists`) if a journal is already there: this never replaces one.
    """
    with translated(writing=True, folder=paths.folder):
        paths.ensure_folder()
        if paths.database.exists() or paths.database.is_symlink():
            raise JournalExists
        if paths.keys.exists():
            if list_backups(paths.backups):
                raise JournalExists
            set_aside_key_file(paths)
        building = paths.database.with_name(f".{paths.database.name}.restoring")
        try:
            remove_sidecars(building)
            create_private(building)
            backup = connect(source, master_key, check=True)
            try:
                backup.execute("VACUUM INTO ?", (str(building),))
            finally:
                backup.close()
            fsync_file(building)
            write_slot(paths.keys, passphrase, master_key, kdf)
            try:
                os.link(building, paths.database)  # fails if anything appeared there
            except FileExistsError:
                raise JournalExists from None
            fsync_folder(paths.folder)
        finally:
            with contextlib.suppress(FileNotFoundError):
                building.unlink()


def restore_new(
    paths: JournalPaths,
    source: Path,
    *,
    passphrase: str | None,
    recovery_key: str | None,
    new_passphrase: str | None,
    kdf: KdfParams | None,
) -> bytes:
    """Check a backup file and the secret given, then build the journal from it; returns
    the master key to open it with (see `Journal.restore_new`)."""
    checked_source(source)
    if passphrase is not None:
        check_passphrase(passphrase)
        master_key = key_from_passphrase(source, passphrase)
    else:
        passphrase = new_passphrase or ""
        check_passphrase(passphrase)
        master_key = decode_recovery_key(recovery_key or "")
    if paths.database.exists() or paths.database.is_symlink():
        raise JournalExists
    with translated(writing=True, folder=paths.folder):
        paths.ensure_folder()
    with staged(source, paths.backups) as copy:
        check_belongs(copy, master_key)
        restore_as_new(paths, copy, master_key, passphrase, kdf)
    return master_key
