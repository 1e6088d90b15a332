"""Help > Keyboard shortcuts: every key Reflect answers to, in one list.

The menus' own shortcuts are read from the menus themselves, so the list can never fall
behind them; the keys that belong to the form and the lists (no menu item) are added after.
Key names are shown as the system writes them, in the language of the screens.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from reflect.ui.widgets.key_names import key_names


class ShortcutsDialog(QDialog):
    """Lists what each key does; Esc or Enter closes it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [*self._from_menus(window), *self._in_the_form()]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(640, int(screen.width() * 0.9)), min(560, int(screen.height() * 0.9)))

    def _from_menus(self, window: QMainWindow) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []

        def walk(actions: list[QAction]) -> None:
            for action in actions:
                menu = action.menu()
                if isinstance(menu, QMenu):
                    walk(menu.actions())
                elif not action.shortcut().isEmpty():
                    what = action.text().replace("&", "").rstrip("…")
                    rows.append((what, key_names(action.shortcut())))

        walk(window.menuBar().actions())
        return rows

    def _in_the_form(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Keep the answer being written private, or not"), key_names("F2")),
            (self.tr("Mark the reflection complete"), key_names("Ctrl+Enter")),
            (
                self.tr("Next answer, previous answer"),
                key_names("Tab") + ", " + key_names("Shift+Tab"),
            ),
            (self.tr("From the search box to the reflections found"), key_names("Down")),
            (self.tr("Clear the search, or go back to it"), key_names("Esc")),
            (
                self.tr("In Your own questions: move a question"),
                key_names("Alt+Up") + ", " + key_names("Alt+Down"),
            ),
        ]
