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

from reflect.ui.design.looks import Look, look
from reflect.ui.design.scales import Spacing


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
    """`pages` holds the steps; `add_page` adds one with its buttons below it.

    Laid out with the spacing scale; on each page the default button (the step's one
    action) is drawn as the primary action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.em = self.fontMetrics().height()
        self.spacing = Spacing.of(self.font())
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        m = self.spacing.l
        outer.setContentsMargins(m, m, m, m)
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
        column.setSpacing(self.spacing.s)
        for widget in widgets:
            column.addWidget(widget)
        if stretch:
            column.addStretch(1)
        column.addSpacing(self.spacing.s)
        buttons.setSpacing(self.spacing.s)
        for index in range(buttons.count()):
            item = buttons.itemAt(index)
            button = item.widget() if item is not None else None
            if isinstance(button, QPushButton) and button.isDefault():
                look(button, Look.PRIMARY)
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
