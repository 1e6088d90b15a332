"""Journey 6: the Cards library — by theme, searchable, and the reflections that used a card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow


def test_cards_show_the_reflections_that_used_them(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    journal_page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(journal_page.editor.family_code, "CJ")
    ghosts = journal_page.editor.prompt_widget("after-visit.ghosts")
    assert ghosts is not None
    qtbot.keyClicks(ghosts.editor, "Dad said his own father never played with him.")
    assert journal_page.save_now()
    uuid = journal_page.editor.reflection.uuid
    window.nav.button(1).click()
    cards = window.cards_page
    assert window.pages.currentWidget() is cards
    cards.show_card("ghosts-in-the-nursery")
    assert cards.card_view().card_id() == "ghosts-in-the-nursery"
    used = cards._reflections
    assert used.count() == 1 and "CJ" in used.item(0).text()
    cards.show_card("the-6-rs")
    assert used.count() == 0 or "CJ" not in used.item(0).text()
    cards.show_card("ghosts-in-the-nursery")
    used.setCurrentRow(0)
    used.setFocus()
    qtbot.keyClick(used, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is journal_page
    assert journal_page.editor.reflection.uuid == uuid
