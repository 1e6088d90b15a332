"""What a visitor sees of the form's calm look: a private answer is marked beside its
question, card links are chips that open their card, and the safety notice is part of the
page, named for a screen reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow


def _new_reflection(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.journal_page.list_pane.new_button, Qt.MouseButton.LeftButton)


def test_a_private_answer_shows_its_mark_and_loses_it_when_shared_again(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    _new_reflection(qtbot, unlocked)
    editor = unlocked.journal_page.editor
    first = editor.prompts[0]
    assert not first.private_mark.isVisibleTo(editor)
    first.editor.setFocus()
    qtbot.keyClick(first.editor, Qt.Key.Key_F2)
    assert first.private.isChecked()
    assert first.private_mark.isVisibleTo(editor)
    assert first.private_mark.words.text() == "Private"
    assert first.editor.property("private") is True  # the box is drawn muted
    qtbot.keyClick(first.editor, Qt.Key.Key_F2)
    assert not first.private_mark.isVisibleTo(editor)
    assert first.editor.property("private") is False


def test_a_stored_private_answer_opens_with_its_mark(qtbot: QtBot, unlocked: MainWindow) -> None:
    _new_reflection(qtbot, unlocked)
    page = unlocked.journal_page
    editor = page.editor
    qtbot.keyClicks(editor.family_code, "MB")
    first = editor.prompts[0]
    first.editor.setFocus()
    qtbot.keyClicks(first.editor, "A quiet visit.")
    qtbot.keyClick(first.editor, Qt.Key.Key_F2)
    assert page.save_now()
    uuid = editor.reflection.uuid
    page.new_reflection()
    assert not editor.prompts[0].private_mark.isVisibleTo(editor)
    page.open_reflection(uuid)
    assert editor.prompts[0].private_mark.isVisibleTo(editor)


def test_a_card_chip_opens_its_card(qtbot: QtBot, unlocked: MainWindow) -> None:
    _new_reflection(qtbot, unlocked)
    page = unlocked.journal_page
    prompt = next(w for w in page.editor.prompts if w.chips)
    chip = prompt.chips[0]
    assert chip.property("look") == "chip"
    assert chip.accessibleName().startswith("Open the card ")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.card_panel.isVisible, timeout=2000)
    assert page.card_view.card_id() == chip.card_id()


def test_the_safety_notice_is_on_the_page_with_its_name(qtbot: QtBot, unlocked: MainWindow) -> None:
    _new_reflection(qtbot, unlocked)
    editor = unlocked.journal_page.editor
    notice = editor.safety_notice
    assert notice.isVisibleTo(editor)
    assert notice.accessibleName() == "Safety notice"
    assert "safety protocol" in editor.notice.text()
    assert notice.isAncestorOf(editor.notice)


def test_go_deeper_is_a_disclosure_that_opens_and_closes(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    _new_reflection(qtbot, unlocked)
    editor = unlocked.journal_page.editor
    section = next(s for s in editor.sections if s.go_deeper.isVisibleTo(editor))
    assert section.go_deeper.property("iconName") == "caret-right"
    qtbot.mouseClick(section.go_deeper, Qt.MouseButton.LeftButton)
    assert section.deeper.isVisibleTo(editor)
    assert section.go_deeper.property("iconName") == "caret-down"
    qtbot.mouseClick(section.go_deeper, Qt.MouseButton.LeftButton)
    assert not section.deeper.isVisibleTo(editor)


def test_finishing_is_the_main_action_and_going_back_to_a_draft_is_not(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    _new_reflection(qtbot, unlocked)
    editor = unlocked.journal_page.editor
    qtbot.keyClicks(editor.family_code, "B-08")  # a visit is marked complete with its code
    first = editor.prompts[0].editor
    first.setFocus()
    qtbot.keyClicks(first, "He watched her face.")
    button = editor.complete_button
    assert (button.text(), button.property("look")) == ("Mark complete", "primary")
    button.click()
    qtbot.waitUntil(lambda: button.text() == "Mark as draft again")
    assert button.property("look") == "plain"
