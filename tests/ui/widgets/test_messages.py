"""Journey 9: failures are sentences, never tracebacks, and the text being edited stays."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.app import install_excepthook
from reflect.domain.errors import DiskFull, ReflectError
from reflect.ui.main_window import MainWindow
from tests.helpers.dialogs import click_in_next_dialog


def test_full_disk_says_so_and_keeps_the_text(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: object
) -> None:
    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.family_code, "DF")
    journal = window.session.journal

    def full(reflection: object) -> object:
        raise DiskFull

    original = journal.save_reflection
    journal.save_reflection = full  # the disk is full from here on
    first = page.editor.prompts[0].editor
    qtbot.keyClicks(first, "Words written while the disk was full")
    qtbot.waitUntil(lambda: window.status_label.text() != "Saving…", timeout=5000)
    assert window.status_label.text() == "Not saved: the disk is full. Your text is still here."
    assert first.toPlainText() == "Words written while the disk was full"
    journal.save_reflection = original  # space comes back
    qtbot.keyClicks(first, ".")
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Saved"), timeout=5000)
    stored = window.session.get(page.editor.reflection.uuid)
    assert stored.answers[0].text == "Words written while the disk was full."


def test_every_reflect_error_is_a_sentence_in_a_dialog(qtbot: QtBot, unlocked: MainWindow) -> None:
    seen: list[str] = []
    click_in_next_dialog("OK", seen)
    unlocked.report(ReflectError("Something specific happened. Here is what to do."))
    assert seen == ["Something specific happened. Here is what to do."]


def test_unexpected_exception_is_calm_and_logs_no_text(
    qtbot: QtBot, unlocked: MainWindow, caplog: object, tmp_path: object
) -> None:
    window = unlocked
    install_excepthook(lambda: window, window.session.paths.logs)
    secret = "secret-words-from-the-journal"
    seen: list[str] = []
    click_in_next_dialog("OK", seen)
    try:
        raise ValueError(f"could not handle {secret}")
    except ValueError:
        with caplog.at_level(logging.ERROR):  # type: ignore[attr-defined]
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert seen and "Something unexpected went wrong" in seen[0]
    assert "Traceback" not in seen[0] and secret not in seen[0]
    assert "ValueError" in caplog.text  # type: ignore[attr-defined]
    assert secret not in caplog.text  # type: ignore[attr-defined]
    sys.excepthook = sys.__excepthook__
