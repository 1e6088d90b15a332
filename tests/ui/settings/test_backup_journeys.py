"""Journeys: a journal back on a new laptop, a second folder for backups, restore from a
file in Settings, and a new recovery key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reflect.domain.errors import WrongRecoveryKey
from reflect.domain.reflection import Reflection
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from tests.helpers.dialogs import click_in_next_dialog
from tests.helpers.journals import reflection
from tests.helpers.passphrases import FAST
from tests.helpers.windows import PASSPHRASE, make_window, settled


def _settings(window: MainWindow):  # type: ignore[no-untyped-def]
    window.nav.button(window.pages.indexOf(window.settings_page)).click()
    return window.settings_page


def _old_laptop(tmp_path: Path, stick: Path) -> tuple[Reflection, Path, str]:
    """A journal on another computer that copied its backups to `stick`."""
    paths = JournalPaths(tmp_path / "old laptop")
    journal, recovery_key = Journal.create(paths, PASSPHRASE, kdf=FAST)
    with journal:
        kept = journal.add_reflection(reflection("the words from the old laptop"))
        journal.set_backup_copies_folder(str(stick))
        journal.back_up_now()
        journal.wait_for_background()
    (folder,) = stick.iterdir()
    (copy,) = folder.glob("*.reflect-backup")
    return kept, copy, recovery_key


def test_a_new_laptop_gets_the_journal_back_from_the_usb_stick(
    qtbot: QtBot, paths: JournalPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    kept, copy, _ = _old_laptop(tmp_path, stick)
    window = make_window(qtbot, paths)
    assert window.stack.currentWidget() is window.entry.welcome
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    qtbot.mouseClick(window.entry.welcome.restore_button, Qt.MouseButton.LeftButton)
    page = window.entry.restore_file_page
    assert window.stack.currentWidget() is page
    assert copy.name in page.file_label.text()
    assert not page.restore_button.isEnabled()
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    settled(window)
    assert "does not open" in page.message.text()
    assert window.stack.currentWidget() is page and not paths.database.exists()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    assert window.session.get(kept.uuid).answers == kept.answers
    assert page.passphrase.text() == ""
    window.session.lock()
    Journal.open(paths, PASSPHRASE, auto_backup=False).close()


def test_with_only_the_backup_file_the_recovery_key_brings_it_back(
    qtbot: QtBot, paths: JournalPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    kept, copy, recovery_key = _old_laptop(tmp_path, stick)
    Path(f"{copy}.keys").unlink()
    window = make_window(qtbot, paths)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    qtbot.mouseClick(window.entry.welcome.restore_button, Qt.MouseButton.LeftButton)
    page = window.entry.restore_file_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    settled(window)
    assert "recovery key" in page.message.text()
    page.with_key.click()
    assert page.key.isVisible() and not page.passphrase.isVisible()
    qtbot.keyClicks(page.key, recovery_key.lower())
    qtbot.keyClicks(page.fields.first_field, "a new laptop passphrase")
    qtbot.keyClicks(page.fields.last_field, "a new laptop passphrase")
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    assert window.session.get(kept.uuid).answers == kept.answers
    window.session.lock()
    Journal.open(paths, "a new laptop passphrase", auto_backup=False).close()


def test_also_keep_backups_in_a_folder_and_a_quiet_note_when_it_is_gone(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked
    window.session.journal.wait_for_background()  # the day's backup, taken after unlock
    stick = tmp_path / "usb"
    stick.mkdir()
    page = _settings(window)
    backups = page.backups
    assert not backups.stop_copies.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(backups.choose_copies, Qt.MouseButton.LeftButton)
    assert backups.copies_folder.text() == str(stick)
    assert "No copy has been made there yet" in backups.copies_note.text()
    qtbot.mouseClick(backups.backup_now, Qt.MouseButton.LeftButton)
    settled(window)
    window.session.journal.wait_for_background()
    qtbot.waitUntil(lambda: "last copy was made" in backups.copies_note.text(), timeout=5000)
    (folder,) = stick.iterdir()
    assert len(list(folder.glob("*.reflect-backup"))) == 1
    stick.rename(tmp_path / "unplugged")
    qtbot.mouseClick(backups.backup_now, Qt.MouseButton.LeftButton)
    settled(window)
    window.session.journal.wait_for_background()
    qtbot.waitUntil(lambda: "cannot be reached" in backups.copies_note.text(), timeout=5000)
    assert "last copy was made" in backups.copies_note.text()
    # Locked and opened again: the same quiet word in the status bar, and no dialog.
    window.lock()
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    assert window.statusBar().currentMessage() == ""  # nothing said about it while locked
    qtbot.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "cannot be reached" in window.statusBar().currentMessage(), timeout=5000
    )
    assert window.stack.currentWidget() is window.workspace
    qtbot.mouseClick(_settings(window).backups.stop_copies, Qt.MouseButton.LeftButton)
    assert backups.copies_folder.text() == "" and backups.copies_note.isHidden()


def test_restore_from_a_file_checks_it_belongs_to_this_journal(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked
    other = JournalPaths(tmp_path / "someone else")
    journal, _ = Journal.create(other, PASSPHRASE)
    with journal:
        foreign = other.backups / journal.create_backup().name
    page = _settings(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    seen: list[str] = []
    click_in_next_dialog("Restore", seen)
    click_in_next_dialog("OK", seen, tries=300)
    qtbot.mouseClick(page.backups.restore_file, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert "kept as a new backup first" in seen[0]
    assert "belongs to another journal" in seen[1]
    assert "Restore from a backup file" in seen[1]
    assert not any(b.reason == "before-restore" for b in window.session.backups())


def test_a_new_recovery_key_is_shown_once_and_the_old_one_stops_working(
    qtbot: QtBot, existing: tuple[JournalPaths, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, old_key = existing
    window = make_window(qtbot, paths)
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    page = _settings(window)
    assert not page._new_key.isEnabled()
    qtbot.keyClicks(page._recovery_passphrase, PASSPHRASE)
    seen: list[str] = []
    click_in_next_dialog("Make a new key", seen)
    qtbot.mouseClick(page._new_key, Qt.MouseButton.LeftButton)
    assert "old key will no longer open" in seen[0]
    assert "Backups taken before now" in seen[0] and "still open with it" in seen[0]
    key_page = window.entry.recovery_key_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is key_page, timeout=10_000)
    new_key = "-".join(key_page.key_label.text().split())
    assert new_key and new_key != old_key
    qtbot.mouseClick(key_page.stored, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(key_page.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert page._recovery_passphrase.text() == ""
    window.session.lock()
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(paths, old_key, auto_backup=False)
    Journal.open_with_recovery_key(paths, new_key, auto_backup=False).close()
