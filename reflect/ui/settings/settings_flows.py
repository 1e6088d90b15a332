"""What Settings asks of the journal: backups and their second folder, restoring, the
passphrase and recovery key, and the never-share list. It performs those calls through the
settings port and turns failures into sentences; the page itself stays free of the journal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from reflect.domain.backup import Backup
from reflect.domain.errors import Failed, ReflectError
from reflect.ui.changes import JournalChanges
from reflect.ui.settings.family_flows import FamilyFlows
from reflect.ui.settings.port import SettingsPort
from reflect.ui.settings.settings_page import SettingsPage
from reflect.ui.widgets.busy import hold
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.page_stack import all_pages
from reflect.ui.widgets.restart import restart

# The copy after Back up now runs in the background; Settings looks this often until done.
COPY_POLL_MS = 200


class SettingsFlows(QObject):
    """Emits `error(ReflectError)`, `say(text, ms)` for the status bar, and
    `recovery_key_to_show(key)` for the window to show on its own page."""

    error = Signal(object)
    say = Signal(str, int)
    recovery_key_to_show = Signal(str)

    def __init__(
        self,
        page: SettingsPage,
        port: SettingsPort,
        changes: JournalChanges,
        save_first: Callable[[], bool],
        where: Callable[[], tuple[str | None, int]] = lambda: (None, 0),
    ) -> None:
        super().__init__(page)
        self.page, self.port, self._save_first, self._where = page, port, save_first, where
        page.set_data_folder(port.data_folder)
        page.backup_now_requested.connect(self._backup_now)
        page.restore_requested.connect(self._restore)
        page.change_passphrase_requested.connect(self._change_passphrase)
        page.show_recovery_key_requested.connect(self._show_recovery_key)
        page.new_recovery_key_requested.connect(self._new_recovery_key)
        page.open_folder_requested.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(port.data_folder))
        )
        page.exchange.error.connect(self.error)
        page.agency.error.connect(self.error)
        self.families = FamilyFlows(page.families, port, changes, save_first)
        self.families.error.connect(self.error)
        self.families.say.connect(self.say)
        page.never_write_changed.connect(self._never_write_changed)
        page.backups.copies_folder_chosen.connect(self._set_copies_folder)
        page.backups.restore_file_requested.connect(self._restore_file)
        changes.locked.connect(page.clear_secrets)
        changes.locked.connect(self._release_held)
        self._release: Callable[[], None] | None = None  # pages held while restoring
        changes.locked.connect(page.exchange.clear)
        changes.locked.connect(page.agency.clear)
        if page.language is not None:
            page.language.restart_requested.connect(self._restart)

    def refresh(self) -> None:
        """Show the open journal's backups, second folder, exchange folder and list."""
        if not self.port.is_open or self.port.restoring:
            return  # (a restore refreshes the page once it is over)
        try:
            self.page.set_backups(self.port.backups())
            self.page.backups.set_copies(self.port.backup_copies())
            self.page.exchange.show_exchange()
            self.page.agency.show_agency()
            self.page.never_write.set_words(self.port.never_write())
            self.page.families.set_families(self.port.families())
        except ReflectError as error:
            self.error.emit(error)

    def mention_copies(self) -> None:
        """A quiet word in the status bar when the second folder cannot be reached."""
        if not self.port.is_open:
            return
        try:
            if self.port.restoring or self.port.copying():  # still at work in the background
                QTimer.singleShot(COPY_POLL_MS, self.mention_copies)
                return
            copies = self.port.backup_copies()
        except ReflectError:
            return
        if copies.folder and (copies.problem or not copies.reachable):
            self.say.emit(self.page.backups.describe_copies(copies), 15000)

    # ----------------------------------------------------------------- backups
    def _backup_now(self) -> None:
        release = hold(self.page.backups, pointer=False)  # the visitor can go on writing meanwhile

        def taken(_: Backup) -> None:
            release()
            self.refresh()
            self.say.emit(self.tr("Backup taken."), 5000)
            self._watch_copy()

        def failed(error: ReflectError) -> None:
            release()
            self.error.emit(error)
            self.refresh()

        self.port.begin_backup_now(taken, failed)

    def _watch_copy(self) -> None:
        """Refresh the copies note once the background copy has finished."""
        if self.port.is_open and (self.port.restoring or self.port.copying()):
            QTimer.singleShot(COPY_POLL_MS, self._watch_copy)
            return
        self.refresh()

    def _set_copies_folder(self, folder: str) -> None:
        try:
            self.port.set_backup_copies_folder(folder)
        except ReflectError as error:
            self.error.emit(error)
            return
        self.refresh()
        if folder:
            self.say.emit(
                self.tr("Backups will also be kept in {folder}.").format(folder=folder), 8000
            )

    def _restart(self) -> None:
        """Restart in the language just chosen; the open reflection opens again in place."""
        if self.port.is_open and not self._save_first():
            return  # the window says why; nothing closes while words are unsaved

        def remember() -> None:
            uuid, scroll = self._where()
            if uuid is not None and self.port.is_open:
                self.port.remember_reopen(uuid, scroll)

        restart(self.page.window(), remember, self.port.take_reopen)  # type: ignore[arg-type]

    def _restore(self, name: str) -> None:
        self._restore_with(lambda done, failed: self.port.begin_restore(name, done, failed))

    def _restore_file(self, path: str) -> None:
        self._restore_with(lambda done, failed: self.port.begin_restore_file(path, done, failed))

    def _restore_with(self, begin: Callable[[Callable[[], None], Failed], None]) -> None:
        if not self._save_first():
            self.error.emit(
                ReflectError(
                    self.tr(
                        "Your latest words could not be saved, so nothing was restored. "
                        "Copy them somewhere safe, then try again."
                    )
                )
            )
            return
        # Nothing may be written into a journal about to be replaced: the pages are held
        # (the status bar says what is happening) until the restore is over, or until the
        # journal is locked meanwhile (Lock stays free: the journal closes once whole).
        self._release = hold(all_pages(self.page))

        def restored() -> None:
            self._release_held()
            self.refresh()
            self.say.emit(self.tr("Backup restored."), 8000)

        def failed(error: ReflectError) -> None:
            self._release_held()
            self.error.emit(error)

        begin(restored, failed)

    def _release_held(self) -> None:
        if self._release is not None:
            release, self._release = self._release, None
            release()

    # ----------------------------------------------------------------- keys
    def _change_passphrase(self, current: str, new: str) -> None:
        release = hold(self.page)

        def changed() -> None:
            release()
            words = self.tr("Passphrase changed. Use the new one next time.")
            self.page.passphrase_changed(True, words)
            self.refresh()

        def failed(error: ReflectError) -> None:
            release()
            self.page.passphrase_changed(False, said(error))

        self.port.begin_change_passphrase(current, new, changed, failed)

    def _show_recovery_key(self, passphrase: str) -> None:
        release = hold(self.page)
        self.port.begin_recovery_key(
            passphrase, self._key_ready(release), self._key_refused(release)
        )

    def _new_recovery_key(self, passphrase: str) -> None:
        # Re-encrypting replaces the journal's file, as a restore does: the pages wait.
        self._release = hold(all_pages(self.page))
        show = self._key_ready(self._release_held)

        def made(key: str) -> None:
            show(key)
            self.say.emit(
                self.tr(
                    "Your new recovery key is set; the old one no longer opens this journal. "
                    "Backups from before still open with the old key."
                ),
                15000,
            )

        self.port.begin_new_recovery_key(passphrase, made, self._key_refused(self._release_held))

    def _key_ready(self, release: Callable[[], None]) -> Callable[[str], None]:
        """Show a recovery key on its own page."""

        def ready(key: str) -> None:
            release()
            self.page.recovery_key_result(True)
            self.recovery_key_to_show.emit(key)

        return ready

    def _key_refused(self, release: Callable[[], None]) -> Failed:
        """Say why no recovery key can be shown."""

        def refused(error: ReflectError) -> None:
            release()
            self.page.recovery_key_result(False, said(error))

        return refused

    # ----------------------------------------------------------------- never share
    def _never_write_changed(self, text: str) -> None:
        try:
            self.port.set_never_write(text.splitlines())
        except ReflectError as error:
            self.page.never_write.saved(False, said(error))
            return
        self.page.never_write.saved(True, self.tr("Saved in your journal."))
