"""Reflect's application icon, from the PNGs rendered for each size (scripts/icons.py).

Each size is drawn for itself, so the window, the taskbar and the task switcher each pick
the one nearest to what they show instead of shrinking one large picture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from reflect.content.resources import resources_folder

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The freedesktop ("hicolor") sizes the icon is rendered at."""


def icon_file(size: int) -> Path:
    """The PNG of the icon at `size` pixels."""
    folder = Path(str(resources_folder())) / "icons" / "hicolor"
    return folder / f"{size}x{size}" / "apps" / "reflect.png"


def app_icon() -> QIcon:
    """The icon with every rendered size in it."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(icon_file(size)), QSize(size, size))
    return icon
