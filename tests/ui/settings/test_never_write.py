"""Words never to share (Settings) and the quiet hint under an answer that may identify someone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reflect.domain.reflection import Answer, Reflection
from reflect.ui.main_window import MainWindow
from reflect.ui.settings.settings_page import SettingsPage
from tests.helpers.windows import PASSPHRASE


def _settings(window: MainWindow) -> SettingsPage:
    window.nav.button(window.pages.indexOf(window.settings_page)).click()
    assert window.pages.currentWidget() is window.settings_page
    return window.settings_page


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)


def test_the_list_is_kept_in_the_journal_and_leaves_the_screen_on_lock(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    box = _settings(window).never_write
    page_text = " ".join(label.text() for label in window.settings_page.findChildren(QLabel))
    assert "Words never to share" in page_text
    assert "The list stays inside your encrypted journal." in page_text
    box.editor.setFocus()
    qtbot.keyClicks(box.editor, "Jamila")
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(box.editor, "  Riverside Clinic  ")
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(box.editor, "jamila")
    qtbot.waitUntil(lambda: box.state.text() == "Saved in your journal.", timeout=3000)
    assert window.session.never_write() == ("Jamila", "Riverside Clinic")

    # Typing then locking at once still keeps the word: pending edits are saved first.
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(box.editor, "Maple Grove")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert box.editor.toPlainText() == ""
    assert window.journal_page.editor.never_write() == ()
    assert not window.session.is_open

    _unlock(qtbot, window)
    assert window.journal_page.editor.never_write() == ("Jamila", "Riverside Clinic", "Maple Grove")
    box = _settings(window).never_write
    assert box.editor.toPlainText() == "Jamila\nRiverside Clinic\nMaple Grove"


def test_hint_appears_after_a_pause_and_goes_when_the_text_no_longer_matches(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    box = _settings(window).never_write
    box.editor.setFocus()
    qtbot.keyClicks(box.editor, "Jamila")
    window.nav.button(0).click()  # the focus leaves the box: saved, and the editor knows
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.family_code, "KL")
    answer = page.editor.prompts[0]
    answer.editor.setFocus()
    qtbot.keyClicks(answer.editor, "Mom asked me to text 555-123-4567; JAMILA slept.")
    # Typing is never held up: nothing is said until the pause.
    assert not answer.hint.isVisible()
    qtbot.waitUntil(answer.hint.isVisible, timeout=3000)
    assert answer.hint.text() == (
        "This may identify someone: a phone number (555-…), "
        "a word you chose never to share (JAMILA)."
    )
    assert QApplication.activeModalWidget() is None
    assert "a phone number" in answer.editor.accessibleDescription()
    # The answer still saves itself as usual.
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Saved"), timeout=5000)
    uuid = page.editor.reflection.uuid
    assert "555-123-4567" in window.session.get(uuid).answers[0].text

    answer.editor.selectAll()
    qtbot.keyClicks(answer.editor, "Mom asked me to text her; the baby slept.")
    qtbot.waitUntil(lambda: not answer.hint.isVisible(), timeout=3000)
    assert answer.hint.text() == ""
    assert "phone" not in answer.editor.accessibleDescription()


def test_a_stored_reflection_shows_its_hints_on_opening_including_notes(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    window.session.set_never_write(["Riverside Clinic"])
    stored = window.session.save(
        Reflection(
            dt.date(2026, 11, 12),
            "KL",
            "after-visit",
            answers=(
                Answer("after-visit.what-happened", "We met at Riverside Clinic today."),
                Answer("after-visit.seen", "He was born 3/14/2026.", private=True),
            ),
            notes="Ask about the move to 42 Maple Grove Avenue.",
        )
    )
    page = window.journal_page
    page.reload()
    page.open_reflection(stored.uuid)
    editor = page.editor
    what = editor.prompt_widget("after-visit.what-happened")
    assert what is not None and what.hint.isVisible()
    assert "never to share (Riverside Clinic)" in what.hint.text()
    seen = editor.prompt_widget("after-visit.seen")
    assert seen is not None and "birth date (3/14/2026)" in seen.hint.text()
    assert editor.notes_hint.isVisible()
    assert "a street address (42 Maple…)" in editor.notes_hint.text()
    # A scale answer is a number: it is never flagged.
    assert not any(w.hint.isVisible() for w in editor.prompts if w not in (what, seen))
