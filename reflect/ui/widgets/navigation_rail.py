"""The rail down the window's left side: one button per page, and Lock at its foot.

A screen reader hears the page buttons as what they are, the tabs of a list of pages
("Pages"), the current one selected, rather than as the check boxes Qt makes of checkable
buttons. The arrow keys move between them and choose, as between tabs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect.ui.widgets.key_names import key_names
from reflect.ui.widgets.roles import selection_changed, speak_as


def _embolden(button: QToolButton, on: bool) -> None:
    """The page you are on is named in bold in the rail (a state, not decoration)."""
    font = button.font()
    font.setBold(on)
    button.setFont(font)
    selection_changed(button)


class NavigationRail(QWidget):
    """Emits `chosen(index)` when a page's button is clicked, `lock_requested()` for Lock."""

    chosen = Signal(int)
    lock_requested = Signal()

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 10, 6, 10)
        column.setSpacing(4)
        self.pages = QWidget()
        self.pages.setAccessibleName(self.tr("Pages"))
        speak_as(self.pages, QAccessible.Role.PageTabList)
        tabs = QVBoxLayout(self.pages)
        tabs.setContentsMargins(0, 0, 0, 0)
        tabs.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for index, label in enumerate(labels):
            button = self._button(label, label)
            button.setCheckable(True)
            speak_as(button, QAccessible.Role.PageTab)
            button.toggled.connect(lambda on, b=button: _embolden(b, on))
            self.group.addButton(button, index)
            tabs.addWidget(button)
        self.group.idClicked.connect(self.chosen)
        column.addWidget(self.pages)
        column.addStretch(1)
        lock = self._button(self.tr("Lock"), self.tr("Lock Reflect"))
        lock.setToolTip(self.tr("Lock Reflect ({keys})").format(keys=key_names("Ctrl+L")))
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

    def stand_beside(self, pages: QWidget, *, in_: QWidget) -> None:
        """Lay the rail out at the left of `pages`, filling `in_`."""
        row = QHBoxLayout(in_)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self)
        row.addWidget(pages, 1)
