"""A set of questions of one's own, from a copy, by keyboard: keep, reword, move and add
questions, then write a reflection with it; it stays after a lock, and a question taken
out of a set already used is put away, its answers kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidget
from pytestqt.qtbot import QtBot

from reflect.domain.own_templates import is_own
from reflect.ui.journal.own_questions_dialog import OwnQuestionsDialog
from reflect.ui.main_window import MainWindow
from tests.helpers.dialogs import answer_dialogs
from tests.helpers.windows import PASSPHRASE


def _menu_action(window: MainWindow, text: str) -> object:
    journal_menu = window.menuBar().actions()[0].menu()
    return next(a for a in journal_menu.actions() if a.text().replace("&", "") == text)


def _in_dialog(qtbot: QtBot, steps: Callable[[OwnQuestionsDialog], None]) -> list[str]:
    """Run `steps` on the dialog once it is open (it is modal); returns what went wrong."""
    problems: list[str] = []

    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, OwnQuestionsDialog)
        dialog.activateWindow()  # as a window manager would: an editor's focus returns to it
        try:
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            steps(dialog)
        except AssertionError as error:  # said after the dialog is closed
            problems.append(str(error))
            dialog.reject()

    answer_dialogs(drive)
    return problems


def _key(
    qtbot: QtBot,
    dialog: OwnQuestionsDialog,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key to whatever has the focus in the dialog."""
    qtbot.keyClick(dialog.focusWidget(), key, modifier)


def test_a_copy_of_after_a_visit_made_and_used_by_keyboard(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    def steps(dialog: OwnQuestionsDialog) -> None:
        assert dialog.start_from.currentData() == "after-visit"  # the set on screen
        assert "copy" in dialog.how.text()
        assert dialog.focusWidget() is dialog.start_from
        _key(qtbot, dialog, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.name
        assert dialog.name.text() == "After a visit (my own)"
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Short visit")
        _key(qtbot, dialog, Qt.Key.Key_Tab)
        tree = dialog.focusWidget()
        assert isinstance(tree, QTreeWidget)
        first = tree.currentItem()
        assert first.text(0) == "In a sentence or two, what happened on this visit?"
        _key(qtbot, dialog, Qt.Key.Key_F2)  # new words for the first question
        editor = dialog.focusWidget()
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, "What happened, in one line?")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.focusWidget() is tree)  # Qt commits on its next turn
        _key(qtbot, dialog, Qt.Key.Key_Down)  # "What went well…": not asked in this set
        assert tree.currentItem().text(0).startswith("What went well")
        _key(qtbot, dialog, Qt.Key.Key_Space)
        assert tree.currentItem().checkState(0) == Qt.CheckState.Unchecked
        _key(qtbot, dialog, Qt.Key.Key_Up)
        _key(qtbot, dialog, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # moved below it
        assert first.parent().indexOfChild(first) == 1
        _key(qtbot, dialog, Qt.Key.Key_Tab)  # to "Add a question"
        assert dialog.focusWidget() is dialog.add_button
        _key(qtbot, dialog, Qt.Key.Key_Space)
        qtbot.keyClicks(dialog.focusWidget(), "What did I learn about myself?")
        _key(qtbot, dialog, Qt.Key.Key_Return)  # ends the words
        qtbot.waitUntil(lambda: dialog.focusWidget() is tree)
        _key(qtbot, dialog, Qt.Key.Key_Return)  # saves
        assert not dialog.isVisible()

    problems = _in_dialog(qtbot, steps)
    _menu_action(window, "Your own questions…").trigger()  # type: ignore[attr-defined]
    assert problems == []
    # A new reflection with the new set has begun, at its family code.
    editor = page.editor
    assert is_own(str(editor.template_box.currentData()))
    assert editor.template_box.currentText() == "Short visit"
    assert window.focusWidget() is editor.family_code
    texts = [w.prompt.text for w in editor.prompts]
    # Reworded, moved past the question left out, and followed by her own.
    assert texts[:2] == ["What happened, in one line?", "What did I learn about myself?"]
    assert not any(t.startswith("What went well") for t in texts)
    qtbot.keyClicks(editor.family_code, "K7")
    reworded = next(w for w in editor.prompts if w.prompt.text == "What happened, in one line?")
    reworded.editor.setFocus()
    qtbot.keyClicks(reworded.editor, "A calm visit.")
    assert page.save_now()
    uuid = editor.reflection.uuid  # type: ignore[union-attr]
    template_id = editor.reflection.template_id  # type: ignore[union-attr]
    # After a lock the set is still there, and the reflection opens with its questions.
    window.lock()
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, "\r")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    page.open_reflection(uuid)
    assert page.editor.template_box.currentData() == template_id
    shown = {w.prompt.text: w.text() for w in page.editor.prompts}
    assert shown["What happened, in one line?"] == "A calm visit."


