"""The one main window: the way in, then the workspace with its navigation rail and menus.

It builds the pages and hands each its feature's port and the session's change signals;
the pages do their own journal calls and listen for what changed. What stays here is
moving between pages, locking and quitting.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from reflect.domain.errors import ReflectError
from reflect.domain.library import Library
from reflect.domain.reflection import Reflection
from reflect.ui.design.theme import Theme
from reflect.ui.main_menu import build_menus
from reflect.ui.page_counts import PageCounts
from reflect.ui.session_port import SessionPort
from reflect.ui.settings.appearance_settings import THEME_KEY
from reflect.ui.unlock.entry_flow import EntryFlow
from reflect.ui.unlock.idle_lock import IdleLock
from reflect.ui.widgets import clipboard, messages
from reflect.ui.widgets.navigation_rail import NavigationRail
from reflect.ui.widgets.page_stack import PageStack
from reflect.ui.widgets.progress_note import ProgressNote
from reflect.ui.widgets.readable_palette import keep_placeholders_readable
from reflect.ui.widgets.staged_build import StagedBuild
from reflect.ui.widgets.status_voice import StatusVoice
from reflect.ui.widgets.window_place import place, remember, restore_dividers

DEFAULT_LOCK_MINUTES = 5


class MainWindow(QMainWindow):
    """Reflect's window. `library` is loaded on first need (after the first paint)."""

    def __init__(
        self,
        session: SessionPort,
        library: Callable[[], Library],
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._library_loader = library
        self.settings = settings
        self.setWindowTitle(self.tr("Reflect"))
        keep_placeholders_readable(QApplication.instance())  # type: ignore[arg-type]
        self.theme = Theme(self)
        self.theme.use(str(settings.value(THEME_KEY, "system")))
        place(self, settings)
        self.stack = PageStack()
        self.setCentralWidget(self.stack)
        self.entry = EntryFlow(session, self.stack)
        self.entry.opening.connect(self._begin_workspace)
        self.entry.entered.connect(self._enter)
        self.entry.returned.connect(self._show_workspace)
        self.entry.say.connect(self.statusBar().showMessage)
        self.workspace = QWidget()  # filled in by `_build_workspace`
        self.stack.add_page(self.workspace, scrolls=False)  # its pages scroll on their own
        self._building: StagedBuild | None = None
        self.voice = StatusVoice(self.statusBar())
        self.status_label = self.voice.label
        self.progress_note = ProgressNote(session.changes)
        self.statusBar().addPermanentWidget(self.progress_note)
        minutes = int(str(settings.value("lock/minutes", DEFAULT_LOCK_MINUTES)))
        self.idle = IdleLock(minutes, self)
        self.idle.lock_now.connect(self.lock)
        self._where: tuple[str | None, int] = (None, 0)
        self._unsaved: Reflection | None = None
        self.actions_when_open = build_menus(self)
        self.actions_when_open.setEnabled(False)
        self.entry.show_first()

    @functools.cached_property
    def library(self) -> Library:
        """The cards and templates (loaded once, on first need)."""
        return self._library_loader()

    # ----------------------------------------------------------------- workspace
    def _build_workspace(self) -> Iterator[None]:
        """The workspace, a page per step (see `StagedBuild`)."""
        # Imported here (the app warms it up beside the first screen): none of it is needed
        # to paint the first screen.
        from reflect.ui import workspace_pages as pages

        session, changes, library = self.session, self.session.changes, self.library
        journal = self.journal_page = pages.JournalPage(library, session, changes)
        self.voice.follow(journal.status, journal.saver)
        yield
        self.cards_page = pages.CardsPage(library)
        self.cards_page.open_reflection_requested.connect(self._open_in_journal)
        yield
        self.supervision_page = pages.SupervisionPage(library, session, changes)
        self.supervision_page.edit_requested.connect(self._open_in_journal)
        self.waiting_note = pages.WaitingNote(self.supervision_page, self.status_label, changes)
        yield
        self.hours_page = pages.HoursPage(library, session, changes)
        self.hours_page.edit_requested.connect(self._open_in_journal)
        self.self_care_page = pages.SelfCarePage(session, changes)
        self.self_care_page.check_in_requested.connect(
            lambda: self.in_journal(self.journal_page.new_quick_check_in)
        )
        yield
        self.settings_page = pages.SettingsPage(session, self.settings, self.theme)
        self.settings_page.set_auto_lock_minutes(int(self.idle.minutes))
        self.settings_page.auto_lock_changed.connect(self._auto_lock_changed)
        self.settings_flows = pages.SettingsFlows(
            self.settings_page, session, changes, journal.save_now, journal.where
        )
        self.settings_flows.say.connect(self.statusBar().showMessage)
        self.settings_flows.recovery_key_to_show.connect(self.entry.show_recovery_key_once)
        yield
        card_reflections = pages.CardReflections(self.cards_page, session, library, changes)
        for source in (self.journal_page, self.supervision_page, self.settings_flows):
            source.error.connect(self.report)
        card_reflections.error.connect(self.report)
        self.portable = pages.PortableScreens(self)  # export, print and import
        self.pages = PageStack()
        named = (
            (self.tr("Journal"), "notebook", self.journal_page),
            (self.tr("Cards"), "cards", self.cards_page),
            (self.tr("Supervision"), "users-three", self.supervision_page),
            (self.tr("Hours"), "clock", self.hours_page),
            (self.tr("How I've been"), "heart", self.self_care_page),
            (self.tr("Settings"), "gear-six", self.settings_page),
        )
        for *_, page in named:  # the journal fits itself to a narrow window
            self.pages.add_page(page, scrolls=page is not self.journal_page)
        self.rail = NavigationRail([(label, icon) for label, icon, _ in named])
        self.nav = self.rail.group
        self.rail.chosen.connect(self._go)
        self.rail.lock_requested.connect(self.lock)
        self.rail.stand_beside(self.pages, in_=self.workspace)
        self.counts = PageCounts(
            self.rail, session, changes, self.waiting_note, journal=0, supervision=2
        )
        restore_dividers(self, self.settings)

    def _go(self, index: int) -> None:
        if self.pages.currentWidget() is self.journal_page and self.session.is_open:
            self.journal_page.save_now()  # other pages read what was just written
        self.pages.setCurrentIndex(index)
        self.rail.set_current(index)
        if self.pages.currentWidget() is self.settings_page:
            self.settings_flows.refresh()
        if self.pages.currentWidget() is self.supervision_page:
            self.supervision_page.show_first_time()
            self.supervision_page.refresh()

    def go_to(self, page: QWidget) -> None:
        """Show one workspace page, as its rail button does."""
        self._go(self.pages.indexOf(page))

    def save_now(self) -> None:
        """Ctrl+S: write what is unsaved, then say that all is saved (or again why not)."""
        self.journal_page.saver.say_trouble_again()
        if self.journal_page.save_now():
            self.voice.say(self.tr("Everything is saved."))

    def in_journal(self, then: Callable[[], None]) -> None:
        """Show the Journal page, then do `then` there."""
        self.go_to(self.journal_page)
        then()

    def _open_in_journal(self, uuid: str, prompt_id: str = "") -> None:
        self.go_to(self.journal_page)
        self.journal_page.open_reflection(uuid, prompt_id)

    def _begin_workspace(self) -> None:
        if self._building is None:  # built while the key is derived, a page per turn
            self._building = StagedBuild(self._build_workspace(), self)
            self._building.start()

    def _show_workspace(self) -> None:
        self._begin_workspace()
        if self._building is not None:
            self._building.finish()
        self.stack.setCurrentWidget(self.workspace)

    def _enter(self, back_where_i_was: bool) -> None:
        uuid, scroll = self._where if back_where_i_was else (None, 0)
        unsaved = self._unsaved if back_where_i_was else None
        self._show_workspace()
        self.go_to(self.journal_page)
        self.journal_page.restore(uuid, scroll, unsaved)
        if uuid is None and unsaved is None:
            self.journal_page.reload()
        self._where, self._unsaved = (None, 0), None
        self.actions_when_open.setEnabled(True)
        self.idle.start()
        # After the journal is on screen: a packet waiting in the exchange folder is worth
        # a word in the status bar, since nothing else would say comments have come back.
        QTimer.singleShot(300, self.waiting_note.count)
        QTimer.singleShot(600, self.settings_flows.mention_copies)

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
        self.session.lock()  # every page hears `locked` and forgets what it showed
        clipboard.clear_if_ours()  # an exchange key copied before locking does not linger
        self.idle.stop()
        self.actions_when_open.setEnabled(False)
        self.voice.clear()  # a word about the journal does not outlive it
        messages.cancel_open_questions()
        self.entry.show_unlock(locked=True)

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
        remember(self, self.settings)
        clipboard.clear_if_ours()  # Windows keeps clipboard text after a program quits
        event.accept()

    # ----------------------------------------------------------------- small things
    def _auto_lock_changed(self, minutes: int) -> None:
        self.settings.setValue("lock/minutes", minutes)
        self.idle.set_minutes(minutes)

    def report(self, error: ReflectError) -> None:
        """Show a failure as its sentence."""
        messages.show_error(self, error)
