"""Real main windows over real journals in tmp_path, shown at a laptop's size."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from reflect.app import load_content
from reflect.domain.reflection import Reflection
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow

PASSPHRASE = "a calm test passphrase"


def make_window(qtbot: QtBot, paths: JournalPaths) -> MainWindow:
    """A main window over `paths`, shown at a laptop's size."""
    paths.ensure_folder()
    settings = QSettings(str(paths.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(JournalSession(paths), load_content, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_window(qtbot: QtBot, folder: Path, reflections: list[Reflection]) -> MainWindow:
    """A new journal in `folder` holding `reflections`, in a window unlocked through its own
    unlock screen."""
    paths = JournalPaths(folder)
    journal, _ = Journal.create(paths, PASSPHRASE)
    for reflection in reflections:
        journal.add_reflection(reflection)
    journal.close()
    window = make_window(qtbot, paths)
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, "\r")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    return window


def settled(window: MainWindow) -> None:
    """Wait until the work a press began beside the window (opening, restoring, importing,
    removing) is over and its answer is on screen."""
    deadline = time.monotonic() + 15
    while window.session.errands.busy:
        assert time.monotonic() < deadline, "work begun beside the window never finished"
        QTest.qWait(5)


def nav(window: MainWindow, label: str) -> None:
    """Click the workspace's navigation button labelled `label`."""
    for button in window.workspace.findChildren(QToolButton):
        if button.text() == label:
            button.click()
            return
    raise AssertionError(label)
