"""Making a journal, and unlocking one with its passphrase or its recovery key.

Opening starts two pieces of background work: the integrity check of a large journal and
the daily backup (with the copy to a second folder); both stop when the journal is locked.
The caller can defer them (`defer_background`) until the first page is on screen.
"""

from __future__ import annotations

import contextlib
import functools
import os
from typing import Self

from sqlalchemy import text

from reflect.domain.errors import DamagedJournal, JournalExists, ReadOnlyJournal
from reflect.files.safe_files import fsync_folder
from reflect.storage import backups as backup_files
from reflect.storage import recovery_rekey
from reflect.storage.background_task import BackgroundTask, StopSignal
from reflect.storage.clock import Clock, utc_now
from reflect.storage.database import checkpoint, is_read_only, make_engine, translated
from reflect.storage.journal_backups import JournalBackups
from reflect.storage.journal_connection import JournalConnection
from reflect.storage.journal_files import check_journal_file, remove_sidecars
from reflect.storage.key_diagnosis import explain_refusal, unlock_key
from reflect.storage.key_slot import KdfParams, check_passphrase, stored_key_check, write_slot
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock
from reflect.storage.recovery_key import decode_recovery_key, encode_recovery_key
from reflect.storage.restore import set_aside_key_file
from reflect.storage.schema_version import current_revision, needs_upgrade, upgrade

# Up to this size every page is verified before the journal opens (about 0.15 s); a larger
# journal opens at once and is verified in the background, refusing saves if damage shows.
VERIFY_BEFORE_OPEN_BYTES = 32 * 1024 * 1024


class JournalOpening(JournalBackups):
    """`create`, `open` and `open_with_recovery_key`."""

    @classmethod
    def create(
        cls,
        paths: JournalPaths,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = utc_now,
    ) -> tuple[Self, str]:
        """Make a new journal; returns it and the recovery key (shown once, never stored).

        Refuses (`JournalExists`) if anything at all is already where the journal would go,
        even an empty file: a new journal never replaces an old one.
        """
        check_passphrase(passphrase)
        with translated(writing=True, folder=paths.folder):
            paths.ensure_folder()
            if paths.database.exists() or paths.database.is_symlink():
                raise JournalExists
            if paths.keys.exists():
                if backup_files.list_backups(paths.backups):
                    raise JournalExists  # the journal is missing: restore, don't replace
                set_aside_key_file(paths)  # left by a creation that never finished
        lock = ProcessLock(paths.lock)
        lock.acquire()
        master_key = os.urandom(32)
        # Built under a temporary name and linked into place last, after the key slot:
        # a crash part-way leaves no half-made journal where a real one is expected.
        building = paths.database.with_name(f".{paths.database.name}.creating")
        journal = cls(paths, master_key, lock, clock)
        try:
            with translated(writing=True, folder=paths.folder):
                remove_sidecars(building)
                with contextlib.suppress(FileNotFoundError):
                    building.unlink()
                os.close(os.open(building, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                engine = make_engine(building, master_key)
                try:
                    with engine.begin() as conn:
                        upgrade(conn)
                        conn.execute(
                            text("INSERT INTO meta (key, value) VALUES ('created_at', :now)"),
                            {"now": clock().isoformat()},
                        )
                    checkpoint(engine)
                finally:
                    engine.dispose()
                remove_sidecars(building)
                write_slot(paths.keys, passphrase, master_key, kdf)
                try:
                    os.link(building, paths.database)  # fails if anything appeared there
                except FileExistsError:
                    raise JournalExists from None
                building.unlink()
                fsync_folder(paths.folder)
                journal._connection = JournalConnection(paths.database, master_key)
        except BaseException:
            journal._dispose()
            with contextlib.suppress(FileNotFoundError):
                building.unlink()
            lock.release()
            raise
        return journal, encode_recovery_key(master_key)

    @classmethod
    def open(
        cls,
        paths: JournalPaths,
        passphrase: str,
        *,
        auto_backup: bool = True,
        clock: Clock = utc_now,
        verify_before_open_bytes: int = VERIFY_BEFORE_OPEN_BYTES,
        defer_background: bool = False,
    ) -> Self:
        """Unlock with the passphrase. A wrong one never touches the database file.

        With `defer_background`, the background work waits for `start_background_work()`,
        which the caller makes once the first page has been read.
        """
        recovery_rekey.finish_interrupted(paths, passphrase)
        with translated(writing=False, folder=paths.folder):
            master_key = unlock_key(paths, passphrase)
            check_journal_file(paths)
        try:
            return cls._open_with_key(
                paths,
                master_key,
                auto_backup=auto_backup,
                clock=clock,
                verify_before_open_bytes=verify_before_open_bytes,
                defer_background=defer_background,
            )
        except DamagedJournal as error:
            raise explain_refusal(
                paths, master_key, error, key_file_check=None, recovery=False
            ) from None

    @classmethod
    def open_with_recovery_key(
        cls,
        paths: JournalPaths,
        recovery_key: str,
        *,
        auto_backup: bool = True,
        clock: Clock = utc_now,
    ) -> Self:
        """Unlock with the recovery key; works with nothing but the database file.

        The key file is never needed here: a missing, damaged or copied one cannot stop the
        recovery key, and it only helps to say truthfully why a key was refused.
        """
        master_key = decode_recovery_key(recovery_key)
        with translated(writing=False, folder=paths.folder):
            check_journal_file(paths)
        try:
            return cls._open_with_key(paths, master_key, auto_backup=auto_backup, clock=clock)
        except DamagedJournal as error:
            stored = stored_key_check(paths.keys)
            raise explain_refusal(
                paths, master_key, error, key_file_check=stored, recovery=True
            ) from None

    @classmethod
    def _open_with_key(
        cls,
        paths: JournalPaths,
        master_key: bytes,
        *,
        auto_backup: bool,
        clock: Clock,
        verify_before_open_bytes: int = VERIFY_BEFORE_OPEN_BYTES,
        defer_background: bool = False,
    ) -> Self:
        with translated(writing=False, folder=paths.folder):
            if is_read_only(paths.database):
                raise ReadOnlyJournal
            lock = ProcessLock(paths.lock)
            lock.acquire()
        journal = cls(paths, master_key, lock, clock)
        backup_files.remove_partials(paths.backups)  # left by a backup that was killed
        verify_now = paths.database.stat().st_size <= verify_before_open_bytes
        try:
            with translated(writing=False, folder=paths.folder):
                connection = JournalConnection(paths.database, master_key, check=verify_now)
                journal._connection = connection
                revision = current_revision(connection.driver)
                if revision is None:
                    raise DamagedJournal
            if needs_upgrade(revision):
                journal.create_backup("before-migration")
                with journal._write() as conn:
                    upgrade(conn)
        except BaseException:
            journal._dispose()
            lock.release()
            raise
        journal._deferred_work = functools.partial(
            journal._start_background, pages=not verify_now, auto_backup=auto_backup
        )
        if not defer_background:
            journal.start_background_work()
        return journal

    def _start_background(self, *, pages: bool, auto_backup: bool) -> None:
        def check(stop: StopSignal) -> None:
            self._verify_file(stop, pages=pages)

        def back_up(stop: StopSignal) -> None:
            self._backup_at_open(stop, daily=due)

        self._integrity = BackgroundTask("integrity", check)
        due = auto_backup and self._daily_backup_due()
        self._backup = BackgroundTask("backup", back_up)
