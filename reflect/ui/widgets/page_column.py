"""The centred column that the entry screens (welcome, unlock, recovery) are laid out in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reflect.ui.design.scales import Spacing
from reflect.ui.widgets.app_icon import app_icon
from reflect.ui.widgets.heading import HeadingLabel

COLUMN_WIDTH = 640


def column_layout(page: QWidget, width: int = COLUMN_WIDTH) -> QVBoxLayout:
    """Give `page` a centred column at most `width` wide; returns the column's layout.

    Wrapped labels need the column's real width to measure their height, which they do
    not get when each is centred on its own, so the whole column is centred instead.
    """
    outer = QHBoxLayout(page)
    space = Spacing.of(page.font())
    outer.setContentsMargins(space.xxl, space.xl, space.xxl, space.xl)
    column = QWidget()
    column.setMaximumWidth(width)
    column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    outer.addStretch(1)
    outer.addWidget(column, 4)
    outer.addStretch(1)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(space.m)
    return layout


def app_mark(page: QWidget) -> QLabel:
    """Reflect's icon, centred above an entry screen's title: the door is recognisable."""
    mark = QLabel()
    size = page.fontMetrics().height() * 3
    mark.setPixmap(app_icon().pixmap(size, size))
    mark.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return mark


def page_title(text: str, scale: float = 1.6) -> QLabel:
    """A large, bold, centred heading for an entry screen."""
    title = HeadingLabel(text, scale, weight=QFont.Weight.Bold)
    title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return title


def paragraph(text: str = "", *, centred: bool = False) -> QLabel:
    """A wrapped paragraph (left-aligned to read, centred for short messages)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft)
    return label


def button(text: str, name: str, slot: object, *, enabled: bool = True) -> QPushButton:
    """A push button with its accessible name, connected to `slot`."""
    widget = QPushButton(text)
    widget.setAccessibleName(name)
    widget.setEnabled(enabled)
    widget.clicked.connect(slot)
    return widget


def ctrl_enter(box: QWidget, slot: Callable[[], object]) -> None:
    """Ctrl+Enter in `box`, a multi-line box where Enter starts a new line, does `slot`."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), box)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)


def escape_goes_back(page: QWidget, back: QPushButton) -> None:
    """Esc anywhere on `page` presses its Back button (nothing while the button is held)."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(back.click)


def centred_row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side in the middle of the column (Back, then the step forward)."""
    row = QHBoxLayout()
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def reading_column(page: QWidget, chars: int = 150) -> QVBoxLayout:
    """A left-aligned column about `chars` characters wide (long lines are hard to read)."""
    outer = QHBoxLayout(page)
    column = QWidget()
    column.setMaximumWidth(page.fontMetrics().averageCharWidth() * chars)
    outer.addWidget(column, 1)
    outer.addStretch(0)  # takes what is left once the column is at its widest: left-aligned
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout
