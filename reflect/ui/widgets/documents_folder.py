"""Where a file Reflect writes for the visitor is first offered to go: her Documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents() -> Path:
    """The visitor's Documents folder (her home folder where there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def choose_save_path(parent: QWidget, title: str, name: str, kind: str) -> str:
    """The system's save dialog, offering `name` in Documents when it names no folder
    (not wherever Reflect happened to be started from); empty when she cancels."""
    offered = Path(name)
    if not offered.is_absolute():
        offered = documents() / offered
    path, _ = QFileDialog.getSaveFileName(parent, title, str(offered), kind)
    return path
