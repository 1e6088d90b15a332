"""A quick check-in has its own button and shortcut: one press, and the cursor is in its
first answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow


def _check_in_action(window: MainWindow) -> object:
    journal_menu = window.menuBar().actions()[0].menu()
    return next(a for a in journal_menu.actions() if a.text().replace("&", "") == "Quick check-in")


def test_shortcut_opens_a_check_in_with_the_cursor_in_its_first_answer(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    page = window.journal_page
    window.go_to(window.hours_page)  # from anywhere in the workspace
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_N, ctrl_shift)
    assert window.pages.currentWidget() is page
    editor = page.editor
    assert editor.template_box.currentData() == "quick-check-in"
    first = editor.prompts[0]
    assert first.prompt.id == "quick-check-in.energy"
    assert QApplication.focusWidget() is first.editor
    qtbot.keyClicks(first.editor, "6")  # types over "Not answered"
    assert page.save_now()
    stored = window.session.get(editor.reflection.uuid)
    assert stored.template_id == "quick-check-in"
    assert stored.answer("quick-check-in.energy").text == "6"
    action = _check_in_action(window)
    assert action.shortcut().toString() == "Ctrl+Shift+N"


def test_button_says_its_shortcut_and_opens_a_check_in(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    page = window.journal_page
    button = page.list_pane.check_in_button
    assert button.isVisible() and button.text() == "Quick check-in"
    assert "Ctrl+Shift+N" in button.toolTip()
    assert button.accessibleName() == "Quick check-in"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.editor.template_box.currentData() == "quick-check-in"
    assert QApplication.focusWidget() is page.editor.prompts[0].editor
    # Beside it, New reflection still starts an after-visit reflection at the family code.
    qtbot.mouseClick(page.list_pane.new_button, Qt.MouseButton.LeftButton)
    assert page.editor.template_box.currentData() == "after-visit"
    assert QApplication.focusWidget() is page.editor.family_code


def test_a_check_in_is_completed_without_a_family_code_and_a_visit_is_not(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reflect.domain.reflection import Status
    from reflect.ui.widgets import messages

    window = unlocked
    page = window.journal_page
    said: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error: said.append(error.sentence))
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_N, ctrl_shift)
    qtbot.keyClicks(page.editor.prompts[0].editor, "4")
    qtbot.keyClick(
        page.editor.prompts[0].editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: page.editor.status_label.text() == "Complete", timeout=5000)
    assert said == []
    assert window.session.get(page.editor.reflection.uuid).status is Status.COMPLETE
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a visit
    first = page.editor.prompts[0].editor
    first.setFocus()
    qtbot.keyClicks(first, "A short visit.")
    qtbot.keyClick(first, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert said and "family code" in said[0]
    assert page.editor.status_label.text() == "Draft"
    assert first.toPlainText() == "A short visit."  # what was typed stays
