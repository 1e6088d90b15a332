"""What a screen reader is told without the focus moving: saved (when it matters), locked,
a search's count, how an import ended, a wrong passphrase, the status bar's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from reflect.ui.widgets.announce import announce
from tests.helpers.announcements import Heard, listen, said
from tests.helpers.journals import reflection
from tests.helpers.windows import PASSPHRASE, make_window, nav, settled

CTRL = Qt.KeyboardModifier.ControlModifier


def test_an_announcement_is_sent_with_its_words_source_and_urgency(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = listen(monkeypatch)
    label = QLabel()
    qtbot.addWidget(label)
    announce(label, "  Saved\n 10:42 ")
    announce(label, "Not saved.", assertive=True)
    announce(label, "   ")  # nothing to say: nothing sent
    assert heard == [Heard("Saved 10:42", False, label), Heard("Not saved.", True, label)]
    QAccessible.setActive(True)  # as when a screen reader listens: Qt takes it as it is
    try:
        announce(label, "Heard by Qt itself")
    finally:
        QAccessible.setActive(False)
    assert said(heard)[-1] == "Heard by Qt itself"


def test_a_wrong_passphrase_is_said_at_once_and_locking_is_said(
    qtbot: QtBot, existing: tuple[JournalPaths, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = existing
    window = make_window(qtbot, paths)
    heard = listen(monkeypatch)
    unlock = window.entry.unlock_page
    qtbot.keyClicks(unlock.passphrase, "a wrong guess")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    settled(window)
    assert heard == [Heard(unlock.message.text(), True, unlock.message)]
    assert "does not open" in heard[0].message
    unlock.passphrase.clear()
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    heard.clear()
    window.lock()
    assert said(heard) == ["Reflect is locked"]


def test_saved_is_said_when_asked_and_trouble_once_not_at_every_pause(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, page = unlocked, unlocked.journal_page
    heard = listen(monkeypatch)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert said(heard) == ["New reflection: it saves itself as you write."]
    first = page.editor.prompts[0].editor
    qtbot.keyClicks(first, "The baby reached for the spoon.")
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Saved"), timeout=5000)
    assert len(heard) == 1, "Saving… and Saved at every pause in typing are not said"
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert said(heard)[-1] == "Everything is saved."
    heard.clear()
    code = page.editor.family_code.lineEdit()
    assert isinstance(code, QLineEdit)
    code.setMaxLength(100)  # a code too long for the journal: the save is refused
    qtbot.keyClicks(page.editor.family_code, "A very long family code that is really a name")
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Not saved"), timeout=5000)
    qtbot.keyClicks(first, " Still refused.")
    page.saver.flush()
    trouble = Heard(window.status_label.text(), True, window.status_label)
    assert heard == [trouble], "the trouble is said at once, and once"
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert heard == [trouble, trouble], "Save now says again why it cannot"
    code.selectAll()
    qtbot.keyClicks(page.editor.family_code, "AB")
    page.saver.flush()
    window.session.lock()


def test_a_search_says_how_many_it_found(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = JournalPaths(tmp_path / "journal")
    journal, _ = Journal.create(paths, PASSPHRASE)
    journal.add_reflection(reflection("sleepy"))
    journal.add_reflection(reflection("sleepy too"))
    journal.close()
    window = make_window(qtbot, paths)
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    pane = window.journal_page.list_pane
    heard = listen(monkeypatch)
    qtbot.keyClicks(pane.search, "sleepy")
    qtbot.waitUntil(lambda: "2 matching reflections." in said(heard), timeout=5000)
    assert heard[-1].source is pane.view
    pane.search.selectAll()
    qtbot.keyClicks(pane.search, "zebra")
    nothing = "No reflections match. Try other words, or clear the filters."
    qtbot.waitUntil(lambda: said(heard)[-1] == nothing, timeout=5000)  # after the pause
    assert pane.nothing.isVisible() and pane.nothing.text() == nothing
    window.session.lock()


def test_an_import_says_how_it_ended(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nav(unlocked, "Supervision")
    inbox = unlocked.supervision_page.inbox
    unlocked.supervision_page.tabs.setCurrentWidget(inbox)
    heard = listen(monkeypatch)
    packet = tmp_path / "from-dana.reflect-packet"
    packet.write_bytes(b"not a packet at all")
    inbox.import_file(packet)
    settled(unlocked)
    assert heard[-1] == Heard(inbox.outcome.text(), False, inbox.outcome)
    assert "Importing" not in heard[-1].message


def test_the_status_bar_is_said(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    nav(unlocked, "Settings")
    heard = listen(monkeypatch)
    unlocked.settings_page.backups.backup_now.click()
    qtbot.waitUntil(lambda: "Backup taken." in said(heard), timeout=10_000)
    assert heard[said(heard).index("Backup taken.")].source is unlocked.statusBar()
