"""Rows of Supervision's lists that show a state: an icon beside the state's word, what the
row is, and on a second line the next step. The icon never says the state alone."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidgetItem, QWidget

from reflect.ui.design.icons import icon

STATE_ROLE = Qt.ItemDataRole.UserRole + 5


class State(Enum):
    """A packet's or a person's state, with its Phosphor icon."""

    WAITING = "hourglass-medium"
    IMPORTED = "check-circle"
    REFUSED = "x-circle"
    PROBLEM = "warning-circle"
    EMPTY = "info"


def state_item(owner: QWidget, state: State, first: str, second: str = "") -> QListWidgetItem:
    """A row of `owner`'s list: `first` (the state's word and what it is), then `second`
    (the next step); the icon tinted from `owner`'s palette, a refusal in the danger
    colour."""
    palette = owner.palette()
    role = {
        State.REFUSED: QPalette.ColorRole.BrightText,
        State.PROBLEM: QPalette.ColorRole.BrightText,
        State.WAITING: QPalette.ColorRole.Link,
        State.IMPORTED: QPalette.ColorRole.Link,
    }.get(state, QPalette.ColorRole.PlaceholderText)
    item = QListWidgetItem(first + ("\n" + second if second else ""))
    item.setIcon(icon(state.value, palette.color(role)))
    item.setData(STATE_ROLE, state.name)
    return item
