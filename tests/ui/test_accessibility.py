"""Every control has an accessible name; the window works at 1366x768 and at twice the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
)
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from tests.helpers.accessibility import unnamed_controls


def test_every_control_has_an_accessible_name(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.journal_page.show_card("the-4-ss")
    missing = unnamed_controls(window)
    assert missing == [], missing


def test_twice_the_text_still_fits_a_small_laptop(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(bigger)
    try:
        window.resize(1366, 768)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        page = window.journal_page
        qtbot.wait(100)
        assert page.list_pane.isVisible() and page.list_pane.width() >= 250
        editor = page.editor
        assert editor.widget().width() <= editor.viewport().width()
        question = editor.prompts[0]
        assert question.editor.width() > 200
    finally:
        app.setFont(original)
