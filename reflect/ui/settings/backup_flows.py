"""The window's part in backups beyond the list: a journal back from a backup file on the
first screen, and in Settings the second folder, Restore from a file and a new recovery key.

It performs the journal calls these ask for and turns failures into sentences; the pages
stay free of the journal, as elsewhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from reflect.domain.errors import ReflectError
from reflect.ui.unlock.restore_file_page import RestoreFilePage

# The copy after Back up now runs in the background; Settings looks this often until done.
COPY_POLL_MS = 200


class BackupFlows(QObject):
    """Emits `opened` once a journal restored from a file is open (the window shows it)."""

    opened = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.restore_file_page = RestoreFilePage()
        window.stack.addWidget(self.restore_file_page)
        window.welcome.restore_file_requested.connect(self.start_restore_file)
        self.restore_file_page.back_requested.connect(
            lambda: window.stack.setCurrentWidget(window.welcome)
        )
        self.restore_file_page.restore_requested.connect(self._restore_new)

    # ----------------------------------------------------------------- first run
    def start_restore_file(self) -> None:
        """Ask for a backup file, then for the passphrase or recovery key that opens it."""
        if self.restore_file_page.choose():
            self.window.stack.setCurrentWidget(self.restore_file_page)

    def _restore_new(self, path: str, passphrase: str, key: str, new_passphrase: str) -> None:
        try:
            self.window.session.restore_new(
                path,
                passphrase=passphrase or None,
                recovery_key=key or None,
                new_passphrase=new_passphrase or None,
            )
        except ReflectError as error:
            self.restore_file_page.failed(error.sentence)
            return
        self.restore_file_page.clear_secrets()
        self.opened.emit()
        self.window.statusBar().showMessage(
            self.tr("Your journal is back, as it was in that backup."), 8000
        )

    # ----------------------------------------------------------------- settings
    def connect_settings(self, page: Any) -> None:
        """Listen to the Settings page's backup requests."""
        page.backups.copies_folder_chosen.connect(self._set_copies_folder)
        page.backups.restore_file_requested.connect(self._restore_file)
        page.backup_now_requested.connect(self._watch_copy)
        page.new_recovery_key_requested.connect(self._new_recovery_key)

    def refresh_settings(self) -> None:
        """Show where backups are also kept and when the last copy was made."""
        session = self.window.session
        if not session.is_open:
            return
        try:
            self.window.settings_page.backups.set_copies(session.backup_copies())
        except ReflectError as error:
            self.window.report(error)

    def _watch_copy(self) -> None:
        """Refresh the copies note once the background copy has finished."""
        session = self.window.session
        if session.is_open and session.copying():
            QTimer.singleShot(COPY_POLL_MS, self._watch_copy)
            return
        self.refresh_settings()

    def mention_copies(self) -> None:
        """A quiet word in the status bar when the second folder cannot be reached."""
        session = self.window.session
        if not session.is_open:
            return
        if session.copying():  # still looking at the folder, in the background
            QTimer.singleShot(COPY_POLL_MS, self.mention_copies)
            return
        try:
            copies = session.backup_copies()
        except ReflectError:
            return
        if copies.folder and (copies.problem or not copies.reachable):
            backups = self.window.settings_page.backups
            self.window.statusBar().showMessage(backups.describe_copies(copies), 15000)

    def _set_copies_folder(self, folder: str) -> None:
        try:
            self.window.session.set_backup_copies_folder(folder)
        except ReflectError as error:
            self.window.report(error)
            return
        self.refresh_settings()
        if folder:
            self.window.statusBar().showMessage(
                self.tr("Backups will also be kept in {folder}.").format(folder=folder), 8000
            )

    def _restore_file(self, path: str) -> None:
        window = self.window
        if not window.journal_page.save_now():
            window.report(
                ReflectError(
                    self.tr(
                        "Your latest words could not be saved, so nothing was restored. "
                        "Copy them somewhere safe, then try again."
                    )
                )
            )
            return
        try:
            window.session.restore_file(path)
        except ReflectError as error:
            window.report(error)
            return
        window.journal_page.clear()
        window.journal_page.reload()
        window.settings_page.set_backups(window.session.backups())
        self.refresh_settings()
        window.statusBar().showMessage(self.tr("Backup restored."), 8000)

    def _new_recovery_key(self, passphrase: str) -> None:
        page = self.window.settings_page
        try:
            key = self.window.session.new_recovery_key(passphrase)
        except ReflectError as error:
            page.recovery_key_result(False, error.sentence)
            return
        page.recovery_key_result(True)
        self.window.show_recovery_key_once(key)
        self.window.statusBar().showMessage(
            self.tr(
                "Your new recovery key is set; the old one no longer opens this journal. "
                "Backups from before still open with the old key."
            ),
            15000,
        )
