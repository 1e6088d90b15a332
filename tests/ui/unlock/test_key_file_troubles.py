"""A key file of another journal, or a key file without its journal, said plainly on screen."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.windows import make_window


def test_recovery_key_beside_another_journals_key_file_opens_and_says_so(
    qtbot: QtBot, existing: tuple[JournalPaths, str], tmp_path: Path
) -> None:
    paths, key = existing
    other = JournalPaths(tmp_path / "other")
    Journal.create(other, "another journal's passphrase")[0].close()
    shutil.copy2(other.keys, paths.keys)
    window = make_window(qtbot, paths)
    qtbot.mouseClick(window.entry.unlock_page.recovery_button, Qt.MouseButton.LeftButton)
    page = window.entry.recover_page
    qtbot.keyClicks(page.key, key)
    qtbot.keyClicks(page.fields.first_field, "my new passphrase")
    qtbot.keyClicks(page.fields.last_field, "my new passphrase")
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    said = window.statusBar().currentMessage()
    assert "another journal" in said and "kept aside" in said
    kept = [p for p in paths.folder.iterdir() if p.name.startswith("journal.keys.other-journal")]
    assert [p.read_bytes() for p in kept] == [other.keys.read_bytes()]
    window.session.lock()
    Journal.open(paths, "my new passphrase").close()


def test_key_file_without_its_journal_is_not_a_silent_first_start(
    qtbot: QtBot, existing: tuple[JournalPaths, str]
) -> None:
    paths, _ = existing
    paths.database.unlink()
    window = make_window(qtbot, paths)
    assert window.stack.currentWidget() is window.entry.welcome
    assert window.entry.welcome.notice.isVisible()
    notice = window.entry.welcome.notice.text()
    assert "journal file is missing" in notice and str(paths.folder) in notice


def test_a_fresh_folder_shows_no_missing_journal_notice(qtbot: QtBot, paths: JournalPaths) -> None:
    window = make_window(qtbot, paths)
    assert window.stack.currentWidget() is window.entry.welcome
    assert not window.entry.welcome.notice.isVisible()
