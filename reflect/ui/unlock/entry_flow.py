"""The way in: welcome, create, the recovery key, unlock, recover, and a journal brought
back from a backup. It owns those pages and the unlock port, and tells the window when the
journal is open."""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject, Qt, Signal

from reflect.domain.errors import DamagedJournal, JournalMissing, ReflectError, WrongPassphrase
from reflect.ui.unlock.create_page import CreatePage
from reflect.ui.unlock.folder_question import FolderQuestion
from reflect.ui.unlock.port import RestoreSecrets, UnlockPort
from reflect.ui.unlock.recover_page import RecoverPage
from reflect.ui.unlock.recovery_key_page import RecoveryKeyPage
from reflect.ui.unlock.restore_file_page import RestoreFilePage
from reflect.ui.unlock.unlock_page import UnlockPage
from reflect.ui.unlock.welcome_page import WelcomePage
from reflect.ui.widgets import messages
from reflect.ui.widgets.announce import announce
from reflect.ui.widgets.busy import hold
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.local_dates import long_moment_text
from reflect.ui.widgets.page_stack import PageStack


class EntryFlow(QObject):
    """Emits `opening()` while a way in runs beside the window, `entered(back_where_i_was)`
    once the journal is open, `returned()` when the recovery key shown from Settings is put
    away, `say(text, ms)` for the status bar, and `folder_changed(folder)` when the journal
    is to be kept in another folder from now on."""

    opening = Signal()
    entered = Signal(bool)
    returned = Signal()
    say = Signal(str, int)
    folder_changed = Signal(str)

    def __init__(self, port: UnlockPort, stack: PageStack) -> None:
        super().__init__(stack)
        self.port, self.stack = port, stack
        self.welcome = WelcomePage()
        self.create_page = CreatePage()
        self.recovery_key_page = RecoveryKeyPage()
        self.unlock_page = UnlockPage()
        self.recover_page = RecoverPage()
        self.restore_file_page = RestoreFilePage()
        for page in (
            self.welcome,
            self.create_page,
            self.recovery_key_page,
            self.unlock_page,
            self.recover_page,
            self.restore_file_page,
        ):
            stack.add_page(page)  # scrolls when large text needs more than the screen
        self.folder_question = FolderQuestion(port, stack)
        self.folder_question.folder_changed.connect(self.folder_changed)
        self._reminder = False
        self.welcome.create_requested.connect(self._start_create)
        self.welcome.restore_file_requested.connect(self._start_restore_file)
        self.create_page.back_requested.connect(lambda: stack.setCurrentWidget(self.welcome))
        self.create_page.create_requested.connect(self._create)
        self.recovery_key_page.done.connect(self._recovery_key_stored)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.recovery_requested.connect(self._start_recover)
        self.unlock_page.restore_requested.connect(self._restore_while_locked)
        self.recover_page.back_requested.connect(lambda: self.show_unlock(locked=False))
        self.recover_page.recover_requested.connect(self._recover)
        self.restore_file_page.back_requested.connect(lambda: stack.setCurrentWidget(self.welcome))
        self.restore_file_page.restore_requested.connect(self._restore_new)

    def show_first(self) -> None:
        """The unlock screen when there is a journal here (asking first, once, about a
        folder a cloud service copies); else the welcome."""
        if self.port.exists():
            unlock = functools.partial(self.show_unlock, locked=False)
            self.folder_question.ask(journal_here=True, then=unlock, back=unlock)
            return
        self.stack.setCurrentWidget(self.welcome)
        if self.port.journal_missing():
            self.welcome.show_missing_journal(self.port.data_folder)

    def show_unlock(self, *, locked: bool) -> None:
        """The passphrase screen (nothing of the journal visible)."""
        self.unlock_page.reset(locked=locked)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        if locked:  # said aloud: "Reflect is locked"
            announce(self.unlock_page.title, self.unlock_page.title.text())

    def show_recovery_key_once(self, key: str) -> None:
        """Show a recovery key on its own page; Continue returns to the workspace."""
        self._reminder = True
        self.recovery_key_page.show_key(key)
        self.stack.setCurrentWidget(self.recovery_key_page)

    # ----------------------------------------------------------------- create
    def _start_create(self) -> None:
        self.folder_question.ask(journal_here=False, then=self._create_here, back=self._welcome)

    def _create_here(self) -> None:
        if self.port.exists():  # the folder chosen instead holds a journal already
            self.show_first()
            return
        self.stack.setCurrentWidget(self.create_page)
        self.create_page.start()

    def _welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)

    def _create(self, passphrase: str) -> None:
        release = hold(self.create_page)

        def opened(key: str) -> None:
            release()
            self._reminder = False
            self.recovery_key_page.show_key(key)
            self.stack.setCurrentWidget(self.recovery_key_page)

        def failed(error: ReflectError) -> None:
            release()
            self.create_page.failed(said(error))

        self.port.begin_create(passphrase, opened, failed)
        self.opening.emit()

    def _recovery_key_stored(self) -> None:
        if self._reminder:
            self._reminder = False
            self.returned.emit()
        else:
            self.entered.emit(False)

    # ----------------------------------------------------------------- unlock
    def _unlock(self, passphrase: str) -> None:
        release = hold(self.unlock_page)

        def opened() -> None:
            release()
            self.unlock_page.succeeded()
            self.entered.emit(True)

        def failed(error: ReflectError) -> None:
            release()
            self.unlock_page.failed(
                said(error),
                wrong_passphrase=isinstance(error, WrongPassphrase),
                offer_restore=isinstance(error, (JournalMissing, DamagedJournal)),
            )

        self.port.begin_unlock(passphrase, opened, failed)
        self.opening.emit()

    def _start_recover(self) -> None:
        self.stack.setCurrentWidget(self.recover_page)
        self.recover_page.start()

    def _recover(self, key: str, passphrase: str) -> None:
        release = hold(self.recover_page)

        def opened(kept_aside: str | None) -> None:
            release()
            self.say.emit(self.recover_page.opened(kept_aside), 15000)
            self.entered.emit(True)

        def failed(error: ReflectError) -> None:
            release()
            self.recover_page.failed(said(error))

        self.port.begin_recover(key, passphrase, opened, failed)
        self.opening.emit()

    # ----------------------------------------------------------------- restore
    def _restore_while_locked(self) -> None:
        passphrase = self.unlock_page.passphrase.text()
        if not passphrase:
            self.unlock_page.message.setText(
                self.tr("Type your passphrase first, then choose Restore from a backup.")
            )
            return
        backups = self.port.backups_while_locked()
        window = self.stack.window()
        if not backups:
            messages.inform(
                window,
                self.tr("No backups"),
                self.tr("There are no backups of this journal in its folder yet."),
            )
            return
        labels = [long_moment_text(b.taken_at) for b in backups]
        chosen = messages.choose(
            window,
            self.tr("Restore from a backup"),
            self.tr(
                "Which backup should replace the journal? The damaged file, if any, is "
                "kept beside it under another name."
            ),
            labels,
            self.tr("Restore"),
        )
        if chosen is None:
            return
        self.unlock_page.message.setText(self.tr("Restoring…"))
        release = hold(self.unlock_page)

        def opened() -> None:
            release()
            self.unlock_page.succeeded()
            self.entered.emit(False)

        def failed(error: ReflectError) -> None:
            release()
            self.unlock_page.failed(said(error), wrong_passphrase=False, offer_restore=True)

        self.port.begin_restore_while_locked(backups[chosen].name, passphrase, opened, failed)
        self.opening.emit()

    def _start_restore_file(self) -> None:
        """Ask for a backup file, then for the passphrase or recovery key that opens it
        (first, once, about a folder a cloud service copies)."""
        self.folder_question.ask(
            journal_here=False, then=self._restore_file_here, back=self._welcome
        )

    def _restore_file_here(self) -> None:
        if self.port.exists():
            self.show_first()
            return
        self.stack.setCurrentWidget(self.welcome)
        if self.restore_file_page.choose():
            self.stack.setCurrentWidget(self.restore_file_page)

    def _restore_new(self, path: str, passphrase: str, key: str, new_passphrase: str) -> None:
        release = hold(self.restore_file_page)

        def opened() -> None:
            release()
            self.restore_file_page.clear_secrets()
            self.entered.emit(False)
            self.say.emit(self.tr("Your journal is back, as it was in that backup."), 8000)

        def failed(error: ReflectError) -> None:
            release()
            self.restore_file_page.failed(said(error))

        secrets = RestoreSecrets(passphrase or None, key or None, new_passphrase or None)
        self.port.begin_restore_new(path, secrets, opened, failed)
        self.opening.emit()
