"""The main window's menus: every action has a menu entry and a shortcut.

Journal: writing and finding, exporting, printing and importing. Go: the pages of the
workspace. Supervision: sharing, taking packets in, and logging hours. Help: the card
behind the question in focus, the keys, and About Reflect.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from reflect.ui.about.about_dialog import AboutDialog
from reflect.ui.widgets.plurals import TranslationContext
from reflect.ui.widgets.shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from reflect.ui.journal.journal_page import JournalPage
    from reflect.ui.main_window import MainWindow


class MainMenu(TranslationContext):
    """The menus' words, translated in the context "MainMenu"."""


def build_menus(window: MainWindow) -> QActionGroup:
    """Fill `window`'s menu bar; returns the actions that need an open journal, as a group
    enabled and disabled together."""
    when_open = QActionGroup(window)
    when_open.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)

    def action(
        menu: QMenu,
        text: str,
        keys: QKeySequence | QKeySequence.StandardKey | str,
        slot: Callable[[], object],
        needs_journal: bool = True,
    ) -> QAction:
        act = QAction(text, window)
        act.setShortcut(QKeySequence(keys))
        act.triggered.connect(slot)
        menu.addAction(act)
        window.addAction(act)
        if needs_journal:
            when_open.addAction(act)
        return act

    # The workspace is built after the first unlock: every page is looked up when used.
    def page() -> JournalPage:
        return window.journal_page

    def go_to(name: str) -> Callable[[], None]:
        return lambda: window.go_to(getattr(window, name))

    bar = window.menuBar()
    journal = bar.addMenu(MainMenu.tr("&Journal"))
    action(
        journal,
        MainMenu.tr("&New reflection"),
        QKeySequence.StandardKey.New,
        lambda: window.in_journal(page().new_reflection),
    )
    action(
        journal,
        MainMenu.tr("Quick &check-in"),
        "Ctrl+Shift+N",
        lambda: window.in_journal(page().new_quick_check_in),
    )
    action(
        journal,
        MainMenu.tr("Your &own questions…"),
        "",
        lambda: window.in_journal(page().own_questions_dialog),
    )
    action(journal, MainMenu.tr("&Save now"), QKeySequence.StandardKey.Save, window.save_now)
    journal.addSeparator()
    action(
        journal,
        MainMenu.tr("&Export reflections…"),
        "Ctrl+E",
        lambda: window.in_journal(window.portable.export),
    )
    action(
        journal,
        MainMenu.tr("P&rint…"),
        QKeySequence.StandardKey.Print,
        lambda: window.in_journal(window.portable.print_selected),
    )
    action(
        journal,
        MainMenu.tr("&Import from another journal…"),
        "Ctrl+Shift+I",
        lambda: window.in_journal(window.portable.import_from_another_journal),
    )
    journal.addSeparator()
    action(
        journal,
        MainMenu.tr("&Find"),
        QKeySequence.StandardKey.Find,
        lambda: window.in_journal(page().list_pane.focus_search),
    )
    action(
        journal,
        MainMenu.tr("&Delete reflection…"),
        "Ctrl+Shift+D",
        lambda: window.in_journal(page().delete_current),
    )
    action(
        journal, MainMenu.tr("Next &question"), "Ctrl+Down", lambda: page().editor.move_to_prompt(1)
    )
    action(
        journal,
        MainMenu.tr("&Previous question"),
        "Ctrl+Up",
        lambda: page().editor.move_to_prompt(-1),
    )
    action(journal, MainMenu.tr("&Lock"), "Ctrl+L", window.lock)
    journal.addSeparator()
    action(
        journal,
        MainMenu.tr("&Quit"),
        QKeySequence.StandardKey.Quit,
        window.close,
        needs_journal=False,
    )

    go = bar.addMenu(MainMenu.tr("&Go"))
    for number, (text, name) in enumerate(
        (
            (MainMenu.tr("&Journal"), "journal_page"),
            (MainMenu.tr("&Cards"), "cards_page"),
            (MainMenu.tr("&Supervision"), "supervision_page"),
            (MainMenu.tr("&Hours"), "hours_page"),
            (MainMenu.tr("How I've &been"), "self_care_page"),
            (MainMenu.tr("S&ettings"), "settings_page"),
        ),
        start=1,
    ):
        action(
            go,
            text,
            f"Ctrl+{number}",
            go_to(name),
        )

    share = bar.addMenu(MainMenu.tr("&Supervision"))

    def tab(name: str) -> None:
        supervision = window.supervision_page
        window.go_to(supervision)
        supervision.tabs.setCurrentWidget(getattr(supervision, name))

    def import_packet() -> None:
        tab("inbox")
        window.supervision_page.inbox.open_file()

    def log_session() -> None:
        window.go_to(window.hours_page)
        window.hours_page.log_session()

    action(share, MainMenu.tr("&Share with my supervisor"), "Ctrl+Shift+S", lambda: tab("share"))
    action(share, MainMenu.tr("&Import a packet…"), "Ctrl+I", import_packet)
    action(share, MainMenu.tr("Shared &with me"), "Ctrl+Shift+W", lambda: tab("shared"))
    action(share, MainMenu.tr("&People"), "Ctrl+Shift+P", lambda: tab("people"))
    share.addSeparator()
    action(
        share,
        MainMenu.tr("&Log a supervision session…"),
        "Ctrl+Shift+L",
        log_session,
    )

    help_menu = bar.addMenu(MainMenu.tr("&Help"))
    action(
        help_menu,
        MainMenu.tr("Card for this &question"),
        QKeySequence.StandardKey.HelpContents,
        lambda: page().card_for_focus(),
    )
    action(
        help_menu,
        MainMenu.tr("&Keyboard shortcuts"),
        "Ctrl+/",
        lambda: ShortcutsDialog(window).exec(),
        needs_journal=False,
    )
    help_menu.addSeparator()
    action(
        help_menu,
        MainMenu.tr("&About Reflect"),
        "",
        lambda: AboutDialog(window.session, window).exec(),
        needs_journal=False,
    )
    return when_open
