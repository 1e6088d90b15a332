"""Putting a backup in place of the journal: from the list, from a file, or on a new computer.

The current journal is always backed up first (or, too damaged for that, kept aside), so
restoring never destroys the only copy of anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

from reflect.domain.backup import Backup
from reflect.domain.errors import DamagedJournal, ReflectError
from reflect.storage import backups as backup_files
from reflect.storage import item_clock, restore_file
from reflect.storage.clock import Clock, utc_now
from reflect.storage.database import translated
from reflect.storage.journal_connection import JournalConnection
from reflect.storage.journal_keys import JournalKeys
from reflect.storage.key_slot import KdfParams, unwrap_slot
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from reflect.storage.restore import (
    check_backup,
    replace_unopenable,
    restore_into,
    set_aside,
)
from reflect.storage.schema_version import upgrade


class JournalRestore(JournalKeys):
    """Restoring backups."""

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
            self._connection = JournalConnection(self.paths.database, master_key, check=True)
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
    ) -> Self:
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
                self._connection = JournalConnection(self.paths.database, key)
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
    ) -> Self:
        """Bring back a journal that is missing, empty or damaged, from one of its backups.

        A damaged journal file is kept beside the restored one under another name.
        """
        if passphrase is not None:
            master_key = unwrap_slot(paths.keys, passphrase)
        else:
            master_key = decode_recovery_key(recovery_key or "")
        replace_unopenable(paths, backup_files.backup_path(paths.backups, name), master_key)
        return cls._open_with_key(paths, master_key, auto_backup=False, clock=clock)
