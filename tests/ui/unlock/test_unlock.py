"""Journey 2: unlock with the passphrase or the recovery key; wrong ones get calm words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.windows import PASSPHRASE, make_window, settled


def _try(qtbot: QtBot, window, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    field = window.entry.unlock_page.passphrase
    field.selectAll()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settled(window)


def test_wrong_passphrase_is_calm_then_slows_down(
    qtbot: QtBot, existing: tuple[JournalPaths, str]
) -> None:
    paths, _ = existing
    window = make_window(qtbot, paths)
    page = window.entry.unlock_page
    for attempt in range(1, 6):
        _try(qtbot, window, f"wrong guess {attempt}")
        assert "does not open this journal" in page.message.text()
        assert page.passphrase.isEnabled() and page.passphrase.hasFocus()
        assert page.passphrase.selectedText() == page.passphrase.text()
    _try(qtbot, window, "wrong guess 6")
    assert not page.passphrase.isEnabled()
    assert "Please wait 1 second before trying again." in page.message.text()
    qtbot.waitUntil(page.passphrase.isEnabled, timeout=5000)
    _try(qtbot, window, "wrong guess 7")
    assert "Please wait 2 seconds before trying again." in page.message.text()
    qtbot.waitUntil(page.passphrase.isEnabled, timeout=5000)
    _try(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    window.session.lock()


def test_recovery_key_then_a_new_passphrase(
    qtbot: QtBot, existing: tuple[JournalPaths, str]
) -> None:
    paths, key = existing
    window = make_window(qtbot, paths)
    qtbot.mouseClick(window.entry.unlock_page.recovery_button, Qt.MouseButton.LeftButton)
    page = window.entry.recover_page
    assert window.stack.currentWidget() is page
    typo = "Y" if key[-1] == "Z" else "Z"  # one wrong character, whatever the key ends with
    qtbot.keyClicks(page.key, key.replace("-", " ").lower()[:-1] + typo)
    qtbot.keyClicks(page.fields.first_field, "my new passphrase")
    qtbot.keyClicks(page.fields.last_field, "my new passphrase")
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    settled(window)
    assert "typing mistake" in page.message.text()
    assert page.key.text()  # what was typed stays, to be corrected
    page.key.clear()
    qtbot.keyClicks(page.key, key.replace("-", " ").lower())
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    window.session.lock()
    Journal.open(paths, "my new passphrase").close()


def test_missing_journal_offers_restore(qtbot: QtBot, existing: tuple[JournalPaths, str]) -> None:
    paths, _ = existing
    with Journal.open(paths, PASSPHRASE) as journal:
        from tests.helpers.journals import reflection

        kept = journal.add_reflection(reflection("restored words"))
        journal.create_backup()
    paths.database.unlink()
    window = make_window(qtbot, paths)
    _try(qtbot, window, PASSPHRASE)
    page = window.entry.unlock_page
    assert "missing" in page.message.text()
    assert page.restore_button.isVisible()
    from tests.helpers.dialogs import answer_dialogs

    answer_dialogs(lambda dialog: dialog.accept())
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    assert window.session.get(kept.uuid).answers == kept.answers
    window.session.lock()


def test_while_it_opens_the_page_says_so_and_takes_no_second_press(
    qtbot: QtBot, existing: tuple[JournalPaths, str]
) -> None:
    paths, _ = existing
    window = make_window(qtbot, paths)
    page = window.entry.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.message.text() == "Opening…"
    assert not page.unlock_button.isEnabled() and not page.passphrase.isEnabled()
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)  # a second press does nothing
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    assert page.unlock_button.isEnabled()  # ready for the next lock
    window.session.lock()


def test_the_pointer_says_working_while_the_passphrase_is_checked(
    qtbot: QtBot, existing: tuple[JournalPaths, str]
) -> None:
    from PySide6.QtWidgets import QApplication

    paths, _ = existing
    window = make_window(qtbot, paths)
    page = window.entry.unlock_page
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor
    settled(window)
    assert QApplication.overrideCursor() is None
    assert "does not open" in page.message.text()
