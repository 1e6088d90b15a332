"""An agency's own sets of questions: chosen in Settings, offered beside Reflect's when a
reflection is started, a bad file named with its line; when the folder is gone, a quiet
note, and a reflection written with one of its sets still opens with every answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from tests.helpers.windows import PASSPHRASE, make_window, settled

HOME_SAFETY = """\
id = "home-safety"
title = "Home safety (agency)"
description = "Our agency's questions after a visit."
minutes = 3

[[sections]]
id = "safety"
title = "Safety"

[[sections.prompts]]
id = "home-safety.seen"
text = "What did you notice about safety in the home today?"
cards = ["felt-safety"]
"""


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, "\r")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    settled(window)


def test_agency_sets_are_offered_and_a_reflection_outlives_its_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "agency drive"
    folder.mkdir()
    (folder / "home-safety.toml").write_text(HOME_SAFETY, encoding="utf-8")
    (folder / "notes.toml").write_text('id = "notes"\ntitle =\n', encoding="utf-8")
    paths = JournalPaths(tmp_path / "journal")
    Journal.create(paths, PASSPHRASE)[0].close()
    window = make_window(qtbot, paths)
    _unlock(qtbot, window)

    settings = window.settings_page
    window.go_to(settings)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(settings.agency.choose_button, Qt.MouseButton.LeftButton)
    settled(window)
    found = settings.agency.found.text()
    assert "1 set of questions offered from this folder." in found
    assert "notes.toml, line 2, was not used" in found
    assert settings.agency.folder.text() == str(folder)

    page = window.journal_page
    window.go_to(page)
    editor = page.editor
    qtbot.mouseClick(page.list_pane.new_button, Qt.MouseButton.LeftButton)
    offered = [editor.template_box.itemText(i) for i in range(editor.template_box.count())]
    assert "Home safety (agency)" in offered
    page.new_reflection("agency-home-safety")
    first = editor.prompts[0]
    assert first.prompt.text == "What did you notice about safety in the home today?"
    assert first.prompt.cards == ("felt-safety",)  # its card is there to open beside it
    qtbot.keyClicks(editor.family_code, "HS-1")
    qtbot.keyClicks(first.editor, "The stair gate was closed")
    assert page.save_now()
    uuid = editor.reflection.uuid

    # The drive is unplugged; at the next unlock the folder cannot be read.
    folder.rename(tmp_path / "elsewhere")
    window.lock()
    _unlock(qtbot, window)
    window.go_to(settings)
    assert "cannot be reached right now" in settings.agency.found.text()
    window.go_to(page)
    page.open_reflection(uuid)
    (kept,) = editor.prompts
    assert kept.prompt.id == "agency-home-safety.seen"
    assert kept.editor.toPlainText() == "The stair gate was closed"
    assert editor.family_code.currentText() == "HS-1"
    window.session.lock()
