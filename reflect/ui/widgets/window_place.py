"""Where the window opens and what it remembers: size, position and the dividers between
panes, per journal (the settings file lives beside it).

A small laptop screen (1366x768, 1024x600) must show the whole window: the first time it
opens at most 90 % of the screen's free area, centred; a remembered place that no longer
fits (a smaller screen, a monitor unplugged) is dropped for that.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QSplitter, QWidget

PREFERRED = QSize(1280, 800)
SHARE_OF_SCREEN = 0.9


def place(window: QWidget, settings: QSettings) -> None:
    """Size and position `window` as last time if that still fits the screen, else at most
    90 % of the screen, centred."""
    saved = settings.value("window/geometry")
    screen = window.screen().availableGeometry()
    if (
        isinstance(saved, QByteArray)
        and window.restoreGeometry(saved)
        and (screen.contains(window.frameGeometry()) or screen.contains(window.geometry()))
    ):
        return
    size = PREFERRED.boundedTo(
        QSize(int(screen.width() * SHARE_OF_SCREEN), int(screen.height() * SHARE_OF_SCREEN))
    )
    window.resize(size)
    frame = window.frameGeometry()
    frame.moveCenter(screen.center())
    window.move(frame.topLeft())


def remember(window: QWidget, settings: QSettings) -> None:
    """Keep the window's place and every named divider's position for next time."""
    settings.setValue("window/geometry", window.saveGeometry())
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())


def restore_dividers(window: QWidget, settings: QSettings) -> None:
    """Put every named divider back where the visitor left it."""
    for splitter in window.findChildren(QSplitter):
        state = settings.value(f"splitters/{splitter.objectName()}")
        if splitter.objectName() and isinstance(state, QByteArray):
            splitter.restoreState(state)
