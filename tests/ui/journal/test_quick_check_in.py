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


def test_a_heavy_check_in_by_keyboard_offers_care_and_keeps_it_private(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """The shipped check-in at the heavy end, keyboard only: the gentle note appears under
    the answer, its self-care card opens with Enter, and the check-in completes with every
    answer private and nothing of the note stored."""
    from reflect.domain.reflection import Status
    from reflect.ui.cards.card_parts import Chip

    window = unlocked
    page = window.journal_page
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_N, ctrl_shift)
    energy, heaviness, one_word, one_need = page.editor.prompts
    assert QApplication.focusWidget() is energy.editor
    qtbot.keyClicks(energy.editor, "3")
    qtbot.keyClick(energy.editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is heaviness.editor
    note = heaviness.heavy_note
    assert note is not None and not note.isVisibleTo(page.editor)
    qtbot.keyClicks(heaviness.editor, "9")
    assert note.isVisibleTo(page.editor)
    assert QApplication.focusWidget() is heaviness.editor  # the note never takes the cursor
    # Tab reaches the note's card, and Enter opens it beside the check-in.
    qtbot.keyClick(heaviness.editor, Qt.Key.Key_Tab)
    chip = QApplication.focusWidget()
    assert isinstance(chip, Chip) and chip.parent() is note
    qtbot.keyClick(chip, Qt.Key.Key_Return)
    qtbot.waitUntil(page.card_panel.isVisible, timeout=2000)
    assert page.card_view.card_id() == "self-care-and-belly-breathing"
    # On through the note to the next answer; the number typed is still there.
    for _ in range(len(note.chips)):
        assert isinstance(QApplication.focusWidget(), Chip)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is one_word.editor
    assert heaviness.text() == "9"
    qtbot.keyClicks(one_word.editor, "drained")
    qtbot.keyClick(one_word.editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is one_need.editor
    qtbot.keyClicks(one_need.editor, "Time")  # a combo box finds the choice by its first word
    assert one_need.editor.currentText() == "Time with my supervisor"  # type: ignore[attr-defined]
    qtbot.keyClick(one_need.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor.status_label.text() == "Complete", timeout=5000)
    stored = window.session.get(page.editor.reflection.uuid)
    assert stored.status is Status.COMPLETE
    assert {a.prompt_id: (a.text, a.private) for a in stored.answers} == {
        "quick-check-in.energy": ("3", True),
        "quick-check-in.heaviness": ("9", True),
        "quick-check-in.one-word": ("drained", True),
        "quick-check-in.one-need": ("time-with-my-supervisor", True),  # stored by key
    }
    assert "heavy one" not in (stored.notes + "".join(a.text for a in stored.answers))


def test_a_check_in_opens_in_its_own_short_form_not_the_visit_form(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    """A check-in is about the visitor, not a visit: no family code, kind of visit or
    visit length to fill in, only its date and its own questions."""
    window = unlocked
    window.resize(1366, 768)
    window.show()
    page = window.journal_page
    editor = page.editor
    qtbot.mouseClick(page.list_pane.check_in_button, Qt.MouseButton.LeftButton)
    assert editor.prompts[0].prompt.id == "quick-check-in.energy"
    assert not editor.family_code.isVisibleTo(editor)
    assert not editor.visit_kind.isVisibleTo(editor)
    assert not editor.duration.isVisibleTo(editor)
    assert editor.visit_date.isVisibleTo(editor) and editor.date_label.text() == "Date"
    # A visit asks for all of them again.
    qtbot.mouseClick(page.list_pane.new_button, Qt.MouseButton.LeftButton)
    assert editor.family_code.isVisibleTo(editor) and editor.visit_kind.isVisibleTo(editor)
    assert editor.duration.isVisibleTo(editor) and editor.date_label.text() == "Visit date"
    # From the How I've been page too.
    window.go_to(window.self_care_page)
    window.self_care_page.check_in_requested.emit()
    assert window.pages.currentWidget() is page
    assert editor.template_box.currentData() == "quick-check-in"
    assert not editor.family_code.isVisibleTo(editor)
