"""A dialog shown a page at a time (the export's and the import's steps), each page with
its own row of buttons, sized to fit a small screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


def add_button(text: str, name: str, row: QHBoxLayout, slot: Callable[[], object]) -> QPushButton:
    """A button at the end of `row`, named for screen readers; Enter presses it only when
    it is made the page's default."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    row.addWidget(button)
    return button


class PagedDialog(QDialog):
    """`pages` holds the steps; `add_page` adds one with its buttons below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.em = self.fontMetrics().height()
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(self.em, self.em, self.em, self.em)
        outer.addWidget(self.pages)

    def set_title(self, title: str) -> None:
        """The window's title, which is also its name for screen readers."""
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def add_page(self, widgets: list[QWidget], buttons: QHBoxLayout, *, stretch: bool) -> None:
        """A page of `widgets` in a column (pushed up by a stretch when `stretch`), then
        `buttons`."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            column.addWidget(widget)
        if stretch:
            column.addStretch(1)
        column.addLayout(buttons)
        self.pages.addWidget(page)

    def fit(self, width_em: int, height_em: int) -> None:
        """This size in lines of text, within nine tenths of the screen (pages scroll)."""
        width, height = width_em * self.em, height_em * self.em
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() * 9 // 10)
            height = min(height, room.height() * 9 // 10)
        self.resize(width, height)
