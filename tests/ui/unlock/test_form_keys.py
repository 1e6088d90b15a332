"""The ways in, from the keyboard: Enter in any box goes ahead (or says what is missing),
Esc goes back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.unlock.recover_page import RecoverPage
from reflect.ui.unlock.recovery_key_page import RecoveryKeyPage
from reflect.ui.unlock.restore_file_page import RestoreFilePage
from reflect.ui.widgets.busy import hold
from tests.helpers.windows import PASSPHRASE, make_window

NEW = "my new passphrase"


def _shown(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)


def test_enter_in_the_first_new_box_creates_the_journal(qtbot: QtBot, paths: JournalPaths) -> None:
    window = make_window(qtbot, paths)
    qtbot.mouseClick(window.entry.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.entry.create_page
    qtbot.keyClicks(page.fields.first_field, PASSPHRASE)
    qtbot.keyClick(page.fields.first_field, Qt.Key.Key_Return)
    assert page.message.text() == "Please type the new passphrase a second time."
    assert window.stack.currentWidget() is page  # nothing made yet
    qtbot.keyClicks(page.fields.last_field, PASSPHRASE)
    qtbot.keyClick(page.fields.first_field, Qt.Key.Key_Return)
    key_page = window.entry.recovery_key_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is key_page, timeout=10_000)
    window.session.lock()
    Journal.open(paths, PASSPHRASE).close()


def test_enter_in_the_recovery_key_box_opens_the_journal(
    qtbot: QtBot, existing: tuple[JournalPaths, str]
) -> None:
    paths, key = existing
    window = make_window(qtbot, paths)
    qtbot.mouseClick(window.entry.unlock_page.recovery_button, Qt.MouseButton.LeftButton)
    page = window.entry.recover_page
    qtbot.keyClicks(page.fields.first_field, NEW)
    qtbot.keyClicks(page.fields.last_field, NEW)
    qtbot.keyClick(page.key, Qt.Key.Key_Return)
    assert page.message.text() == "Please type your recovery key."
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.key, key)
    qtbot.keyClick(page.key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    window.session.lock()
    Journal.open(paths, NEW).close()


def test_enter_in_either_new_passphrase_box_of_the_recovery_page(qtbot: QtBot) -> None:
    page = RecoverPage()
    _shown(qtbot, page)
    page.start()
    qtbot.keyClicks(page.key, "7QX2-ABCD")
    qtbot.keyClicks(page.fields.first_field, NEW)
    with qtbot.assertNotEmitted(page.recover_requested):
        qtbot.keyClick(page.fields.first_field, Qt.Key.Key_Return)
    assert page.message.text() == "Please type the new passphrase a second time."
    qtbot.keyClicks(page.fields.last_field, NEW)
    for box in (page.fields.first_field, page.fields.last_field):
        with qtbot.waitSignal(page.recover_requested, timeout=1000) as asked:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        assert asked.args == ["7QX2-ABCD", NEW]
    assert page.open_button.isDefault()  # Enter on the focused button presses it too


def test_enter_in_any_box_of_a_restore_from_a_file(qtbot: QtBot) -> None:
    page = RestoreFilePage()
    _shown(qtbot, page)
    page.start("/media/usb/journal.reflect-backup")
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(page.restore_requested, timeout=1000) as asked:
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert asked.args == ["/media/usb/journal.reflect-backup", PASSPHRASE, "", ""]
    page.with_key.click()
    qtbot.keyClicks(page.fields.first_field, NEW)
    qtbot.keyClicks(page.fields.last_field, NEW)
    with qtbot.assertNotEmitted(page.restore_requested):
        qtbot.keyClick(page.fields.first_field, Qt.Key.Key_Return)
    assert page.message.text() == "Please type your recovery key."
    qtbot.keyClicks(page.key, "7QX2-ABCD")
    for box in (page.key, page.fields.first_field, page.fields.last_field):
        with qtbot.waitSignal(page.restore_requested, timeout=1000) as asked:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        assert asked.args == ["/media/usb/journal.reflect-backup", "", "7QX2-ABCD", NEW]


def test_escape_goes_back_from_creating_or_restoring_a_file(
    qtbot: QtBot, paths: JournalPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, paths)
    qtbot.mouseClick(window.entry.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.entry.create_page
    qtbot.keyClicks(page.fields.first_field, PASSPHRASE)
    release = hold(page)  # while the journal is being made, Esc leaves nothing half done
    qtbot.keyClick(window.focusWidget() or page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is page
    release()
    qtbot.keyClick(page.fields.first_field, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.entry.welcome
    assert not paths.database.exists()

    backup = tmp_path / "journal.reflect-backup"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    qtbot.mouseClick(window.entry.welcome.restore_button, Qt.MouseButton.LeftButton)
    restore = window.entry.restore_file_page
    assert window.stack.currentWidget() is restore
    qtbot.keyClicks(restore.passphrase, PASSPHRASE)
    qtbot.keyClick(restore.passphrase, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.entry.welcome
    assert not paths.database.exists()


def test_escape_goes_back_from_the_recovery_key_to_the_passphrase(
    qtbot: QtBot, existing: tuple[JournalPaths, str]
) -> None:
    paths, _ = existing
    window = make_window(qtbot, paths)
    qtbot.mouseClick(window.entry.unlock_page.recovery_button, Qt.MouseButton.LeftButton)
    page = window.entry.recover_page
    qtbot.keyClicks(page.key, "7QX2")
    qtbot.keyClick(page.key, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.entry.unlock_page
    assert window.entry.unlock_page.passphrase.hasFocus()
    assert not window.session.is_open


def test_the_recovery_key_page_goes_on_only_once_the_key_is_stored(qtbot: QtBot) -> None:
    page = RecoveryKeyPage()
    _shown(qtbot, page)
    page.show_key("7QX2-ABCD-EFGH-JKLM")
    with qtbot.assertNotEmitted(page.done):
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
            page.stored.setFocus()
            qtbot.keyClick(page.stored, key)
    assert not page.stored.isChecked()
    qtbot.keyClick(page.stored, Qt.Key.Key_Space)
    page.continue_button.setFocus()
    with qtbot.waitSignal(page.done, timeout=1000):
        qtbot.keyClick(page.continue_button, Qt.Key.Key_Return)
