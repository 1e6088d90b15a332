"""Journey 8: settings — lock time, backups and restore, passphrase, recovery key, folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from reflect.domain.search import ReflectionFilter
from reflect.storage.journal import Journal
from reflect.ui.main_window import MainWindow
from tests.helpers.dialogs import click_in_next_dialog
from tests.helpers.windows import PASSPHRASE, settled


def _settings(window: MainWindow):  # type: ignore[no-untyped-def]
    window.nav.button(window.pages.indexOf(window.settings_page)).click()
    assert window.pages.currentWidget() is window.settings_page
    return window.settings_page


def test_lock_time_is_remembered(qtbot: QtBot, unlocked: MainWindow) -> None:
    page = _settings(unlocked)
    page._minutes.setValue(12)
    page._minutes.editingFinished.emit()
    stored = QSettings(
        str(unlocked.session.paths.folder / "settings.ini"), QSettings.Format.IniFormat
    )
    assert int(stored.value("lock/minutes")) == 12
    assert unlocked.idle._timer.interval() == 12 * 60_000


def test_backup_now_then_restore_with_a_confirmation_that_names_it(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    journal_page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(journal_page.editor.family_code, "BK")
    qtbot.keyClicks(journal_page.editor.prompts[0].editor, "before the backup")
    assert journal_page.save_now()
    page = _settings(window)
    qtbot.mouseClick(page.backups.backup_now, Qt.MouseButton.LeftButton)
    assert not page.backups.backup_now.isEnabled()  # taken beside the window
    settled(window)
    assert page.backups.backup_now.isEnabled()
    assert any(b.reason == "manual" for b in window.session.backups())
    window.nav.button(0).click()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(journal_page.editor.family_code, "AF")
    qtbot.keyClicks(journal_page.editor.prompts[0].editor, "after the backup")
    page = _settings(window)
    page.backups.list.setCurrentRow(0)
    seen: list[str] = []
    click_in_next_dialog("Restore", seen)
    qtbot.mouseClick(page.backups.restore, Qt.MouseButton.LeftButton)
    assert seen and "not lost" in seen[0]
    assert not journal_page.editor.isEnabled() or not journal_page.list_pane.search.isEnabled()
    settled(window)
    assert journal_page.list_pane.search.isEnabled()  # the pages are given back
    hits = window.session.search("backup", ReflectionFilter())
    assert [h.summary.family_code for h in hits] == ["BK"]
    # the present was kept as a backup first
    assert any(b.reason == "before-restore" for b in window.session.backups())


def test_change_passphrase_and_show_recovery_key(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    page = _settings(window)
    qtbot.keyClicks(page._current, "not it at all")
    qtbot.keyClicks(page._new.first_field, "a brand new passphrase")
    qtbot.keyClicks(page._new.last_field, "a brand new passphrase")
    qtbot.mouseClick(page._change, Qt.MouseButton.LeftButton)
    settled(window)
    assert "does not open" in page._passphrase_message.text()
    page._current.clear()
    qtbot.keyClicks(page._current, PASSPHRASE)
    qtbot.mouseClick(page._change, Qt.MouseButton.LeftButton)
    settled(window)
    assert "Passphrase changed" in page._passphrase_message.text()
    qtbot.keyClicks(page._recovery_passphrase, "a brand new passphrase")
    qtbot.mouseClick(page._show_key, Qt.MouseButton.LeftButton)
    settled(window)
    assert window.stack.currentWidget() is window.entry.recovery_key_page
    key = "-".join(window.entry.recovery_key_page.key_label.text().split())
    qtbot.mouseClick(window.entry.recovery_key_page.stored, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.entry.recovery_key_page.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    folder = window.session.paths
    assert page._folder.text() == str(folder.folder)
    window.session.lock()
    Journal.open(folder, "a brand new passphrase").close()
    Journal.open_with_recovery_key(folder, key).close()
