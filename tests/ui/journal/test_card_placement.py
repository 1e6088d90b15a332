"""On a small laptop a card opens over the list, so the form keeps its width; on a wider
screen the list stays beside the form and the card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow


def _open_card(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    page = window.journal_page
    first = page.editor.prompts[0]
    first.editor.setFocus()
    qtbot.keyClick(first.editor, Qt.Key.Key_F1)
    assert page.card_panel.isVisible()


def test_at_1024_the_card_covers_the_list_and_the_form_keeps_its_width(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    _open_card(qtbot, unlocked, 920, 540)  # a 1024x600 screen's window
    page = unlocked.journal_page
    assert not page.list_pane.isVisible()
    assert page.middle.width() >= 420
    assert page.editor.prompts[0].editor.hasFocus()  # still typing where it was
    page.close_card()
    assert page.list_pane.isVisible()


def test_at_1366_the_list_stays_beside_the_form(qtbot: QtBot, unlocked: MainWindow) -> None:
    _open_card(qtbot, unlocked, 1366, 740)
    page = unlocked.journal_page
    assert page.list_pane.isVisible() and page.card_panel.isVisible()
    assert page.middle.width() >= 420
