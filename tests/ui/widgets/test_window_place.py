"""The window opens inside the screen, and comes back where and as big as it was left,
dividers included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter
from pytestqt.qtbot import QtBot

from reflect.ui.widgets.window_place import place, remember, restore_dividers


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    splitter = QSplitter()
    splitter.setObjectName("journal")
    splitter.addWidget(QLabel("list"))
    splitter.addWidget(QLabel("form"))
    window.setCentralWidget(splitter)
    return window


def test_the_first_time_it_fits_the_screen_and_is_centred(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot)
    place(window, _settings(tmp_path))
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() * 0.9 + 1
    assert window.height() <= screen.height() * 0.9 + 1
    assert abs(window.frameGeometry().center().x() - screen.center().x()) <= 2
    assert abs(window.frameGeometry().center().y() - screen.center().y()) <= 2


def test_size_place_and_dividers_come_back(qtbot: QtBot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    window = _window(qtbot)
    place(window, settings)
    window.resize(500, 400)
    window.move(10, 20)
    window.show()
    qtbot.waitExposed(window)
    splitter = window.findChild(QSplitter, "journal")
    assert splitter is not None
    splitter.setSizes([120, 380])
    remember(window, settings)
    again = _window(qtbot)
    place(again, settings)
    restore_dividers(again, settings)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    restored = again.findChild(QSplitter, "journal")
    assert restored is not None and restored.sizes()[0] == splitter.sizes()[0]


def test_a_place_that_no_longer_fits_is_dropped(qtbot: QtBot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    window = _window(qtbot)
    screen = window.screen().availableGeometry()
    window.resize(screen.width() * 3, screen.height() * 3)  # a bigger screen, unplugged since
    remember(window, settings)
    again = _window(qtbot)
    place(again, settings)
    assert again.width() <= screen.width() and again.height() <= screen.height()
