"""Settings: choosing Light or Dark changes the window at once and is kept for next time."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.storage.paths import JournalPaths
from reflect.ui.design.colours import DARK, LIGHT
from reflect.ui.main_window import MainWindow
from tests.helpers.windows import make_window


def _window_ground(qapp: QApplication) -> str:
    return qapp.palette().color(QPalette.ColorRole.Window).name()


def test_dark_is_chosen_applied_at_once_and_kept(
    qtbot: QtBot, qapp: QApplication, unlocked: MainWindow, existing: tuple[JournalPaths, str]
) -> None:
    window = unlocked
    window.go_to(window.settings_page)
    appearance = window.settings_page.appearance
    assert appearance is not None
    choice = appearance.choice
    assert choice.currentData() == "system"
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Like my computer (light or dark)",
        "Light",
        "Dark",
    ]
    choice.setFocus()
    qtbot.keyClick(choice, "D")  # typed as a visitor picks from a list
    assert choice.currentData() == "dark"
    assert _window_ground(qapp) == DARK.window

    window.close()
    again = make_window(qtbot, existing[0])
    assert _window_ground(qapp) == DARK.window  # kept for the next start
    assert again.theme.choice == "dark"


def test_light_is_the_look_where_the_computer_says_nothing(
    qapp: QApplication, unlocked: MainWindow
) -> None:
    assert _window_ground(qapp) == LIGHT.window
