"""The settings page's port: backups and their second folder, restoring, the passphrase
and recovery key, and the never-share list."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reflect.domain.backup import Backup, BackupCopies
from reflect.domain.errors import Failed
from reflect.domain.progress import Work
from reflect.session.base import SessionBase
from reflect.session.never_write import NEVER_WRITE, never_write_entries


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
        self._begin_restore(lambda: journal.restore_backup(name), done, failed)

    def begin_restore_file(self, path: str, done: Callable[[], None], failed: Failed) -> None:
        """Replace the journal with a backup file of this journal (backed up first)."""
        journal = self._open()
        self._begin_restore(lambda: journal.restore_file(path), done, failed)

    @property
    def restoring(self) -> bool:
        """True while a restore is under way (it cannot be stopped half-way)."""
        return self._restoring is not None

    def _begin_restore(
        self, restore: Callable[[], None], done: Callable[[], None], failed: Failed
    ) -> None:
        journal = self._open()
        self._restoring = journal

        def after() -> None:
            self._restoring = None
            if journal is not self.journal:  # locked meanwhile: closed once it is whole
                journal.lock()

        def restored(_: None) -> None:
            self.changes.reflections_changed.emit(())
            self.changes.hours_changed.emit()
            done()

        self._errand("restore", restore, restored, failed, shows=Work.RESTORE, after=after)

    def new_recovery_key(self, passphrase: str) -> str:
        """Re-encrypt the journal under a new key; the new recovery key, to show once."""
        return str(self._open().new_recovery_key(passphrase))

    def change_passphrase(self, current: str, new: str) -> None:
        """Check the current passphrase, then change it."""
        journal = self._open()
        journal.check_passphrase(current)
        journal.change_passphrase(new)

    def recovery_key(self, passphrase: str) -> str:
        """The recovery key again, given the passphrase."""
        return str(self._open().recovery_key(passphrase))
