"""Every control has an accessible name; the window works at 1366x768 and at twice the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QAbstractItemView,
)


def _inside_named_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return (
        widget.window() is not widget
        and type(widget.window()).__name__ == "QComboBoxPrivateContainer"
    )


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if _inside_named_control(widget):
            continue  # the inner line edit or popup list of a named combo box or spin box
        if type(widget).__name__.startswith("QScrollBar") or widget.objectName().startswith("qt_"):
            continue
        if not widget.accessibleName().strip():
            label = widget.text() if hasattr(widget, "text") else ""
            missing.append(
                f"{type(widget).__name__} {label} in {type(widget.parentWidget()).__name__}"
            )
    return missing


def test_every_control_has_an_accessible_name(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.journal_page.show_card("the-4-ss")
    missing = _unnamed(window)
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
