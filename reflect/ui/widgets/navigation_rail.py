"""The rail down the window's left side: one button per page, and Lock at its foot."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QVBoxLayout, QWidget


def _embolden(button: QToolButton, on: bool) -> None:
    """The page you are on is named in bold in the rail (a state, not decoration)."""
    font = button.font()
    font.setBold(on)
    button.setFont(font)


class NavigationRail(QWidget):
    """Emits `chosen(index)` when a page's button is clicked, `lock_requested()` for Lock."""

    chosen = Signal(int)
    lock_requested = Signal()

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 10, 6, 10)
        column.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for index, label in enumerate(labels):
            button = self._button(label, label)
            button.setCheckable(True)
            button.toggled.connect(lambda on, b=button: _embolden(b, on))
            self.group.addButton(button, index)
            column.addWidget(button)
        self.group.idClicked.connect(self.chosen)
        column.addStretch(1)
        lock = self._button(self.tr("Lock"), self.tr("Lock Reflect"))
        lock.setToolTip(self.tr("Lock Reflect (Ctrl+L)"))
        lock.clicked.connect(self.lock_requested)
        column.addWidget(lock)

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        return button

    def set_current(self, index: int) -> None:
        """Mark the page being shown."""
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)
