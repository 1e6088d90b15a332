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


def hold(page: QWidget, *, pointer: bool = True) -> Callable[[], None]:
    """Disable `page`'s enabled inputs (and, with `pointer`, show the busy pointer).

    Returns the release (safe to call twice), which enables exactly those inputs again and
    gives the focus back to where it was."""
    focused = QApplication.focusWidget()
    held = [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, _INPUTS) and widget.isEnabled()
    ]
    for widget in held:
        widget.setEnabled(False)
    # While the visitor waits for the answer (a passphrase checked, a restore), the pointer
    # says "working"; not for work they may write on beside (a backup, an import).
    if pointer:
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    released = False

    def release() -> None:
        nonlocal released
        if released:
            return
        released = True
        if pointer:
            QApplication.restoreOverrideCursor()
        for widget in held:
            widget.setEnabled(True)
        if focused is not None and focused in held and focused.isVisible():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    return release
