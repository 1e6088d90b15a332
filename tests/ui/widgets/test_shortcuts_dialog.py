"""Help > Keyboard shortcuts lists every key the menus and the form answer to, read from
the menus themselves, and closes with Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from reflect.ui.widgets.shortcuts_dialog import ShortcutsDialog
from tests.helpers.dialogs import press_in_next_dialog


def _rows(dialog: ShortcutsDialog) -> dict[str, str]:
    table = dialog.table
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_every_menu_shortcut_and_the_forms_keys_are_listed(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    dialog = ShortcutsDialog(unlocked)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert rows["New reflection"] == "Ctrl+N"
    assert rows["Quick check-in"] == "Ctrl+Shift+N"
    assert rows["Lock"] == "Ctrl+L"
    assert rows["Next question"] == "Ctrl+Down"
    assert rows["Keyboard shortcuts"] == "Ctrl+/"
    assert rows["Keep the answer being written private, or not"] == "F2"
    menu_shortcuts = {
        a.shortcut().toString()
        for m in unlocked.menuBar().actions()
        for a in m.menu().actions()  # type: ignore[union-attr]
        if not a.shortcut().isEmpty()
    }
    assert menu_shortcuts <= set(rows.values())


def test_the_help_menu_opens_it_and_esc_closes_it(qtbot: QtBot, unlocked: MainWindow) -> None:
    seen: list[QDialog] = []
    press_in_next_dialog(qtbot, Qt.Key.Key_Escape, seen)
    help_menu = unlocked.menuBar().actions()[-1].menu()
    action = next(a for a in help_menu.actions() if "Keyboard" in a.text())  # type: ignore[union-attr]
    action.trigger()
    assert len(seen) == 1 and isinstance(seen[0], ShortcutsDialog)
    assert seen[0].result() == QDialog.DialogCode.Rejected  # closed by Esc, not left hanging
