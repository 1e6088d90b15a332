"""Answer the next modal dialog the way a person would: by clicking one of its buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

Seen = list[str]


def said_in(box: QMessageBox) -> str:
    """All a message box says: what happened, then what to do, as one text."""
    return " ".join(part for part in (box.text(), box.informativeText()) if part)


STUCK = 99
"""The result of a dialog that a pressed key left open (closed so the test fails, not hangs)."""


def click_in_next_dialog(
    button_text: str,
    seen: Seen | None = None,
    tries: int = 100,
    of: type[QDialog] = QDialog,
) -> None:
    """When the next modal dialog (of the kind `of`) opens, click its button labelled
    `button_text`.

    The dialog's text is appended to `seen` so a test can check what the visitor was told.
    """

    def attempt(remaining: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, of):
            if seen is not None and isinstance(dialog, QMessageBox):
                seen.append(said_in(dialog))
            for button in dialog.findChildren(QAbstractButton):
                if button.text().replace("&", "") == button_text:
                    button.click()
                    return
            raise AssertionError(f"no button {button_text!r} in the dialog")
        if remaining:
            QTimer.singleShot(20, lambda: attempt(remaining - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


def click_in_next_dialogs(button_texts: list[str], seen: Seen | None = None) -> None:
    """Click `button_texts[0]` in the next modal dialog, then `button_texts[1]` in the one
    after it (a warning, then its result), and so on."""
    done: list[QDialog] = []

    def attempt(index: int, remaining: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible() and dialog not in done:
            if seen is not None and isinstance(dialog, QMessageBox):
                seen.append(said_in(dialog))
            for button in dialog.findChildren(QAbstractButton):
                if button.text().replace("&", "") == button_texts[index]:
                    done.append(dialog)
                    button.click()
                    if index + 1 < len(button_texts):
                        QTimer.singleShot(0, lambda: attempt(index + 1, 100))
                    return
            raise AssertionError(f"no button {button_texts[index]!r} in the dialog")
        if remaining:
            QTimer.singleShot(20, lambda: attempt(index, remaining - 1))

    QTimer.singleShot(0, lambda: attempt(0, 100))


def answer_dialogs(
    handler: Callable[[QDialog], None], tries: int = 100, of: type[QDialog] = QDialog
) -> None:
    """Hand the next modal dialog (of the kind `of`) to `handler` (for dialogs with fields
    to fill)."""

    def attempt(remaining: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, of):
            handler(dialog)
        elif remaining:
            QTimer.singleShot(20, lambda: attempt(remaining - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


def press_in_next_dialog(qtbot: QtBot, key: Qt.Key, seen: list[QDialog]) -> None:
    """Press `key` where the focus is in the next dialog (and close it if that did nothing,
    so a key that is ignored fails the test instead of hanging it)."""

    def press(dialog: QDialog) -> None:
        seen.append(dialog)
        QTimer.singleShot(3000, dialog, lambda: dialog.isVisible() and dialog.done(STUCK))
        qtbot.keyClick(dialog.focusWidget() or dialog, key)

    answer_dialogs(press)
