"""Journey 4: drafts save themselves, the status says so truthfully, and a kill loses little."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from tests.helpers.windows import PASSPHRASE


def test_saves_a_moment_after_typing_and_on_focus_change(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    first = page.editor.prompts[0].editor
    first.setFocus()
    qtbot.keyClicks(first, "The baby reached for the spoon.")
    assert window.status_label.text() == "Saving…"
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Saved"), timeout=5000)
    uuid = page.editor.reflection.uuid
    assert window.session.get(uuid).answers[0].text == "The baby reached for the spoon."
    # Moving focus saves at once, without waiting for the pause.
    qtbot.keyClicks(first, " Then she laughed.")
    page.list_pane.search.setFocus()
    assert window.session.get(uuid).answers[0].text.endswith("Then she laughed.")


def test_not_saved_says_why_and_keeps_the_text(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    combo_line = page.editor.family_code.lineEdit()
    assert isinstance(combo_line, QLineEdit)
    combo_line.setMaxLength(100)  # let the visitor type something too long
    qtbot.keyClicks(page.editor.family_code, "A very long family code that is really a name")
    first = page.editor.prompts[0].editor
    qtbot.keyClicks(first, "Every word stays on screen.")
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Not saved"), timeout=5000)
    assert "at most 16 characters" in window.status_label.text()
    assert first.toPlainText() == "Every word stays on screen."
    # The visitor shortens the code: the next save goes through, nothing was lost.
    combo_line.selectAll()
    qtbot.keyClicks(page.editor.family_code, "AB")
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Saved"), timeout=5000)
    stored = window.session.get(page.editor.reflection.uuid)
    assert stored.answers[0].text == "Every word stays on screen."


def test_lock_saves_what_was_typed(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.family_code, "QL")
    first = page.editor.prompts[0].editor
    qtbot.keyClicks(first, "Typed just before locking")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.is_open
    with Journal.open(window.session.paths, PASSPHRASE, auto_backup=False) as journal:
        hits = journal.search("locking")
        assert len(hits) == 1


@pytest.mark.crash
def test_kill_mid_edit_loses_at_most_a_few_seconds(existing: tuple[JournalPaths, str]) -> None:
    paths, _ = existing
    words = "Grandma held the baby close and hummed the old lullaby"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.helpers.autosave_child",
            str(paths.folder),
            PASSPHRASE,
            words,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.startswith("TYPED Saved"), line
    time.sleep(1.0)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.verify()
        (hit,) = journal.search("lullaby")
        draft = journal.get_reflection(hit.summary.uuid)
        assert draft.family_code == "KL"
        assert draft.answers[0].text.startswith(words)


def test_quitting_saves_what_was_typed(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.family_code, "QT")
    qtbot.keyClicks(page.editor.prompts[0].editor, "Typed just before quitting")
    paths = window.session.paths
    assert window.close()
    assert not window.session.is_open
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        (hit,) = journal.search("quitting")
        assert hit.summary.family_code == "QT"
