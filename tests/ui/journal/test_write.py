"""Journey 3: write a reflection with the keyboard alone, open a card, mark private, complete."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot

from reflect.domain.reflection import Status
from reflect.ui.main_window import MainWindow


def _focused() -> object:
    return QApplication.focusWidget()


def _tab_to(qtbot: QtBot, window: MainWindow, target: object, limit: int = 80) -> None:
    for _ in range(limit):
        if _focused() is target:
            return
        qtbot.keyClick(_focused() or window, Qt.Key.Key_Tab)
    raise AssertionError("could not reach the control with Tab")


def test_keyboard_only_reflection(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert page.middle.currentWidget() is editor
    assert editor.template_box.currentData() == "after-visit"
    assert editor.visit_date.date().toPython() == dt.date.today()
    assert _focused() is editor.family_code
    assert "never a name" in editor.family_code.lineEdit().placeholderText()
    qtbot.keyClicks(_focused(), "mb")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is editor.visit_kind
    qtbot.keyClick(editor.visit_kind, Qt.Key.Key_Down)
    qtbot.keyClick(editor.visit_kind, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "60")

    first = editor.prompts[0]
    _tab_to(qtbot, window, first.editor)
    qtbot.keyClicks(first.editor, "Short visit; the baby watched Mom's face the whole time.")
    seen = editor.prompt_widget("after-visit.seen")
    assert seen is not None and seen.prompt.help is not None
    _tab_to(qtbot, window, seen.editor)
    qtbot.keyClicks(seen.editor, "Mom named his frown: 'you are tired, little one'.")
    # F1 opens the card behind the focused question; focus stays in the answer.
    qtbot.keyClick(seen.editor, Qt.Key.Key_F1)
    assert page.card_panel.isVisible()
    assert page.card_view.card_id() == seen.prompt.cards[0]
    assert _focused() is seen.editor
    # F2 keeps the answer private from the answer itself; Tab goes on to the next answer,
    # not through the private mark and the card buttons.
    qtbot.keyClick(seen.editor, Qt.Key.Key_F2)
    assert seen.private.isChecked() and _focused() is seen.editor
    qtbot.keyClick(seen.editor, Qt.Key.Key_Tab)
    section = next(s for s in editor.sections if seen in s.prompts)
    later = [w for w in section.prompts[section.prompts.index(seen) + 1 :]]
    shown = [w for w in later if w.isVisibleTo(editor.widget())]
    # the next core answer of the section, or else the section's "Go deeper"
    assert _focused() is (shown[0].editor if shown else section.go_deeper)

    qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.status_label.text() == "Complete", timeout=5000)
    stored = window.session.get(editor.reflection.uuid)
    assert stored.status is Status.COMPLETE
    assert stored.family_code == "MB"
    assert stored.duration_minutes == 60
    answer = stored.answer("after-visit.seen")
    assert answer is not None and answer.private
    assert page.list_pane.model.rowCount() == 1
    assert isinstance(first.editor, QTextEdit)


def test_complete_without_a_family_code_says_what_to_do(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    first = page.editor.prompts[0]
    qtbot.keyClicks(first.editor, "Words that must not be lost.")
    from tests.helpers.dialogs import click_in_next_dialog

    seen: list[str] = []
    click_in_next_dialog("OK", seen)
    qtbot.mouseClick(page.editor.complete_button, Qt.MouseButton.LeftButton)
    assert seen and "family code" in seen[0]
    assert first.editor.toPlainText() == "Words that must not be lost."
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Saved"), timeout=5000)


def test_new_button_blank_forms_sharing_and_back_to_draft(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    from reflect.domain.reflection import ShareState

    window = unlocked
    page = window.journal_page
    assert "New reflection to write about a visit" in page.list_pane.nothing.text()
    assert page.list_pane.nothing.isVisible()
    qtbot.mouseClick(page.list_pane.empty.action, Qt.MouseButton.LeftButton)  # the invitation
    assert page.middle.currentWidget() is page.editor
    qtbot.mouseClick(page.list_pane.new_button, Qt.MouseButton.LeftButton)
    assert page.middle.currentWidget() is page.editor
    qtbot.mouseClick(page.list_pane.new_button, Qt.MouseButton.LeftButton)
    assert page.save_now()
    assert page.list_pane.model.rowCount() == 0  # untouched forms leave no empty rows
    editor = page.editor
    qtbot.keyClicks(editor.family_code, "SH")
    qtbot.keyClicks(editor.prompts[0].editor, "Worth bringing to supervision.")
    qtbot.mouseClick(editor.share, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in editor.save_state.text(), timeout=5000)
    assert editor.save_state.text().startswith("Draft")
    uuid = editor.reflection.uuid
    assert window.session.get(uuid).share_state is ShareState.TO_SHARE
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    assert editor.complete_button.text() == "Mark as draft again"
    assert editor.save_state.text().startswith("Complete")
    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    assert window.session.get(uuid).status is Status.DRAFT
    assert page.list_pane.model.rowCount() == 1


def test_ctrl_down_and_up_move_between_questions(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    shown = [w for w in editor.prompts if w.isVisibleTo(editor.widget())]
    shown[0].editor.setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _focused() is shown[1].editor  # questions behind "Go deeper" are skipped
    qtbot.keyClick(_focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(_focused(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _focused() is shown[1].editor


def test_delete_asks_first_then_the_reflection_is_gone(qtbot: QtBot, unlocked: MainWindow) -> None:
    from tests.helpers.dialogs import click_in_next_dialog

    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.family_code, "DL")
    qtbot.keyClicks(page.editor.prompts[0].editor, "To be deleted")
    assert page.save_now()
    uuid = page.editor.reflection.uuid
    click_in_next_dialog("Cancel")
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.session.get(uuid).uuid == uuid
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    seen: list[str] = []
    click_in_next_dialog("Delete", seen)
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen and "five weeks" in seen[0]
    assert page.list_pane.model.rowCount() == 0
    assert page.middle.currentWidget() is page.empty
    # The backup and the delete itself finish in the background.
    qtbot.waitUntil(lambda: any(b.reason == "before-delete" for b in window.session.backups()))


def test_the_core_answers_take_at_most_twenty_tabs_from_the_family_code(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    from reflect.domain.prompt import Depth

    window = unlocked
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    assert _focused() is editor.family_code
    core = [w for w in editor.prompts if w.prompt.depth is Depth.CORE and not w.prompt.retired]
    assert len(core) <= 6
    presses = 0
    for widget in core[:5]:
        while _focused() is not widget.editor:
            qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
            presses += 1
            assert presses <= 20, f"{presses} Tab presses and not yet at {widget.prompt.id}"
        if widget.prompt.kind.value == "text":
            qtbot.keyClicks(widget.editor, "A few words.")
    assert presses <= 20
