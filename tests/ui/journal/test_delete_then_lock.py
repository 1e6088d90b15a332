"""Locking straight after deleting a reflection: it is not half-deleted, and the visitor is
told it is still there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.domain.reflection import Answer, Reflection
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from tests.helpers.dialogs import click_in_next_dialog
from tests.helpers.windows import PASSPHRASE, make_window


def _reflection(text: str) -> Reflection:
    return Reflection(
        visit_date=dt.date(2026, 11, 2),
        family_code="AB",
        template_id="after-visit",
        answers=(Answer("after-visit.what-happened", text),),
    )


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    page = window.entry.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)


def test_locking_while_a_delete_is_backing_up_keeps_the_reflection_and_says_so(
    qtbot: QtBot, paths: JournalPaths
) -> None:
    journal, _ = Journal.create(paths, PASSPHRASE)
    with journal:  # large enough that its backup is still being copied at the lock
        journal.add_reflections(_reflection(f"filler {i} " + "words " * 150) for i in range(2000))
        doomed = journal.add_reflection(_reflection("the visit I delete")).uuid
    window = make_window(qtbot, paths)
    _unlock(qtbot, window)
    page = window.journal_page
    page.open_reflection(doomed)
    click_in_next_dialog("Delete")
    page.delete_current()
    assert page.list_pane.model.row_of(doomed) is None  # gone from the list at once
    seen: list[str] = []
    click_in_next_dialog("OK", seen)
    window.lock()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "was not deleted" in seen[0] and "still in your journal" in seen[0]
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: page.list_pane.model.row_of(doomed) is not None)
    assert window.session.get(doomed).answers[0].text == "the visit I delete"
    window.session.lock()
