"""Journey 10: `reflect --demo` opens a throwaway journal of invented reflections."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.__main__ import build_parser
from reflect.app import build_window, close_demo
from reflect.demo import DEMO_PASSPHRASE


def test_demo_shows_its_passphrase_and_about_twenty_reflections(qtbot: QtBot) -> None:
    assert build_parser().parse_args(["--demo"]).demo
    window = build_window(demo=True)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    try:
        page = window.entry.unlock_page
        assert page.demo_note.isVisible()
        assert DEMO_PASSPHRASE in page.demo_note.text()
        assert window.session.paths.folder.name.startswith("reflect-demo-")
        qtbot.keyClicks(page.passphrase, DEMO_PASSPHRASE)
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
        assert 15 <= window.journal_page.list_pane.model.rowCount() <= 25
    finally:
        window.session.lock()
        close_demo(window)
    assert not window.session.paths.folder.exists()
