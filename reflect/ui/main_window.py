"""The one main window: the way in, then the workspace with its navigation rail and menus.

It builds the pages and hands each its feature's port and the session's change signals;
the pages do their own journal calls and listen for what changed. What stays here is
moving between pages, locking and quitting.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QButtonGroup, QMainWindow, QWidget

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
from reflect.ui.widgets.busy import hold
from reflect.ui.widgets.navigation_rail import NavigationRail
from reflect.ui.widgets.page_stack import PageStack
from reflect.ui.widgets.progress_note import ProgressNote
from reflect.ui.widgets.readable_palette import keep_placeholders_readable
from reflect.ui.widgets.staged_build import StagedBuild
from reflect.ui.widgets.status_voice import StatusVoice
from reflect.ui.widgets.window_place import place, remember
from reflect.ui.workspace_build import build_workspace

if TYPE_CHECKING:
    from reflect.ui.workspace_pages import (
        CardsPage,
        HoursPage,
        JournalPage,
        PortableScreens,
        SelfCarePage,
        SettingsFlows,
        SettingsPage,
        SupervisionPage,
        WaitingNote,
    )

DEFAULT_LOCK_MINUTES = 5


class MainWindow(QMainWindow):
    """Reflect's window. `library` is loaded on first need (after the first paint)."""

    # The workspace, made by `build_workspace` while the key is derived.
    pages: PageStack
    rail: NavigationRail
    nav: QButtonGroup
    journal_page: JournalPage
    cards_page: CardsPage
    supervision_page: SupervisionPage
    waiting_note: WaitingNote
    hours_page: HoursPage
    self_care_page: SelfCarePage
    settings_page: SettingsPage
    settings_flows: SettingsFlows
    portable: PortableScreens
    counts: PageCounts

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
        self.workspace = QWidget()  # filled in by `build_workspace`
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
    def go_to_index(self, index: int) -> None:
        """Show the workspace page at `index` (the rail's order)."""
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
        self.go_to_index(self.pages.indexOf(page))

    def save_now(self) -> None:
        """Ctrl+S: write what is unsaved, then say that all is saved (or again why not)."""
        self.journal_page.saver.say_trouble_again()
        if self.journal_page.save_now():
            self.voice.say(self.tr("Everything is saved."))

    def in_journal(self, then: Callable[[], None]) -> None:
        """Show the Journal page, then do `then` there."""
        self.go_to(self.journal_page)
        then()

    def open_in_journal(self, uuid: str, prompt_id: str = "") -> None:
        """Show the Journal page with one reflection open (at one question, if named)."""
        self.go_to(self.journal_page)
        self.journal_page.open_reflection(uuid, prompt_id)

    def _begin_workspace(self) -> None:
        if self._building is None:  # built while the key is derived, a page per turn
            self._building = StagedBuild(build_workspace(self), self)
            self._building.start()

    def _show_workspace(self) -> None:
        self._begin_workspace()
        if self._building is not None:
            self._building.finish()
        self.stack.setCurrentWidget(self.workspace)

    def _enter(self, back_where_i_was: bool) -> None:
        # The key is often ready before the last pages: they are built on, a turn at a
        # time so the window keeps painting, and the journal shows once they are done.
        self._begin_workspace()
        assert self._building is not None
        self._building.then(
            functools.partial(
                self._enter_now,
                back_where_i_was,
                hold(self.stack.currentWidget(), pointer=False),  # no second way in meanwhile
            )
        )

    def _enter_now(self, back_where_i_was: bool, release: Callable[[], None]) -> None:
        release()
        uuid, scroll = self._where if back_where_i_was else (None, 0)
        unsaved = self._unsaved if back_where_i_was else None
        self._show_workspace()
        self.go_to(self.journal_page)
        self.journal_page.restore(uuid, scroll, unsaved)  # fills the list
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
        if self._building is not None:
            self._building.finish()  # a journal just opened: its pages are needed to save
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
    def auto_lock_changed(self, minutes: int) -> None:
        """Remember the new idle time and lock after it."""
        self.settings.setValue("lock/minutes", minutes)
        self.idle.set_minutes(minutes)

    def report(self, error: ReflectError) -> None:
        """Show a failure as its sentence."""
        messages.show_error(self, error)
