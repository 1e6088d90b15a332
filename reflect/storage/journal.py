"""The `Journal` service: the only way the rest of Reflect reads or writes a journal.

It returns frozen domain objects and raises `ReflectError` subclasses whose messages never
hold journal text. One process holds a journal at a time; locking closes the database
connection and forgets nothing that was saved.

This file is long because it is the whole public surface of storage in one class: each
method is a few lines that open a transaction and hand the work to `reflection_store`,
`record_store`, `search_store`, `backups` or `restore`, where the logic lives.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, text

from reflect.domain.backup import Backup, BackupCopies
from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.errors import (
    DamagedJournal,
    JournalClosed,
    JournalExists,
    ReadOnlyJournal,
    ReflectError,
    WrongPassphrase,
)
from reflect.domain.family_code import FamilyCode
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_titles import ReflectionTitles
from reflect.domain.search import PageCursor, ReflectionFilter, ReflectionPage, SearchHit
from reflect.domain.supervision_session import SupervisionSession
from reflect.storage import (
    backup_copies,
    item_clock,
    record_store,
    recovery_rekey,
    reflection_list,
    reflection_store,
    restore_file,
    search_store,
)
from reflect.storage import backups as backup_files
from reflect.storage.background_task import BackgroundTask
from reflect.storage.clock import Clock, utc_now
from reflect.storage.database import (
    checkpoint,
    connect,
    is_read_only,
    make_engine,
    translated,
    verify_file,
)
from reflect.storage.exchange_records import ExchangeRecords
from reflect.storage.journal_files import check_journal_file, remove_sidecars
from reflect.storage.key_diagnosis import explain_refusal, unlock_key
from reflect.storage.key_slot import (
    KdfParams,
    check_passphrase,
    replace_slot,
    stored_key_check,
    unwrap_slot,
    write_slot,
)
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock
from reflect.storage.recovery_key import decode_recovery_key, encode_recovery_key
from reflect.storage.restore import (
    check_backup,
    replace_unopenable,
    restore_into,
    set_aside,
    set_aside_key_file,
)
from reflect.storage.safe_files import fsync_folder
from reflect.storage.schema_version import current_revision, needs_upgrade, upgrade

log = logging.getLogger(__name__)
T = TypeVar("T")
PAGE_SIZE = 100
# Up to this size every page is verified before the journal opens (about 0.15 s); a larger
# journal opens at once and is verified in the background, refusing saves if damage shows.
VERIFY_BEFORE_OPEN_BYTES = 32 * 1024 * 1024


class Journal:
    """An open, unlocked journal. Build one with `create`, `open` or `open_with_recovery_key`."""

    def __init__(
        self, paths: JournalPaths, master_key: bytes, lock: ProcessLock, clock: Clock
    ) -> None:
        self.paths = paths
        self._key: bytes | None = master_key
        self._lock = lock
        self._clock = clock
        self._engine: Engine | None = None
        self._backup: BackgroundTask | None = None
        self._copy: BackgroundTask | None = None
        self._copies_reachable: bool | None = None  # None: not looked yet
        self._integrity: BackgroundTask | None = None
        self.exchange = ExchangeRecords(self._write, self._read, clock)
        """Supervision: this journal's keys, contacts, packets and shared reflections."""

    # ----------------------------------------------------------------- lifecycle
    @classmethod
    def create(
        cls,
        paths: JournalPaths,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = utc_now,
    ) -> tuple[Journal, str]:
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
                journal._engine = make_engine(paths.database, master_key)
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
    ) -> Journal:
        """Unlock with the passphrase. A wrong one never touches the database file."""
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
    ) -> Journal:
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
    ) -> Journal:
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
                engine = make_engine(paths.database, master_key, check=verify_now)
                journal._engine = engine
                with engine.connect() as conn:
                    revision = current_revision(conn.connection.driver_connection)
                if revision is None:
                    raise DamagedJournal
            if needs_upgrade(revision):
                journal.create_backup("before-migration")
                with translated(writing=True, folder=paths.folder), engine.begin() as conn:
                    upgrade(conn)
        except BaseException:
            journal._dispose()
            lock.release()
            raise
        journal._integrity = BackgroundTask(
            "integrity", lambda: journal._verify_file(pages=not verify_now)
        )
        due = auto_backup and journal._daily_backup_due()
        journal._backup = BackgroundTask("backup", lambda: journal._backup_at_open(daily=due))
        return journal

    @property
    def is_open(self) -> bool:
        """True until `lock` or `close`."""
        return self._engine is not None

    def close(self) -> None:
        """Finish background work, close the connection, and let go of the journal."""
        self.wait_for_background()
        self._dispose()
        self._key = None
        self._lock.release()

    lock = close  # Locking a journal is closing it: nothing stays open or in memory.

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _dispose(self) -> None:
        if self._engine is not None:
            engine, self._engine = self._engine, None
            with contextlib.suppress(Exception):
                checkpoint(engine)
            engine.dispose()

    def _master_key(self) -> bytes:
        if self._key is None or self._engine is None:
            raise JournalClosed
        return self._key

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        if self._engine is None:
            raise JournalClosed
        task = self._integrity
        if task is not None and task.done and isinstance(task.error, DamagedJournal):
            raise task.error  # never write into a file known to be damaged
        with translated(writing=True, folder=self.paths.folder), self._engine.begin() as conn:
            yield conn

    def _read(self, work: Callable[[Connection], T]) -> T:
        if self._engine is None:
            raise JournalClosed
        with translated(writing=False, folder=self.paths.folder), self._engine.connect() as conn:
            return work(conn)

    # ----------------------------------------------------------------- keys
    def check_passphrase(self, passphrase: str) -> None:
        """`WrongPassphrase` unless `passphrase` is this journal's current passphrase."""
        if unwrap_slot(self.paths.keys, passphrase) != self._master_key():
            raise WrongPassphrase

    def recovery_key(self, passphrase: str) -> str:
        """The recovery key again, for a visitor who proves they know the passphrase."""
        self.check_passphrase(passphrase)
        return encode_recovery_key(self._master_key())

    def change_passphrase(
        self, new_passphrase: str, *, kdf: KdfParams | None = None
    ) -> Path | None:
        """Re-wrap the key for a new passphrase; verified by reopening, then swapped atomically.

        Returns where a damaged or another journal's key file was kept aside, if there was one.
        """
        check_passphrase(new_passphrase)
        master_key = self._master_key()
        self.create_backup("before-passphrase-change")

        def opens_journal(candidate: bytes) -> bool:
            if candidate != master_key:
                return False
            connect(self.paths.database, candidate).close()
            return True

        with translated(writing=True, folder=self.paths.folder):
            return replace_slot(self.paths.keys, new_passphrase, master_key, opens_journal, kdf)

    def new_recovery_key(self, passphrase: str, *, kdf: KdfParams | None = None) -> str:
        """Re-encrypt the journal under a new key and return its recovery key (shown once).

        The old recovery key stops opening the journal; backups taken before still open
        with it. Backed up first; a crash at any point leaves the passphrase working.
        """
        self.check_passphrase(passphrase)
        self.wait_for_background()
        self.create_backup("before-new-recovery-key")
        old_key, new_key = self._master_key(), os.urandom(32)
        with translated(writing=True, folder=self.paths.folder):
            try:
                recovery_rekey.build(self.paths, old_key, new_key)
                recovery_rekey.write_next_slot(self.paths, passphrase, new_key, kdf)
            except BaseException:
                recovery_rekey.discard(self.paths)
                raise
            self._dispose()
            try:
                recovery_rekey.swap(self.paths)
            finally:
                self._key = recovery_rekey.current_key(self.paths, old_key, new_key)
                self._engine = make_engine(self.paths.database, self._key)
        return encode_recovery_key(new_key)

    # ----------------------------------------------------------------- reflections
    def add_reflection(self, reflection: Reflection) -> Reflection:
        """Store a new reflection; returns it with its timestamps."""
        with self._write() as conn:
            return reflection_store.save(conn, reflection, self._clock(), insert_only=True)

    def add_reflections(self, reflections: Iterable[Reflection]) -> int:
        """Store many new reflections in one transaction: all of them, or none."""
        now = self._clock()
        stored = 0
        with self._write() as conn:
            for reflection in reflections:
                reflection_store.save(conn, reflection, now, insert_only=True)
                stored += 1
        return stored

    def update_reflection(self, reflection: Reflection) -> Reflection:
        """Replace a stored reflection (same uuid) with this version."""
        with self._write() as conn:
            return reflection_store.save(conn, reflection, self._clock(), update_only=True)

    def save_reflection(self, reflection: Reflection) -> Reflection:
        """Add or update, whichever applies: what autosave calls."""
        with self._write() as conn:
            return reflection_store.save(conn, reflection, self._clock())

    def get_reflection(self, uuid: str) -> Reflection:
        """One whole reflection, or `NotFound`."""
        return self._read(lambda conn: reflection_store.get(conn, uuid))

    def delete_reflection(self, uuid: str) -> None:
        """Delete for good: backed up first, then gone from the file, its index and its log."""
        self._read(lambda conn: reflection_store.reflection_id(conn, uuid))
        self.wait_for_background()  # a reader would keep the old pages in the log
        self.create_backup("before-delete")
        with self._write() as conn:
            reflection_store.delete(conn, uuid)
        self._checkpoint()

    def _checkpoint(self) -> None:
        """Fold the write-ahead log into the file and empty it, so old pages do not linger."""
        if self._engine is None:
            raise JournalClosed
        with translated(writing=True, folder=self.paths.folder):
            checkpoint(self._engine)

    def list_reflections(
        self,
        filter: ReflectionFilter | None = None,
        *,
        limit: int = PAGE_SIZE,
        after: PageCursor | None = None,
    ) -> ReflectionPage:
        """A page of the list, newest first; pass `page.next_cursor` as `after` for more."""
        flt = filter or ReflectionFilter()
        return self._read(lambda conn: reflection_list.page(conn, flt, limit, after))

    def count_reflections(self, filter: ReflectionFilter | None = None) -> int:
        """How many reflections match the filter."""
        flt = filter or ReflectionFilter()
        return self._read(lambda conn: reflection_list.count(conn, flt))

    def list_all(self) -> ReflectionTitles:
        """Every reflection's uuid, visit date, family code and first words, newest first."""
        return self._read(reflection_list.list_all)

    def search(
        self,
        query: str,
        *,
        limit: int = search_store.DEFAULT_LIMIT,
        filter: ReflectionFilter | None = None,
    ) -> list[SearchHit]:
        """Ranked matches over answers, notes and comments, with highlighted snippets."""
        return self._read(lambda conn: search_store.search(conn, query, limit, filter))

    # ----------------------------------------------------------------- records
    def family_codes(self, *, include_closed: bool = True) -> list[FamilyCode]:
        """The visitor's family codes, alphabetically."""
        return self._read(lambda conn: record_store.family_codes(conn, include_closed))

    def add_family_code(self, code: str) -> FamilyCode:
        """Add a family code (initials or a short code, never a name)."""
        with self._write() as conn:
            return record_store.add_family_code(conn, code, self._clock())

    def set_family_code_active(self, code: str, active: bool) -> None:
        """Close a family code, or open it again."""
        with self._write() as conn:
            record_store.set_family_code_active(conn, code, active)

    def add_comment(self, comment: Comment) -> Comment:
        """Attach a comment to a reflection (adding the same comment twice does nothing)."""
        with self._write() as conn:
            return record_store.add_comment(conn, comment)

    def comments_for(self, reflection_uuid: str) -> list[Comment]:
        """A reflection's comments, oldest first."""
        return self._read(lambda conn: record_store.comments_for(conn, reflection_uuid))

    def mark_comments_read(self, reflection_uuid: str) -> None:
        """Clear the unread mark on a reflection's comments."""
        with self._write() as conn:
            record_store.mark_comments_read(conn, reflection_uuid)

    def save_session(self, session: SupervisionSession) -> SupervisionSession:
        """Log (or correct) a supervision session."""
        with self._write() as conn:
            return record_store.save_session(conn, session)

    def sessions(self) -> list[SupervisionSession]:
        """Logged supervision sessions, newest first."""
        return self._read(record_store.sessions)

    def delete_session(self, uuid: str) -> None:
        """Remove a logged session."""
        with self._write() as conn:
            record_store.delete_session(conn, uuid)

    def add_check_in(self, check_in: CheckIn) -> CheckIn:
        """Store a self-care check-in."""
        with self._write() as conn:
            return record_store.add_check_in(conn, check_in)

    def check_ins(self, *, limit: int = 100) -> list[CheckIn]:
        """Recent check-ins, newest first."""
        return self._read(lambda conn: record_store.check_ins(conn, limit))

    # ----------------------------------------------------------------- backups
    def backups(self) -> list[Backup]:
        """Every backup, newest first."""
        return backup_files.list_backups(self.paths.backups)

    def create_backup(self, reason: str = "manual", *, keep: str = "") -> Backup:
        """Take an encrypted backup now, then rotate old ones away (never `keep`)."""
        master_key = self._master_key()
        with translated(writing=True, folder=self.paths.folder):
            connection = connect(self.paths.database, master_key)
            try:
                backup = backup_files.write_backup(
                    connection, self.paths.backups, reason, self._clock()
                )
            finally:
                connection.close()
            # The backup just taken is never rotated away, whatever the clock says.
            protect = frozenset({backup.name, keep} if keep else {backup.name})
            backup_files.rotate(self.paths.backups, protect)
        return backup

    def wait_for_background(self) -> None:
        """Block until the background integrity check and daily backup have finished."""
        for task in (self._integrity, self._backup, self._copy):
            if task is not None:
                task.wait()

    def verify(self) -> None:
        """Wait for the integrity check begun at open; `DamagedJournal` if it found damage."""
        if self._integrity is not None and (error := self._integrity.wait()) is not None:
            raise error

    @property
    def backup_error(self) -> ReflectError | None:
        """Why the last automatic backup failed, if it did (the app shows it quietly)."""
        return None if self._backup is None else self._backup.error

    def _verify_file(self, *, pages: bool) -> None:
        verify_file(self.paths.database, self._master_key(), pages=pages)

    def _daily_backup_due(self) -> bool:
        today = self._clock().astimezone().date()
        return not any(b.taken_at.astimezone().date() == today for b in self.backups())

    def _backup_at_open(self, *, daily: bool) -> None:
        # Off the window's thread: the second folder may be a slow or absent drive.
        key = self._master_key()
        self._copies_reachable = backup_copies.probe(self.paths, key)
        if daily:
            self._daily_backup()
        elif self._copies_reachable:
            self._copies_reachable = backup_copies.catch_up(self.paths, key, self._clock())

    def _daily_backup(self) -> None:
        # A damaged file must not be rotated in over good backups.
        if self._integrity is not None and self._integrity.wait() is not None:
            return
        backup = self.create_backup("daily")
        self._copies_reachable = backup_copies.copy_off(
            self.paths, self._master_key(), backup, self._clock()
        )

    def back_up_now(self) -> Backup:
        """Take a backup now; its copy to the chosen folder is made in the background."""
        backup = self.create_backup("manual")
        key = self._master_key()
        earlier = [t for t in (self._backup, self._copy) if t is not None]

        def copy() -> None:
            for task in earlier:  # one copy at a time, after tidying at open
                task.wait()
            self._copies_reachable = backup_copies.copy_off(self.paths, key, backup, self._clock())

        self._copy = BackgroundTask("copy", copy)
        return backup

    @property
    def copying(self) -> bool:
        """True while a backup is being copied to the second folder in the background."""
        return any(t is not None and not t.done for t in (self._copy, self._backup))

    def backup_copies(self) -> BackupCopies:
        """Where backups are also kept, when the last copy was made, and any problem."""
        problem = next(
            (t.error.sentence for t in (self._copy, self._backup) if t and t.done and t.error),
            "",
        )
        return self._read(
            lambda conn: backup_copies.status(
                conn.connection.driver_connection, self._copies_reachable, problem
            )
        )

    def set_backup_copies_folder(self, folder: str) -> None:
        """Also keep backups in `folder` (a path), or nowhere else ("")."""
        backup_copies.check_folder(folder, self.paths.folder)
        self.exchange.set_setting(backup_copies.FOLDER_SETTING, folder)
        self._copies_reachable = True  # just checked

    def restore_backup(self, name: str) -> None:
        """Replace the journal with a backup; the current journal is backed up first.

        A current file too damaged to back up is kept beside the journal under another
        name instead: restoring never destroys the only copy of anything.
        """
        self._restore_source(backup_files.backup_path(self.paths.backups, name), keep=name)

    def restore_file(self, path: str) -> None:
        """Replace the journal with a backup file from anywhere (a USB stick), if it belongs
        to this journal; the current journal is backed up first."""
        with restore_file.staged(Path(path), self.paths.backups) as copy:
            restore_file.check_belongs(copy, self._master_key())
            self._restore_source(copy, keep="")

    def _restore_source(self, source: Path, keep: str) -> None:
        master_key = self._master_key()
        self.wait_for_background()
        older = check_backup(source, master_key)  # before anything is moved or replaced
        counted = self._counted()
        damaged = False
        before: Backup | None = None
        try:
            before = self.create_backup("before-restore", keep=keep)
        except DamagedJournal:
            damaged = True
        self._dispose()
        self._integrity = None
        try:
            with translated(writing=True, folder=self.paths.folder):
                if damaged:
                    set_aside(self.paths)  # kept beside the journal, never deleted
            restore_into(self.paths, source, master_key)
        finally:
            self._engine = make_engine(self.paths.database, master_key, check=True)
        if older:
            self._upgrade_restored(before)
        if counted:
            # Versions handed out before the restore stay used: an edit made now must be
            # newer than anything already shared from the journal as it was.
            with self._write() as conn:
                item_clock.advance_to(conn, counted)

    def _counted(self) -> int:
        """The item counter as it stands (0 when the current journal cannot be read)."""
        try:
            return int(self._read(item_clock.current))
        except ReflectError:
            return 0

    @classmethod
    def restore_new(
        cls,
        paths: JournalPaths,
        path: str,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        new_passphrase: str | None = None,
        kdf: KdfParams | None = None,
        clock: Clock = utc_now,
    ) -> Journal:
        """Bring a journal back on a new computer from a backup file, and open it.

        With the passphrase of the backup's day (its key file beside it), or with the
        recovery key and a `new_passphrase` to set.
        """
        master_key = restore_file.restore_new(
            paths,
            Path(path),
            passphrase=passphrase,
            recovery_key=recovery_key,
            new_passphrase=new_passphrase,
            kdf=kdf,
        )
        return cls._open_with_key(paths, master_key, auto_backup=False, clock=clock)

    def _upgrade_restored(self, before: Backup | None) -> None:
        """Bring a restored backup from an older Reflect up to date; if that fails, put the
        journal back as it was before the restore, so an old schema is never left open."""
        key = self._master_key()
        try:
            with self._write() as conn:
                upgrade(conn)
        except ReflectError:
            if before is None:
                raise
            self._dispose()
            try:
                restore_into(self.paths, self.paths.backups / before.name, key)
            finally:
                self._engine = make_engine(self.paths.database, key)
            raise ReflectError(
                "That backup could not be brought up to date for this version of Reflect, "
                "so your journal was put back as it was. Nothing is lost."
            ) from None

    @classmethod
    def restore_without_opening(
        cls,
        paths: JournalPaths,
        name: str,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        clock: Clock = utc_now,
    ) -> Journal:
        """Bring back a journal that is missing, empty or damaged, from one of its backups.

        A damaged journal file is kept beside the restored one under another name.
        """
        if passphrase is not None:
            master_key = unwrap_slot(paths.keys, passphrase)
        else:
            master_key = decode_recovery_key(recovery_key or "")
        replace_unopenable(paths, backup_files.backup_path(paths.backups, name), master_key)
        return cls._open_with_key(paths, master_key, auto_backup=False, clock=clock)
