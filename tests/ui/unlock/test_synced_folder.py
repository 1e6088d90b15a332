"""Journey: the journal's folder turns out to be one a cloud service copies. Asked once,
before a journal is made there or when one is found there: keep it there, keep it on this
computer only, or choose another folder; the answer holds at the next start."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reflect.app import build_window
from reflect.storage.folder_choice import read_choice
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from tests.helpers.accessibility import unnamed_controls
from tests.helpers.windows import PASSPHRASE, make_window, settled


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of its own (the usual journal folder inside it), no OneDrive set up."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer", "REFLECT_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    return home


def _usual(home: Path) -> Path:
    return home / ".local" / "share" / "Reflect"


def _create_pressed(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.entry.welcome
    qtbot.mouseClick(window.entry.welcome.create_button, Qt.MouseButton.LeftButton)


def _make_journal(qtbot: QtBot, window: MainWindow) -> None:
    page = window.entry.create_page
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.fields.first_field, PASSPHRASE)
    qtbot.keyClicks(page.fields.last_field, PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    key_page = window.entry.recovery_key_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is key_page, timeout=10_000)
    window.session.lock()


def test_a_journal_about_to_be_made_in_dropbox_goes_to_this_computer_only(
    qtbot: QtBot, home: Path
) -> None:
    synced = JournalPaths(home / "Dropbox" / "Reflect")
    window = build_window(str(synced.folder))  # as started with --data-dir
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _create_pressed(qtbot, window)
    page = window.entry.folder_question.page
    assert window.stack.currentWidget() is page
    assert page.title.text() == "This folder is copied to Dropbox"
    assert "about to make your journal" in page.explain.text()
    assert page.folder.text() == str(synced.folder)
    assert unnamed_controls(page) == []
    assert page.local_button.hasFocus()  # Enter takes the first offer; Tab reaches the rest
    qtbot.keyClick(page.local_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.entry.create_page)
    assert window.session.data_folder == str(_usual(home))
    assert Path(window.settings.fileName()) == _usual(home) / "settings.ini"
    logs = [getattr(h, "baseFilename", "") for h in logging.getLogger().handlers]
    assert str(_usual(home) / "logs" / "reflect.log") in logs
    assert not any(name.startswith(str(synced.folder)) for name in logs)
    _make_journal(qtbot, window)
    assert (_usual(home) / "journal.reflect").is_file()
    assert not (synced.folder / "journal.reflect").exists()
    # Started again the same way (the same --data-dir), Reflect finds it on this computer.
    assert JournalPaths.resolve(synced.folder).folder == _usual(home)


def test_kept_in_onedrive_it_is_not_asked_again(qtbot: QtBot, home: Path) -> None:
    synced = JournalPaths(home / "OneDrive - Sunrise Family Services" / "Reflect")
    window = make_window(qtbot, synced)
    _create_pressed(qtbot, window)
    page = window.entry.folder_question.page
    assert page.title.text() == "This folder is copied to OneDrive"
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.entry.create_page
    assert window.session.data_folder == str(synced.folder)
    assert read_choice(synced.folder).keep_here
    again = make_window(qtbot, synced)
    _create_pressed(qtbot, again)
    assert again.stack.currentWidget() is again.entry.create_page


def test_another_folder_chosen_keeps_the_journal_in_a_reflect_folder_inside_it(
    qtbot: QtBot, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    window = make_window(qtbot, JournalPaths(home / "Google Drive" / "Reflect"))
    _create_pressed(qtbot, window)
    qtbot.mouseClick(window.entry.folder_question.page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.entry.create_page)
    assert window.session.data_folder == str(stick / "Reflect")


def test_a_chosen_folder_that_is_copied_too_is_asked_about_in_turn(
    qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    onedrive = home / "OneDrive"
    onedrive.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(onedrive))
    window = make_window(qtbot, JournalPaths(home / "Dropbox" / "Reflect"))
    _create_pressed(qtbot, window)
    page = window.entry.folder_question.page
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.title.text() == "This folder is copied to OneDrive")
    assert window.stack.currentWidget() is page
    assert page.folder.text() == str(onedrive / "Reflect")


def test_back_from_the_question_returns_to_the_welcome(qtbot: QtBot, home: Path) -> None:
    window = make_window(qtbot, JournalPaths(home / "Dropbox" / "Reflect"))
    _create_pressed(qtbot, window)
    qtbot.keyClick(window.entry.folder_question.page.local_button, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.entry.welcome


def test_a_journal_found_in_icloud_can_wait_or_move_to_this_computer(
    qtbot: QtBot, home: Path
) -> None:
    synced = JournalPaths(home / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "R")
    Journal.create(synced, PASSPHRASE)[0].close()
    window = make_window(qtbot, synced)
    page = window.entry.folder_question.page
    assert window.stack.currentWidget() is page
    assert page.title.text() == "This folder is copied to iCloud Drive"
    assert "Your journal is in this folder" in page.explain.text()
    assert page.back_button.text() == "Not now"
    qtbot.keyClick(page.local_button, Qt.Key.Key_Escape)  # not now: asked again next time
    assert window.stack.currentWidget() is window.entry.unlock_page

    again = make_window(qtbot, synced)
    page = again.entry.folder_question.page
    assert again.stack.currentWidget() is page
    assert page.local_button.text() == "Move it to this computer only"
    qtbot.mouseClick(page.local_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.entry.unlock_page)
    assert again.session.data_folder == str(_usual(home))
    assert not (synced.folder / "journal.reflect").exists()
    qtbot.keyClicks(again.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(again.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.workspace, timeout=10_000)
    settled(again)
    again.session.lock()


def test_a_folder_holding_another_journal_is_refused_with_a_sentence(
    qtbot: QtBot, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = JournalPaths(home / "Dropbox" / "Reflect")
    Journal.create(synced, PASSPHRASE)[0].close()
    other = JournalPaths(tmp_path / "Reflect")
    Journal.create(other, PASSPHRASE)[0].close()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(other.folder))
    window = make_window(qtbot, synced)
    page = window.entry.folder_question.page
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already holds a Reflect journal" in page.message.text())
    assert window.stack.currentWidget() is page
    assert page.choose_button.isEnabled()
    assert window.session.data_folder == str(synced.folder)
    assert (synced.folder / "journal.reflect").is_file()
