"""A keyboard shortcut written as the system writes it, in the screens' language."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def key_names(sequence: QKeySequence | str) -> str:
    """`sequence` as the visitor's system names its keys ("Control+Abajo" in Spanish, "⌘N" on a
    Mac), for a sentence that tells which keys to press."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
