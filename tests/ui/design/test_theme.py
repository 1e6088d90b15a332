"""The theme colours the whole application, light or dark, and its sizes follow the
system's text size."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reflect.ui.design.colours import DARK, LIGHT
from reflect.ui.design.looks import Look, TextRole, look, text_role
from reflect.ui.design.theme import Theme


def test_light_and_dark_colour_every_window(qapp: QApplication) -> None:
    theme = Theme()
    theme.use("dark")
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert DARK.accent in qapp.styleSheet()
    theme.use("light")
    assert qapp.palette().color(QPalette.ColorRole.Base).name() == LIGHT.surface
    assert DARK.accent not in qapp.styleSheet()
    theme.use("a colour nobody offers")
    assert theme.choice == "system"


def test_a_larger_system_font_makes_titles_larger(qapp: QApplication) -> None:
    theme = Theme()
    theme.use("light")
    title = text_role(QLabel("Journal"), TextRole.PAGE_TITLE)
    title.ensurePolished()
    normal = title.font().pointSizeF()
    was = QFont(qapp.font())
    try:
        larger = QFont(was)
        larger.setPointSizeF(was.pointSizeF() * 2)
        qapp.setFont(larger)  # the theme works its scales out again
        title.setStyleSheet("")  # polished again
        title.ensurePolished()
        assert title.font().pointSizeF() >= 1.9 * normal
    finally:
        qapp.setFont(was)


def test_a_dialog_over_the_window_wears_the_windows_theme(qapp: QApplication, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    Theme(window).use("dark")
    assert qapp.styleSheet() == ""  # the sheet dresses the window, not every widget made
    assert DARK.accent in window.styleSheet()
    dialog = QDialog(window)
    go = look(QPushButton("Save", dialog), Look.PRIMARY)
    QVBoxLayout(dialog).addWidget(go)
    dialog.show()
    qtbot.waitExposed(dialog)
    drawn = go.grab().toImage()
    middle = drawn.pixelColor(drawn.width() // 6, drawn.height() // 2)
    assert middle.name() == DARK.accent  # the primary action on the accent, in the dialog
    dialog.close()


def test_a_page_built_apart_takes_its_look_when_it_joins_the_window(
    qapp: QApplication, qtbot: QtBot
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    Theme(window).use("light")
    page = QWidget()  # built away from the window, as the workspace's pages are
    title = text_role(QLabel("Hours", page), TextRole.PAGE_TITLE)
    QVBoxLayout(window).addWidget(page)
    window.show()
    qtbot.waitExposed(window)
    assert title.font().pointSizeF() > 1.4 * qapp.font().pointSizeF()
