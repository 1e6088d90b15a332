"""The fields the hours log's forms share: a date, and a name typed or chosen again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDateEdit

from reflect.ui.hours.hours_words import short_pattern
from reflect.ui.widgets.local_dates import qdate

NAME_WIDTH = 24
"""Characters a name box is wide enough for, however long the names it offers."""


def date_box(day: dt.date, name: str, *, latest: dt.date | None = None) -> QDateEdit:
    """A date with its month named ("30 Oct 2026"), with a calendar to pick it from; none after
    `latest`, when given."""
    box = QDateEdit()
    box.setCalendarPopup(True)
    box.setDisplayFormat(short_pattern())
    if latest is not None:
        box.setMaximumDate(qdate(latest))
    box.setDate(qdate(day))
    box.setAccessibleName(name)
    return box


def name_box(
    names: Sequence[str], text: str, *, name: str, hint: str, longest: int | None = None
) -> QComboBox:
    """A name to type, or to choose from `names` (those already saved), holding `text`;
    `hint` shows while it is empty, and `longest` caps what can be typed, when given."""
    box = QComboBox()
    box.setEditable(True)
    # Typing a name does not add it to the list; saved records are what the list remembers.
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(list(names))
    box.setCurrentText(text)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(NAME_WIDTH)
    box.setAccessibleName(name)
    line = box.lineEdit()
    if line is not None:
        if longest is not None:
            line.setMaxLength(longest)
        line.setPlaceholderText(hint)
    return box
