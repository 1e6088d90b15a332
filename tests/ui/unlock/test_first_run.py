"""Journey 1: first run — welcome, passphrase twice, the recovery key once, the journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.windows import PASSPHRASE, make_window


def test_first_run_creates_a_journal_and_shows_the_key_once(
    qtbot: QtBot, paths: JournalPaths, tmp_path: Path
) -> None:
    window = make_window(qtbot, paths)
    assert window.stack.currentWidget() is window.entry.welcome
    text = " ".join(
        label.text() for label in window.entry.welcome.findChildren(type(window.status_label))
    )
    assert "private journal" in text and "not a case record" in text

    qtbot.mouseClick(window.entry.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.entry.create_page
    assert window.stack.currentWidget() is page
    assert not page.create_button.isEnabled()
    qtbot.keyClicks(page.fields.first_field, "short")
    assert not page.create_button.isEnabled()
    page.fields.first_field.clear()
    qtbot.keyClicks(page.fields.first_field, PASSPHRASE)
    qtbot.keyClicks(page.fields.last_field, PASSPHRASE + "x")
    assert not page.create_button.isEnabled()
    page.fields.last_field.clear()
    qtbot.keyClicks(page.fields.last_field, PASSPHRASE)
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)

    key_page = window.entry.recovery_key_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is key_page, timeout=10_000)
    shown = key_page.key_label.text()
    assert len(shown.split()) == 14
    pdf = tmp_path / "key.pdf"
    key_page.choose_pdf_path = lambda parent: str(pdf)
    qtbot.mouseClick(key_page.pdf_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not key_page.continue_button.isEnabled()
    qtbot.mouseClick(key_page.stored, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(key_page.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert key_page.key_label.text() == ""

    window.session.lock()
    recovered = Journal.open_with_recovery_key(paths, "-".join(shown.split()))
    recovered.close()
