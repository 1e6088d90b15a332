"""Text Reflect copies for the visitor, taken back from the clipboard when Reflect locks.

What Reflect copies (an exchange key today) is marked with a digest of its text, so locking
can tell it apart from anything the visitor copied afterwards: only Reflect's own copy, still
unchanged on the clipboard, is cleared. The mark lives in the clipboard data itself, so no
state is kept here.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication

MARK = "application/x-reflect-copied"


def _digest(text: str) -> bytes:
    return hashlib.sha256(b"reflect clipboard v1" + text.encode("utf-8")).hexdigest().encode()


def copy_text(text: str) -> None:
    """Put `text` on the clipboard, marked as Reflect's so that locking can clear it."""
    data = QMimeData()
    data.setText(text)
    data.setData(MARK, QByteArray(_digest(text)))
    QGuiApplication.clipboard().setMimeData(data)


def clear_if_ours() -> bool:
    """Clear the clipboard if it still holds exactly what Reflect put there; True if cleared.

    Anything the visitor copied since (in Reflect or elsewhere) replaced Reflect's data and
    its mark, and is left alone.
    """
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is None or not data.hasFormat(MARK):
        return False
    if bytes(data.data(MARK).data()) != _digest(data.text()):
        return False
    clipboard.clear()
    return True
