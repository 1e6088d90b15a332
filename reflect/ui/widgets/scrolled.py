"""A page part that scrolls when the window is too short for it (a 1024×600 netbook)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(widget: QWidget, *, sideways: bool = False) -> QScrollArea:
    """`widget` in a frameless area that scrolls up and down, and sideways only when asked
    (a dialog made narrower than its contents); the area itself takes no focus, so Tab goes
    straight to the controls inside."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    return area
