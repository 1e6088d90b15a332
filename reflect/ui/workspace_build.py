"""Building the open journal's workspace a piece at a time, while the key is derived.

The sidebar and the empty page stack go into the window first; then each page is made in
one step and joins the stack in the next. A page joining a styled window is styled then,
once; built inside the window, its widgets would be restyled at every level they were
added to, and all pages joining at once would stall the window for a visible moment.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reflect.ui.page_counts import PageCounts
from reflect.ui.widgets.navigation_rail import NavigationRail
from reflect.ui.widgets.page_stack import PageStack
from reflect.ui.widgets.window_place import restore_dividers

if TYPE_CHECKING:
    from reflect.ui.main_window import MainWindow


def build_workspace(window: MainWindow) -> Iterator[None]:
    """The steps that fill `window.workspace` (see `StagedBuild`), yielding between them."""
    # Imported here (the app warms it up beside the first screen): none of it is needed to
    # paint the first screen.
    from reflect.ui import workspace_pages as pages

    session, changes, library = window.session, window.session.changes, window.library
    window.pages = PageStack()
    translate = QCoreApplication.translate  # the rail's words belong to the window
    window.rail = NavigationRail(
        [
            (translate("MainWindow", "Journal"), "notebook"),
            (translate("MainWindow", "Cards"), "cards"),
            (translate("MainWindow", "Supervision"), "users-three"),
            (translate("MainWindow", "Hours"), "clock"),
            (translate("MainWindow", "How I've been"), "heart"),
            (translate("MainWindow", "Settings"), "gear-six"),
        ]
    )
    window.nav = window.rail.group
    window.rail.chosen.connect(window.go_to_index)
    window.rail.lock_requested.connect(window.lock)
    window.rail.stand_beside(window.pages, in_=window.workspace)
    yield
    journal = window.journal_page = pages.JournalPage(library, session, changes)
    window.voice.follow(journal.status, journal.saver)
    yield from _join(window.pages, journal, scrolls=False)  # it fits itself to the window
    window.cards_page = pages.CardsPage(library)
    window.cards_page.open_reflection_requested.connect(window.open_in_journal)
    yield from _join(window.pages, window.cards_page)
    supervision = window.supervision_page = pages.SupervisionPage(library, session, changes)
    supervision.edit_requested.connect(window.open_in_journal)
    window.waiting_note = pages.WaitingNote(supervision, window.status_label, changes)
    yield from _join(window.pages, supervision)
    window.hours_page = pages.HoursPage(library, session, changes)
    window.hours_page.edit_requested.connect(window.open_in_journal)
    yield from _join(window.pages, window.hours_page)
    window.self_care_page = pages.SelfCarePage(session, changes)
    window.self_care_page.check_in_requested.connect(
        lambda: window.in_journal(journal.new_quick_check_in)
    )
    yield from _join(window.pages, window.self_care_page)
    settings = window.settings_page = pages.SettingsPage(session, window.settings, window.theme)
    settings.set_auto_lock_minutes(int(window.idle.minutes))
    settings.auto_lock_changed.connect(window.auto_lock_changed)
    flows = window.settings_flows = pages.SettingsFlows(
        settings, session, changes, journal.save_now, journal.where
    )
    flows.say.connect(window.statusBar().showMessage)
    flows.recovery_key_to_show.connect(window.entry.show_recovery_key_once)
    yield from _join(window.pages, settings)
    card_reflections = pages.CardReflections(window.cards_page, session, library, changes)
    for source in (journal, supervision, flows, card_reflections):
        source.error.connect(window.report)
    window.portable = pages.PortableScreens(window)  # export, print and import
    window.counts = PageCounts(
        window.rail, session, changes, window.waiting_note, journal=0, supervision=2
    )
    restore_dividers(window, window.settings)


def _join(stack: PageStack, page: QWidget, *, scrolls: bool = True) -> Iterator[None]:
    """A turn after the page is made, then another after it joins (and is styled)."""
    yield
    stack.add_page(page, scrolls=scrolls)
    yield
