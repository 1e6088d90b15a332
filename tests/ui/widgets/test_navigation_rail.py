"""The sidebar is one stop for the keyboard, on the page being shown, as tabs are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow


def test_tab_into_the_sidebar_lands_on_the_page_being_shown(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    window.go_to(window.settings_page)
    settings = window.nav.button(window.pages.indexOf(window.settings_page))
    window.rail.lock.setFocus()
    reached = []
    for _ in range(400):  # once round the whole window by Tab
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is window.rail.lock:
            break
        reached.append(QApplication.focusWidget())
    pages_reached = [b for b in window.nav.buttons() if b in reached]
    assert pages_reached == [settings]
    settings.setFocus()
    assert settings.isChecked()
    qtbot.keyClick(settings, Qt.Key.Key_Up)  # the arrows go on from there
    assert window.pages.currentWidget() is window.self_care_page
