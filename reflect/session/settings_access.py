"""The settings page's port: backups and their second folder, restoring, the passphrase
and recovery key, and the never-share list."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TypeVar

from reflect.domain.backup import Backup, BackupCopies
from reflect.domain.errors import Failed
from reflect.domain.progress import Work
from reflect.session.base import SessionBase
from reflect.session.never_write import NEVER_WRITE, never_write_entries

T = TypeVar("T")


class SettingsAccess(SessionBase):
    """Implements `reflect.ui.settings.port.SettingsPort`."""

    def set_never_write(self, words: Iterable[str]) -> tuple[str, ...]:
        """Keep the never-share list inside the journal (one entry a line); returns it as
        kept, and the editor's hints hear of it."""
        entries = never_write_entries(words)
        self._open().exchange.set_setting(NEVER_WRITE, "\n".join(entries))
        self.changes.settings_changed.emit(NEVER_WRITE)
        return entries

    def backups(self) -> list[Backup]:
        """Every backup, newest first."""
        return list(self._open().backups())

    def begin_backup_now(self, done: Callable[[Backup], None], failed: Failed) -> None:
        """Take a backup now, beside the window (its copy to the second folder follows)."""
        journal = self._open()
        self._errand("backup", journal.back_up_now, done, failed)

    def backup_copies(self) -> BackupCopies:
        """The second folder for backups, and when the last copy was made there."""
        return self._open().backup_copies()

    def copying(self) -> bool:
        """True while a backup is being copied to the second folder."""
        return bool(self._open().copying)

    def set_backup_copies_folder(self, folder: str) -> None:
        """Also keep backups in `folder` ("" for only on this computer)."""
        self._open().set_backup_copies_folder(folder)

    def begin_restore(self, name: str, done: Callable[[], None], failed: Failed) -> None:
        """Replace the journal with a backup (the present is backed up first)."""
        journal = self._open()
        work = functools.partial(journal.restore_backup, name)
        self._begin_replacing("restore", work, self._restored(done), failed, Work.RESTORE)

    def begin_restore_file(self, path: str, done: Callable[[], None], failed: Failed) -> None:
        """Replace the journal with a backup file of this journal (backed up first)."""
        journal = self._open()
        work = functools.partial(journal.restore_file, path)
        self._begin_replacing("restore", work, self._restored(done), failed, Work.RESTORE)

    def begin_new_recovery_key(
        self, passphrase: str, done: Callable[[str], None], failed: Failed
    ) -> None:
        """Re-encrypt the journal under a new key (backed up first); `done(key)` with the
        new recovery key, to show once."""
        journal = self._open()
        work = functools.partial(journal.new_recovery_key, passphrase)
        self._begin_replacing("new key", work, lambda key: done(str(key)), failed, Work.NEW_KEY)

    @property
    def restoring(self) -> bool:
        """True while the journal is being restored or re-encrypted (never stopped half-way)."""
        return self._restoring is not None

    def _restored(self, done: Callable[[], None]) -> Callable[[None], None]:
        def restored(_: None) -> None:
            self.changes.reflections_changed.emit(())
            self.changes.hours_changed.emit()
            done()

        return restored

    def _begin_replacing(
        self,
        name: str,
        work: Callable[[], T],
        then: Callable[[T], None],
        failed: Failed,
        shows: Work,
    ) -> None:
        """Work that replaces the journal's file: nothing else reaches the journal until it
        is over (`JournalBusy`), and a lock meanwhile closes it only once it is whole."""
        journal = self._open()
        self._restoring = journal

        def after() -> None:
            self._restoring = None
            if journal is not self.journal:  # locked meanwhile: closed once it is whole
                journal.lock()

        self._errand(name, work, then, failed, shows=shows, after=after)

    # The key derivation (about 0.2 s each time, by design) runs beside the window too.
    def begin_change_passphrase(
        self, current: str, new: str, done: Callable[[], None], failed: Failed
    ) -> None:
        """Check the current passphrase, then change it."""
        journal = self._open()

        def change() -> None:
            journal.check_passphrase(current)
            journal.change_passphrase(new)

        self._errand("passphrase", change, lambda _: done(), failed)

    def begin_recovery_key(
        self, passphrase: str, done: Callable[[str], None], failed: Failed
    ) -> None:
        """The recovery key again, given the passphrase."""
        work = functools.partial(self._open().recovery_key, passphrase)
        self._errand("recovery key", work, lambda key: done(str(key)), failed)