def test_a_question_taken_out_of_a_used_set_is_put_away_and_its_answer_kept(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    import datetime as dt

    from reflect.domain.own_templates import copy_of
    from reflect.domain.reflection import Answer, Reflection

    window = unlocked
    page = window.journal_page
    session = window.session
    mine = copy_of(page.editor.library.template("quick-check-in"), "Evening check-in")
    session.save_own_template(mine)
    word = next(p for p in mine.iter_prompts() if p.id.endswith(".one-word"))
    written = session.save(
        Reflection(
            dt.date(2026, 12, 1), "", mine.id, answers=(Answer(word.id, "tired", private=True),)
        )
    )
    page.open_reflection(written.uuid)
    assert page.editor.template_box.currentText() == "Evening check-in"

    def steps(dialog: OwnQuestionsDialog) -> None:
        assert dialog.start_from.currentData() == mine.id  # the set on screen
        assert "this set of your own" in dialog.how.text()
        tree = dialog.questions
        tree.setFocus()
        while tree.currentItem().text(0) != word.text:
            _key(qtbot, dialog, Qt.Key.Key_Down)
        _key(qtbot, dialog, Qt.Key.Key_Space)  # no longer asked
        dialog.offered.setFocus()
        _key(qtbot, dialog, Qt.Key.Key_Space)  # and the set put away
        assert not dialog.offered.isChecked()
        dialog.name.setFocus()
        _key(qtbot, dialog, Qt.Key.Key_Return)  # Enter saves from a field

    problems = _in_dialog(qtbot, steps)
    _menu_action(window, "Your own questions…").trigger()  # type: ignore[attr-defined]
    assert problems == []
    stored = next(t for t in session.own_templates() if t.id == mine.id)
    assert stored.retired and stored.find_prompt(word.id).retired  # type: ignore[union-attr]
    # No longer offered for a new reflection...
    window.activateWindow()  # back from the dialog, as a window manager would
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    offered = [
        page.editor.template_box.itemData(i) for i in range(page.editor.template_box.count())
    ]
    assert mine.id not in offered
    # ...but the reflection written with it opens with it, its answer and question kept.
    page.open_reflection(written.uuid)
    assert page.editor.template_box.currentData() == mine.id
    kept = next(w for w in page.editor.prompts if w.prompt.id == word.id)
    qtbot.waitUntil(lambda: kept.isVisibleTo(page.editor), timeout=2000)  # shown on Qt's next turn
    assert kept.text() == "tired"
    assert kept.prompt.text == word.text


def test_a_name_is_needed_and_escape_leaves_everything_as_it_was(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked

    def steps(dialog: OwnQuestionsDialog) -> None:
        _key(qtbot, dialog, Qt.Key.Key_Tab)
        dialog.name.clear()
        _key(qtbot, dialog, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
        assert "name" in dialog.problem.text()
        _key(qtbot, dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    problems = _in_dialog(qtbot, steps)
    _menu_action(window, "Your own questions…").trigger()  # type: ignore[attr-defined]
    assert problems == []
    assert window.session.own_templates() == ()


def test_questions_of_her_own_in_two_sections_keep_apart(qtbot: QtBot) -> None:
    """Each question she adds gets an id of its own, whichever section it goes in."""
    from reflect.content import load_library

    dialog = OwnQuestionsDialog(load_library())
    qtbot.addWidget(dialog)
    dialog.start_with("after-visit")
    dialog.show()
    qtbot.waitExposed(dialog)
    heads = [dialog.questions.topLevelItem(i) for i in range(2)]
    for head, words in zip(heads, ("First of mine?", "Second of mine?"), strict=True):
        dialog.questions.setCurrentItem(head.child(0))  # type: ignore[union-attr]
        dialog.add_question()
        dialog.questions.currentItem().setText(0, words)
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # saves
    made = dialog.template()
    assert made is not None
    ids = [p.id for p in made.iter_prompts()]
    assert len(ids) == len(set(ids))
    mine = [p for p in made.iter_prompts() if p.text.endswith("of mine?")]
    assert len(mine) == 2 and mine[0].id != mine[1].id
