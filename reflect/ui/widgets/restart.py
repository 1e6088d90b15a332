"""Restarting Reflect to speak another language, with the open reflection opened again in
place after the unlock: what is on screen is saved first, and nothing is lost."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QMainWindow


def command() -> tuple[str, list[str]]:
    """How this Reflect was started: the bundle's own program, or Python with the package."""
    if getattr(sys, "frozen", False):  # a bundle: the program is Reflect itself
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "reflect", *sys.argv[1:]]


def restart(
    window: QMainWindow,
    remember: Callable[[], None],
    forget: Callable[[], object],
    start: Callable[[str, list[str]], object] | None = None,
) -> bool:
    """Remember where the visitor is (`remember`), close the window (which saves, and asks
    before losing anything), then start Reflect again. When the window stays open, where
    she was is forgotten again (`forget`): no later unlock should jump there."""
    remember()
    if not window.close():
        forget()
        return False
    (start or QProcess.startDetached)(*command())
    return True
