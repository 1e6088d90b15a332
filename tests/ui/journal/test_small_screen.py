"""On a 1024x600 laptop the form opens with its first question in sight: the header keeps
to a few rows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow


def test_at_1024x600_the_first_answer_box_is_in_sight_when_a_reflection_opens(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    window.resize(920, 540)  # the window Reflect opens on a 1024x600 screen
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    editor = window.journal_page.editor
    assert editor.verticalScrollBar().value() == 0  # nothing scrolled to get there
    box = editor.prompts[0].editor
    top = box.mapTo(editor.viewport(), QPoint(0, 0)).y()
    assert top >= 0 and top + 20 <= editor.viewport().height()


def test_saving_and_saved_do_not_move_the_form_under_the_cursor(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    window.resize(920, 540)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    editor = window.journal_page.editor
    box = editor.prompts[0].editor
    tops = []
    for said in ("", "Saving…", "Saved 10:42 PM", "Saving…", "Saved 9:05 AM"):
        editor.show_save_state(said)
        qtbot.wait(10)
        tops.append(box.mapTo(editor.viewport(), QPoint(0, 0)).y())
    assert len(set(tops)) == 1, tops
