"""An exchange key Reflect copied is taken off the clipboard when Reflect locks; the
visitor's own later copy is left alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from tests.helpers.supervision_tabs import people_tab
from tests.helpers.windows import nav


def test_a_copied_exchange_key_is_cleared_on_lock(qtbot: QtBot, unlocked: MainWindow) -> None:
    people = people_tab(unlocked)
    people.copy_button.click()
    assert QApplication.clipboard().text() == people.key_line.text()
    qtbot.keyClick(unlocked, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not unlocked.session.is_open
    assert QApplication.clipboard().text() == ""


def test_the_visitors_own_later_copy_stays(unlocked: MainWindow) -> None:
    nav(unlocked, "Settings")
    exchange = unlocked.settings_page.exchange
    exchange.show_exchange()
    exchange.copy_button.click()
    assert QApplication.clipboard().text() == exchange.key_line.text()
    QApplication.clipboard().setText("the visitor's own shopping list")
    unlocked.lock()
    assert QApplication.clipboard().text() == "the visitor's own shopping list"


def test_the_copied_key_is_cleared_when_reflect_quits(unlocked: MainWindow) -> None:
    people = people_tab(unlocked)
    people.copy_button.click()
    unlocked.close()
    assert QApplication.clipboard().text() == ""
