"""The message boxes from the keyboard: Enter presses the default button, Esc cancels.

A confirmation's default is Cancel, so neither Enter nor Esc ever deletes, removes,
restores or quits by accident; a choice's default is its action button.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.domain.errors import ReflectError
from reflect.ui.widgets import messages
from tests.helpers.dialogs import STUCK, answer_dialogs, press_in_next_dialog

KEYS = [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape]


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("key", KEYS)
def test_enter_or_escape_in_a_confirmation_never_goes_ahead(
    qtbot: QtBot, parent: QWidget, key: Qt.Key
) -> None:
    seen: list[QDialog] = []
    press_in_next_dialog(qtbot, key, seen)
    assert not messages.confirm(parent, "Delete a session", "Delete it?", "Delete")
    assert seen and seen[0].result() != STUCK


@pytest.mark.parametrize("key", KEYS)
def test_enter_or_escape_closes_a_sentence(qtbot: QtBot, parent: QWidget, key: Qt.Key) -> None:
    seen: list[QDialog] = []
    press_in_next_dialog(qtbot, key, seen)
    messages.show_error(parent, ReflectError("Something happened. Here is what to do."))
    press_in_next_dialog(qtbot, key, seen)
    messages.inform(parent, "No backups", "There are no backups yet.")
    assert len(seen) == 2 and all(box.result() != STUCK for box in seen)


def test_enter_in_a_choice_takes_the_one_shown(qtbot: QtBot, parent: QWidget) -> None:
    seen: list[QDialog] = []

    def second_then_enter(dialog: QDialog) -> None:
        seen.append(dialog)
        QTimer.singleShot(3000, dialog, lambda: dialog.isVisible() and dialog.done(STUCK))
        box = dialog.focusWidget()
        assert isinstance(box, QComboBox)
        qtbot.keyClick(box, Qt.Key.Key_Down)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    answer_dialogs(second_then_enter)
    assert messages.choose(parent, "Restore", "Which?", ["Monday", "Tuesday"], "Restore") == 1
    assert seen[0].result() != STUCK


def test_escape_in_a_choice_takes_none(qtbot: QtBot, parent: QWidget) -> None:
    seen: list[QDialog] = []
    press_in_next_dialog(qtbot, Qt.Key.Key_Escape, seen)
    assert messages.choose(parent, "Restore", "Which?", ["Monday", "Tuesday"], "Restore") is None
    assert seen[0].result() != STUCK
