"""Settings from the keyboard: Enter in any passphrase box goes ahead, or says what is missing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from reflect.ui.settings.settings_page import SettingsPage
from tests.helpers.windows import PASSPHRASE, settled

NEW = "a brand new passphrase"


def test_enter_in_any_passphrase_box_changes_the_passphrase(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    window.nav.button(window.pages.indexOf(window.settings_page)).click()
    page = window.settings_page
    said = page._passphrase_message
    qtbot.keyClicks(page._new.first_field, NEW)
    qtbot.keyClick(page._new.first_field, Qt.Key.Key_Return)
    assert said.isVisible() and said.text() == "Please type your current passphrase."
    qtbot.keyClicks(page._current, PASSPHRASE)
    qtbot.keyClick(page._current, Qt.Key.Key_Return)
    assert said.text() == "Please type the new passphrase a second time."
    qtbot.keyClicks(page._new.last_field, NEW)
    qtbot.keyClick(page._current, Qt.Key.Key_Return)  # all filled: Enter changes it
    settled(window)
    assert said.text() == "Passphrase changed. Use the new one next time."
    assert page._current.text() == ""
    folder = window.session.paths
    window.session.lock()
    Journal.open(folder, NEW).close()


def test_enter_in_the_first_new_box_asks_for_the_change(qtbot: QtBot, tmp_path: Path) -> None:
    page = SettingsPage(JournalSession(JournalPaths(tmp_path)))  # a page with no journal
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.keyClicks(page._current, PASSPHRASE)
    qtbot.keyClicks(page._new.first_field, NEW)
    qtbot.keyClicks(page._new.last_field, NEW)
    with qtbot.waitSignal(page.change_passphrase_requested, timeout=1000) as asked:
        qtbot.keyClick(page._new.first_field, Qt.Key.Key_Return)
    assert asked.args == [PASSPHRASE, NEW]
