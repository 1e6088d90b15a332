"""Journey 7: locking — idle, Ctrl+L, the app hidden; nothing shown, nothing open, nothing lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from tests.helpers.windows import PASSPHRASE

MARKER = "zebra-crossing-marker"


def _write(qtbot: QtBot, window: MainWindow, text: str) -> None:
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.family_code, "LK")
    first = page.editor.prompts[0].editor
    first.setFocus()
    qtbot.keyClicks(first, text)


def _visible_text(window: MainWindow) -> str:
    parts = []
    for kind in (QLabel, QLineEdit, QPlainTextEdit, QTextEdit):
        for widget in window.findChildren(kind):
            if widget.isVisible():
                parts.append(
                    widget.toPlainText()
                    if isinstance(widget, (QPlainTextEdit, QTextEdit))
                    else widget.text()
                )
    return " ".join(parts)


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)


def test_ctrl_l_shows_nothing_closes_the_journal_and_comes_back(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    _write(qtbot, window, f"Long answer {MARKER} " + "and then more words " * 60)
    page = window.journal_page
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Saved"), timeout=5000)
    page.editor.verticalScrollBar().setValue(200)
    uuid = page.editor.reflection.uuid
    qtbot.keyClicks(page.editor.prompts[0].editor, " unsaved tail")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.entry.unlock_page
    assert window.session.journal is None
    assert MARKER not in _visible_text(window)
    assert page.list_pane.model.rowCount() == 0
    wal = Path(f"{window.session.paths.database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    _unlock(qtbot, window)
    assert page.editor.reflection is not None and page.editor.reflection.uuid == uuid
    assert page.editor.prompts[0].editor.toPlainText().endswith("unsaved tail")
    assert page.editor.verticalScrollBar().value() == 200


def test_idle_time_locks(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    _write(qtbot, window, "typed before going idle")
    window.idle.set_minutes(0.005)  # 0.3 s instead of minutes
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.entry.unlock_page, timeout=5000)
    assert window.session.journal is None
    _unlock(qtbot, window)
    assert window.journal_page.editor.prompts[0].editor.toPlainText() == "typed before going idle"


def test_app_hidden_locks(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationHidden)
    assert window.stack.currentWidget() is window.entry.unlock_page
    assert window.session.journal is None
