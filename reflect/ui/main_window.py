"""The one main window: the unlock screens, then the workspace with its navigation rail.

It owns the journal session, performs every journal call that widgets ask for, and turns
failures into sentences (through `messages`, the only module that opens dialogs).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.errors import (
    DamagedJournal,
    JournalMissing,
    ReflectError,
    WrongPassphrase,
)
from reflect.domain.library import Library
from reflect.ui.journal_session import JournalSession
from reflect.ui.main_menu import build_menus
from reflect.ui.settings.backup_flows import BackupFlows
from reflect.ui.unlock.create_page import CreatePage
from reflect.ui.unlock.idle_lock import IdleLock
from reflect.ui.unlock.recover_page import RecoverPage
from reflect.ui.unlock.recovery_key_page import RecoveryKeyPage
from reflect.ui.unlock.unlock_page import UnlockPage
from reflect.ui.unlock.welcome_page import WelcomePage
from reflect.ui.widgets import clipboard, messages

DEFAULT_LOCK_MINUTES = 5


def _embolden(button: QToolButton, on: bool) -> None:
    """The page you are on is named in bold in the rail (a state, not decoration)."""
    font = button.font()
    font.setBold(on)
    button.setFont(font)


class MainWindow(QMainWindow):
    """Reflect's window. `library` is loaded on first need (after the first paint)."""

    def __init__(
        self,
        session: JournalSession,
        library: Callable[[], Library],
        settings: QSettings,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._library_loader = library
        self._library: Library | None = None
        self.settings = settings
        self.setWindowTitle(self.tr("Reflect"))
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.welcome = WelcomePage()
        self.create_page = CreatePage()
        self.recovery_key_page = RecoveryKeyPage()
        self.unlock_page = UnlockPage()
        self.recover_page = RecoverPage()
        for page in (
            self.welcome,
            self.create_page,
            self.recovery_key_page,
            self.unlock_page,
            self.recover_page,
        ):
            self.stack.addWidget(page)
        self.backup_flows = BackupFlows(self)
        self.backup_flows.opened.connect(lambda: self._enter(None, 0, None))
        self.workspace: QWidget | None = None
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.status_label)
        minutes = int(settings.value("lock/minutes", DEFAULT_LOCK_MINUTES))
        self.idle = IdleLock(minutes, self)
        self.idle.lock_now.connect(self.lock)
        self._where: tuple[str | None, int] = (None, 0)
        self._unsaved: Any = None
        self._recovery_reminder = False
        self._connect_entry_pages()
        self._build_actions()
        if session.exists():
            self.show_unlock(locked=False)
        else:
            self.stack.setCurrentWidget(self.welcome)
            if session.journal_missing():
                self.welcome.show_missing_journal(str(session.paths.folder))

    # ----------------------------------------------------------------- library
    @property
    def library(self) -> Library:
        """The cards and templates (loaded once)."""
        if self._library is None:
            self._library = self._library_loader()
        return self._library

    # ----------------------------------------------------------------- entry
    def _connect_entry_pages(self) -> None:
        self.welcome.create_requested.connect(self._start_create)
        self.create_page.back_requested.connect(lambda: self.stack.setCurrentWidget(self.welcome))
        self.create_page.create_requested.connect(self._create)
        self.recovery_key_page.done.connect(self._recovery_key_stored)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.recovery_requested.connect(self._start_recover)
        self.unlock_page.restore_requested.connect(self._restore_while_locked)
        self.recover_page.back_requested.connect(lambda: self.show_unlock(locked=False))
        self.recover_page.recover_requested.connect(self._recover)

    def _start_create(self) -> None:
        self.stack.setCurrentWidget(self.create_page)
        self.create_page.start()

    def _create(self, passphrase: str) -> None:
        try:
            key = self.session.create(passphrase)
        except ReflectError as error:
            self.create_page.failed(error.sentence)
            return
        self._recovery_reminder = False
        self.recovery_key_page.show_key(key)
        self.stack.setCurrentWidget(self.recovery_key_page)

    def _recovery_key_stored(self) -> None:
        if self._recovery_reminder:
            self._recovery_reminder = False
            self._show_workspace()
            return
        self._enter(None, 0, None)

    def show_unlock(self, *, locked: bool) -> None:
        """The passphrase screen (nothing of the journal visible)."""
        self.unlock_page.reset(locked=locked)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlock(self, passphrase: str) -> None:
        try:
            self.session.unlock(passphrase)
        except ReflectError as error:
            self.unlock_page.failed(
                error.sentence,
                wrong_passphrase=isinstance(error, WrongPassphrase),
                offer_restore=isinstance(error, (JournalMissing, DamagedJournal)),
            )
            return
        self.unlock_page.succeeded()
        self._enter(*self._where, self._unsaved)

    def _start_recover(self) -> None:
        self.stack.setCurrentWidget(self.recover_page)
        self.recover_page.start()

    def _recover(self, key: str, passphrase: str) -> None:
        try:
            kept_aside = self.session.recover(key, passphrase)
        except ReflectError as error:
            self.recover_page.failed(error.sentence)
            return
        self.statusBar().showMessage(self.recover_page.opened(kept_aside), 15000)
        self._enter(*self._where, self._unsaved)

    def _restore_while_locked(self) -> None:
        passphrase = self.unlock_page.passphrase.text()
        if not passphrase:
            self.unlock_page.message.setText(
                self.tr("Type your passphrase first, then choose Restore from a backup.")
            )
            return
        backups = self.session.backups_while_locked()
        if not backups:
            messages.inform(
                self,
                self.tr("No backups"),
                self.tr("There are no backups of this journal in its folder yet."),
            )
            return
        labels = [f"{b.taken_at.astimezone():%A %d %B %Y, %H:%M}" for b in backups]
        chosen = messages.choose(
            self,
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
        try:
            self.session.restore_while_locked(backups[chosen].name, passphrase)
        except ReflectError as error:
            self.unlock_page.failed(error.sentence, wrong_passphrase=False, offer_restore=True)
            return
        self.unlock_page.succeeded()
        self._enter(None, 0, None)

    # ----------------------------------------------------------------- workspace
    def _build_workspace(self) -> QWidget:
        # Imported here, after unlock: none of it is needed to paint the first screen.
        from reflect.ui.cards.cards_page import CardsPage
        from reflect.ui.hours.hours_page import HoursPage
        from reflect.ui.hours.port import JournalHours
        from reflect.ui.journal.journal_page import JournalPage
        from reflect.ui.settings.settings_page import SettingsPage
        from reflect.ui.supervision.supervision_page import SupervisionPage

        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        rail = QVBoxLayout()
        rail.setContentsMargins(6, 10, 6, 10)
        rail.setSpacing(4)
        self.pages = QStackedWidget()
        self.journal_page = JournalPage(self.library, self.session)
        self.journal_page.status.connect(self.status_label.setText)
        self.journal_page.error.connect(self.report)
        self.cards_page = CardsPage(self.library)
        self.cards_page.reflections_wanted.connect(self._reflections_for_card)
        self.cards_page.open_reflection_requested.connect(self._open_from_cards)
        self.supervision_page = SupervisionPage(self.library, self.session)
        self.supervision_page.error.connect(self.report)
        self.supervision_page.edit_requested.connect(self._edit_before_sharing)
        self.supervision_page.journal_changed.connect(self.journal_page.reopen)
        self.hours_page = HoursPage(self.library, JournalHours(self.session))
        self.settings_page = SettingsPage()
        self._connect_settings()
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        for index, (label, page) in enumerate(
            (
                (self.tr("Journal"), self.journal_page),
                (self.tr("Cards"), self.cards_page),
                (self.tr("Supervision"), self.supervision_page),
                (self.tr("Hours"), self.hours_page),
                (self.tr("Settings"), self.settings_page),
            )
        ):
            self.pages.addWidget(page)
            button = QToolButton()
            button.setText(label)
            button.setAccessibleName(label)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.toggled.connect(lambda on, b=button: _embolden(b, on))
            self.nav.addButton(button, index)
            rail.addWidget(button)
        self.nav.idClicked.connect(self._go)
        rail.addStretch(1)
        lock = QToolButton()
        lock.setText(self.tr("Lock"))
        lock.setAccessibleName(self.tr("Lock Reflect"))
        lock.setToolTip(self.tr("Lock Reflect (Ctrl+L)"))
        lock.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        lock.clicked.connect(self.lock)
        rail.addWidget(lock)
        row.addLayout(rail)
        row.addWidget(self.pages, 1)
        return workspace

    def _go(self, index: int) -> None:
        if self.pages.currentWidget() is self.journal_page and self.session.is_open:
            self.journal_page.save_now()  # other pages read what was just written
        self.pages.setCurrentIndex(index)
        button = self.nav.button(index)
        if button is not None:
            button.setChecked(True)
        if self.pages.currentWidget() is self.settings_page:
            self._refresh_settings()
        if self.pages.currentWidget() is self.supervision_page:
            self.supervision_page.show_first_time()
            self.supervision_page.refresh()

    def _show_workspace(self) -> None:
        if self.workspace is None:
            self.workspace = self._build_workspace()
            self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)

    def _enter(self, uuid: str | None, scroll: int, unsaved: Any) -> None:
        self._show_workspace()
        self._go(self.pages.indexOf(self.journal_page))
        self.journal_page.restore(uuid, scroll, unsaved)
        if uuid is None and unsaved is None:
            self.journal_page.reload()
        self._where, self._unsaved = (None, 0), None
        self._set_actions_enabled(True)
        self.idle.start()
        # After the journal is on screen: a packet waiting in the exchange folder is worth
        # a word in the status bar, since nothing else would say comments have come back.
        QTimer.singleShot(300, self._mention_waiting_packets)
        QTimer.singleShot(600, self.backup_flows.mention_copies)

    def _mention_waiting_packets(self) -> None:
        if self.session.is_open:
            self.supervision_page.count_waiting(self._say_waiting)

    def _say_waiting(self, waiting: int) -> None:
        if waiting and self.session.is_open:
            self.status_label.setText(
                self.tr("1 packet is waiting for you under Supervision, Inbox.")
                if waiting == 1
                else self.tr("{n} packets are waiting for you under Supervision, Inbox.").format(
                    n=waiting
                )
            )

    # ----------------------------------------------------------------- locking
    def lock(self) -> None:
        """Save, then close the journal and show the lock screen (nothing of it visible)."""
        if not self.session.is_open:
            return
        saved = self.journal_page.save_now()
        self.settings_page.save_pending()
        # Anything that could not be saved stays in memory, never on disk, until unlock.
        self._unsaved = None if saved else self.journal_page.editor.snapshot()
        self._where = self.journal_page.where()
        self.journal_page.clear()
        self.cards_page.set_reflections("", [])
        self.hours_page.clear()
        self.settings_page.clear_secrets()
        self.settings_page.exchange.clear()
        self.supervision_page.clear()
        self.session.lock()
        clipboard.clear_if_ours()  # an exchange key copied before locking does not linger
        self.idle.stop()
        self._set_actions_enabled(False)
        self.status_label.clear()
        # A question still open (a check before sharing, a file dialog) may show journal
        # text, and must not act on a closed journal: locking answers it with "cancel".
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.show_unlock(locked=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting saves first; if that fails, ask before losing anything."""
        if self.session.is_open:
            self.settings_page.save_pending()
        if (
            self.session.is_open
            and not self.journal_page.save_now()
            and not messages.confirm(
                self,
                self.tr("Not saved"),
                self.tr("Your latest words could not be saved. Quit anyway and lose them?"),
                self.tr("Quit without saving"),
            )
        ):
            event.ignore()
            return
        self.session.lock()
        clipboard.clear_if_ours()  # Windows keeps clipboard text after a program quits
        event.accept()

    # ----------------------------------------------------------------- actions
    def _build_actions(self) -> None:
        self.actions_when_open = build_menus(self)
        self._set_actions_enabled(False)

    def go_to(self, page: QWidget) -> None:
        """Show one workspace page, as its rail button does."""
        self._go(self.pages.indexOf(page))

    def in_journal(self, then: Callable[[], None]) -> None:
        """Show the Journal page, then do `then` there."""
        self._go(self.pages.indexOf(self.journal_page))
        then()

    def _set_actions_enabled(self, enabled: bool) -> None:
        for act in self.actions_when_open:
            act.setEnabled(enabled)

    def report(self, error: ReflectError) -> None:
        """Show a failure as its sentence."""
        messages.show_error(self, error)

    # ----------------------------------------------------------------- cards
    def _reflections_for_card(self, card_id: str) -> None:
        if not self.session.is_open or not card_id:
            return
        prompts = tuple(p.id for p in self.library.prompts_for_card(card_id))
        try:
            self.cards_page.set_reflections(card_id, self.session.reflections_for_card(prompts))
        except ReflectError as error:
            self.report(error)

    def _edit_before_sharing(self, uuid: str, prompt_id: str) -> None:
        self._go(self.pages.indexOf(self.journal_page))
        self.journal_page.open_reflection(uuid, prompt_id)

    def _open_from_cards(self, uuid: str) -> None:
        self._go(self.pages.indexOf(self.journal_page))
        self.journal_page.open_reflection(uuid)

    # ----------------------------------------------------------------- settings
    def _connect_settings(self) -> None:
        page = self.settings_page
        page.set_auto_lock_minutes(int(self.settings.value("lock/minutes", DEFAULT_LOCK_MINUTES)))
        page.set_data_folder(self.session.paths.folder)
        page.auto_lock_changed.connect(self._auto_lock_changed)
        page.backup_now_requested.connect(self._backup_now)
        page.restore_requested.connect(self._restore)
        page.change_passphrase_requested.connect(self._change_passphrase)
        page.show_recovery_key_requested.connect(self._show_recovery_key)
        page.open_folder_requested.connect(self._open_folder)
        page.exchange.error.connect(self.report)
        page.never_write_changed.connect(self._never_write_changed)
        self.backup_flows.connect_settings(page)

    def _refresh_settings(self) -> None:
        try:
            self.settings_page.set_backups(self.session.backups())
            self.backup_flows.refresh_settings()
            self.settings_page.exchange.show_exchange(self.session)
            self.settings_page.never_write.set_words(self.session.never_write())
        except ReflectError as error:
            self.report(error)

    def _never_write_changed(self, text: str) -> None:
        try:
            words = self.session.set_never_write(text.splitlines())
        except ReflectError as error:
            self.settings_page.never_write.saved(False, error.sentence)
            return
        self.settings_page.never_write.saved(True, self.tr("Saved in your journal."))
        self.journal_page.set_never_write(words)

    def _auto_lock_changed(self, minutes: int) -> None:
        self.settings.setValue("lock/minutes", minutes)
        self.idle.set_minutes(minutes)

    def _backup_now(self) -> None:
        try:
            self.session.backup_now()
        except ReflectError as error:
            self.report(error)
        self._refresh_settings()
        self.statusBar().showMessage(self.tr("Backup taken."), 5000)

    def _restore(self, name: str) -> None:
        if not self.journal_page.save_now():
            self.report(
                ReflectError(
                    self.tr(
                        "Your latest words could not be saved, so nothing was restored. "
                        "Copy them somewhere safe, then try again."
                    )
                )
            )
            return
        try:
            self.session.restore(name)
        except ReflectError as error:
            self.report(error)
            return
        self.journal_page.clear()
        self.journal_page.reload()
        self._refresh_settings()
        self.statusBar().showMessage(self.tr("Backup restored."), 8000)

    def _change_passphrase(self, current: str, new: str) -> None:
        try:
            self.session.change_passphrase(current, new)
        except ReflectError as error:
            self.settings_page.passphrase_changed(False, error.sentence)
            return
        self.settings_page.passphrase_changed(
            True, self.tr("Passphrase changed. Use the new one next time.")
        )
        self._refresh_settings()

    def _show_recovery_key(self, passphrase: str) -> None:
        try:
            key = self.session.recovery_key(passphrase)
        except ReflectError as error:
            self.settings_page.recovery_key_result(False, error.sentence)
            return
        self.settings_page.recovery_key_result(True)
        self.show_recovery_key_once(key)

    def show_recovery_key_once(self, key: str) -> None:
        """Show a recovery key on its own page; Continue returns to the workspace."""
        self._recovery_reminder = True
        self.recovery_key_page.show_key(key)
        self.stack.setCurrentWidget(self.recovery_key_page)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.session.paths.folder))))
