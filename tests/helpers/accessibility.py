"""Finding controls that a screen reader would announce without a name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,  # the answer boxes
    QAbstractItemView,
)


def _inside_named_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return (
        widget.window() is not widget
        and type(widget.window()).__name__ == "QComboBoxPrivateContainer"
    )


def unnamed_controls(root: QWidget) -> list[str]:
    """A line for each control under `root` that has no accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if _inside_named_control(widget):
            continue  # the inner line edit or popup list of a named combo box or spin box
        if type(widget).__name__.startswith("QScrollBar") or widget.objectName().startswith("qt_"):
            continue
        if not widget.accessibleName().strip():
            label = widget.text() if hasattr(widget, "text") else ""
            missing.append(
                f"{type(widget).__name__} {label} in {type(widget.parentWidget()).__name__}"
            )
    return missing
