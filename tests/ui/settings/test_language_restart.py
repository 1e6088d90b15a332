"""Choosing another language offers to restart now: what is on screen is saved, Reflect
starts again, and after the unlock the reflection being written is open again in place."""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from reflect.ui.widgets import restart as restart_module
from reflect.ui.widgets.language import LANGUAGE_KEY
from tests.helpers.windows import PASSPHRASE, make_window


class _Starts:
    """Stands in for starting a new process: records what would have been started."""

    started: ClassVar[list[tuple[str, list[str]]]] = []

    @classmethod
    def startDetached(cls, program: str, arguments: list[str]) -> bool:
        cls.started.append((program, arguments))
        return True


def test_restart_now_saves_and_reopens_the_draft_after_the_unlock(
    qtbot: QtBot,
    unlocked: MainWindow,
    existing: tuple[JournalPaths, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(restart_module, "QProcess", _Starts)
    _Starts.started = []
    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.family_code, "K7")
    first = page.editor.prompts[0].editor
    first.setFocus()
    qtbot.keyClicks(first, "Words typed just before the restart.")
    uuid = page.editor.reflection.uuid  # type: ignore[union-attr]
    window.go_to(window.settings_page)
    language = window.settings_page.language
    assert language is not None and not language.restart_button.isVisible()
    language.choice.setCurrentIndex(language.choice.findData("es"))
    assert language.restart_button.isVisible()
    qtbot.mouseClick(language.restart_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()  # closed, its journal saved and locked
    assert window.settings.value(LANGUAGE_KEY) == "es"
    ((program, arguments),) = _Starts.started
    assert arguments[:2] == ["-m", "reflect"] and program
    # The new Reflect: after the unlock, the reflection is open again, with its words.
    again = make_window(qtbot, existing[0])
    qtbot.keyClicks(again.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(again.entry.unlock_page.passphrase, "\r")
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.workspace, timeout=10_000)
    editor = again.journal_page.editor
    assert editor.reflection is not None and editor.reflection.uuid == uuid
    assert editor.prompts[0].text() == "Words typed just before the restart."
    assert again.session.take_reopen() is None  # opened once, then forgotten
    again.session.lock()


def test_a_restart_the_visitor_called_off_leaves_no_place_to_jump_to(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reflect.ui.widgets import messages

    monkeypatch.setattr(restart_module, "QProcess", _Starts)
    _Starts.started = []
    window = unlocked
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.family_code, "K7")
    # Quitting is refused: the latest words could not be saved and she keeps them.
    monkeypatch.setattr(page, "save_now", lambda: False)
    monkeypatch.setattr(messages, "confirm", lambda *_args: False)
    window.go_to(window.settings_page)
    language = window.settings_page.language
    assert language is not None
    language.choice.setCurrentIndex(language.choice.findData("es"))
    qtbot.mouseClick(language.restart_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and _Starts.started == []
    assert window.session.take_reopen() is None
