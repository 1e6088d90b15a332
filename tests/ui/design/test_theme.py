"""The theme colours the whole application, light or dark, and its sizes follow the
system's text size."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from reflect.ui.design.colours import DARK, LIGHT
from reflect.ui.design.looks import TextRole, text_role
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
