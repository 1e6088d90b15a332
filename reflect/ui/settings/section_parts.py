"""The parts a section of Settings is built from: its column under a heading, a row of
buttons, and a chosen folder shown and chosen again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.ui.widgets.heading import HeadingLabel


def section_column(part: QWidget, heading: str, explained: str) -> QVBoxLayout:
    """`part`'s column, a line below the section before: its heading, then `explained`,
    the paragraph saying what the section is for; half a line between each thing."""
    em = part.fontMetrics().height()
    layout = QVBoxLayout(part)
    layout.setContentsMargins(0, em, 0, 0)
    layout.setSpacing(em // 2)
    layout.addWidget(HeadingLabel(heading, 1.2))
    paragraph = QLabel(explained)
    paragraph.setWordWrap(True)
    layout.addWidget(paragraph)
    return layout


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side from the left; Enter in a field presses none of them."""
    row = QHBoxLayout()
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    row.addStretch(1)
    return row


def folder_line(name: str, placeholder: str) -> QLineEdit:
    """A read-only line for the chosen folder's path, saying `placeholder` while none is."""
    line = QLineEdit()
    line.setReadOnly(True)
    line.setAccessibleName(name)
    line.setPlaceholderText(placeholder)
    return line


def choose_folder(parent: QWidget, title: str, current: str) -> str:
    """The folder the visitor chooses, the chooser opening at `current` (at her home folder
    when that is empty); "" when she cancels."""
    return QFileDialog.getExistingDirectory(parent, title, current or str(Path.home()))
