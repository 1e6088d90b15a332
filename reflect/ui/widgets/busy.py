"""Holding a page still while its work runs beside the window.

The window keeps painting during slow work (a key derivation, a restore), so the page that
asked must not accept a second press or a change to what it sent: its fields and buttons are
held disabled, its words (the "Opening…" line) stay readable, and on release everything is
as it was, focus included.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def hold(page: QWidget) -> Callable[[], None]:
    """Disable `page`'s enabled inputs; returns the release, which enables exactly those
    again and gives focus back to where it was."""
    focused = QApplication.focusWidget()
    held = [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, _INPUTS) and widget.isEnabled()
    ]
    for widget in held:
        widget.setEnabled(False)

    def release() -> None:
        for widget in held:
            widget.setEnabled(True)
        if focused is not None and focused in held and focused.isVisible():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    return release
