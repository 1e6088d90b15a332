"""What takes the keyboard on a long page is scrolled into sight."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow


def test_focus_deep_in_settings_scrolls_the_page_to_it(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    window.go_to(window.settings_page)
    appearance = window.settings_page.appearance
    assert appearance is not None
    choice = appearance.choice
    page = window.settings_page
    top_left = choice.mapTo(page, QPoint(0, 0))
    assert top_left.y() > page.height()  # far below what the window shows
    choice.setFocus(Qt.FocusReason.BacktabFocusReason)  # Shift+Tab in from the sidebar
    qtbot.waitUntil(lambda: 0 <= choice.mapTo(page, QPoint(0, 0)).y() < page.height())
    bottom = choice.mapTo(page, QPoint(0, choice.height())).y()
    assert bottom <= page.height()
