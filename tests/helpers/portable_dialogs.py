"""Driving the export and import dialogs as a visitor does, the system's file dialogs
answered at once with a path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from reflect.ui.portable.export_dialog import DONE, READY, ExportDialog
from reflect.ui.portable.import_dialog import ImportDialog


def menu_action(window: MainWindow, text: str) -> QAction:
    """The Journal menu's action whose words (without &) are `text`."""
    journal = window.menuBar().actions()[0].menu()
    for action in journal.actions():  # type: ignore[union-attr]
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(text)


def open_export(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    """Journal > Export reflections…"""
    menu_action(window, "Export reflections…").trigger()
    dialog = window.portable.export_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def to_the_warning(qtbot: QtBot, dialog: ExportDialog, target: Path) -> None:
    """Continue, past the check (if ticked and nothing is found), to the save dialog,
    answered with `target` (or its folder, for a Markdown folder), then the warning."""
    dialog.choose_file = lambda *_: str(target)
    dialog.choose_folder = lambda *_: str(target.parent)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == READY, timeout=10_000)


def export_now(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Export on the warning's page, and wait for what was written."""
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE, timeout=15_000)


def open_import(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    """Journal > Import from another journal…"""
    menu_action(window, "Import from another journal…").trigger()
    dialog = window.portable.import_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog
