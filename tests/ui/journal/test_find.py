"""Journey 5: find any reflection — the list pages as it scrolls, filters, search snippets."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from reflect.domain.reflection import Answer, ShareState, Status
from reflect.domain.search import MARK_START
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.journal.list_model import SNIPPET_ROLE, SUMMARY_ROLE
from reflect.ui.main_window import MainWindow
from tests.helpers.journals import reflection
from tests.helpers.windows import PASSPHRASE, make_window


def _fill(paths: JournalPaths) -> None:
    start = dt.date(2026, 1, 1)
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.add_reflections(
            reflection(
                f"visit {i}", code="AB" if i % 2 else "CD", day=start + dt.timedelta(days=i // 3)
            )
            for i in range(260)
        )
        special = dataclasses.replace(
            reflection(code="EF", day=dt.date(2026, 11, 1)),
            answers=(
                Answer("after-visit.what-happened", "An ordinary visit."),
                Answer(
                    "after-visit.ghosts",
                    "Her own grandmother sang the same lullaby at bedtime.",
                ),
            ),
            status=Status.COMPLETE,
            share_state=ShareState.TO_SHARE,
            themes=("caregiver-story",),
        )
        journal.add_reflection(special)


def _unlock(qtbot: QtBot, paths: JournalPaths) -> MainWindow:
    window = make_window(qtbot, paths)
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    return window


@pytest.fixture
def filled(qtbot: QtBot, existing: tuple[JournalPaths, str]) -> MainWindow:
    """A window unlocked over 261 reflections, one of them special (see `_fill`)."""
    paths, _ = existing
    _fill(paths)
    return _unlock(qtbot, paths)


def test_list_pages_newest_first_and_fetches_more_on_scroll(
    qtbot: QtBot, filled: MainWindow
) -> None:
    window = filled
    pane = window.journal_page.list_pane
    view: QListView = pane.view
    model = pane.model
    assert model.rowCount() == 100
    assert model.data(model.index(0), SUMMARY_ROLE).family_code == "EF"
    dates = [model.summary_at(r).visit_date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    for _ in range(10):
        view.scrollToBottom()
        qtbot.wait(20)
    assert model.rowCount() == 261
    window.session.lock()


def test_filters_narrow_the_list(qtbot: QtBot, filled: MainWindow) -> None:
    window = filled
    pane = window.journal_page.list_pane
    pane.family.setCurrentIndex(pane.family.findData("EF"))
    assert pane.model.rowCount() == 1
    pane.family.setCurrentIndex(0)
    pane.shared.setCurrentIndex(pane.shared.findData(ShareState.TO_SHARE))
    assert pane.model.rowCount() == 1
    pane.shared.setCurrentIndex(0)
    pane.theme.setCurrentIndex(pane.theme.findData("theme:caregiver-story"))
    assert pane.model.rowCount() == 1
    pane.theme.setCurrentIndex(pane.theme.findData("card:ghosts-in-the-nursery"))
    assert pane.model.rowCount() == 1
    pane.theme.setCurrentIndex(0)
    pane.status.setCurrentIndex(pane.status.findData(Status.COMPLETE))
    assert pane.model.rowCount() == 1
    pane.status.setCurrentIndex(0)
    pane.dates.setCurrentIndex(pane.dates.findData(7))
    assert pane.model.rowCount() == 0 or all(
        pane.model.summary_at(r).visit_date >= dt.date.today() - dt.timedelta(days=7)
        for r in range(pane.model.rowCount())
    )
    window.session.lock()


def test_search_as_you_type_then_open_at_the_matching_answer(
    qtbot: QtBot, filled: MainWindow
) -> None:
    window = filled
    pane = window.journal_page.list_pane
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.search.hasFocus()
    qtbot.keyClicks(pane.search, "lullab*")
    qtbot.waitUntil(lambda: pane.model.searching and pane.model.rowCount() == 1, timeout=3000)
    snippet = pane.model.data(pane.model.index(0), SNIPPET_ROLE)
    assert f"{MARK_START}lullaby" in snippet
    pane.view.setCurrentIndex(pane.model.index(0))
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    editor = window.journal_page.editor
    qtbot.waitUntil(lambda: editor.reflection is not None, timeout=3000)
    target = editor.prompt_widget("after-visit.ghosts")
    assert target is not None
    assert target.editor.hasFocus()
    shown = QRect(target.mapTo(editor.viewport(), QPoint(0, 0)), target.size())
    assert editor.viewport().rect().intersects(shown)
    pane.search.clear()
    qtbot.waitUntil(lambda: not pane.model.searching, timeout=3000)
    window.session.lock()


def test_search_by_keyboard_alone_with_the_start_of_a_word(
    qtbot: QtBot, filled: MainWindow
) -> None:
    window = filled
    pane = window.journal_page.list_pane
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(pane.search, "lulla")  # the start of "lullaby", as it is being typed
    qtbot.waitUntil(lambda: pane.model.searching and pane.model.rowCount() == 1, timeout=5000)
    assert pane.found.text() == "1 matching reflection."
    qtbot.keyClick(pane.search, Qt.Key.Key_Down)  # into the results
    assert pane.view.hasFocus() and pane.view.currentIndex().row() == 0
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)  # opens it
    editor = window.journal_page.editor
    qtbot.waitUntil(lambda: editor.reflection is not None, timeout=3000)
    assert editor.reflection is not None and editor.reflection.family_code == "EF"
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Escape)  # back to the search
    assert pane.search.hasFocus()
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)  # clears it: the whole list again
    assert pane.search.text() == ""
    qtbot.waitUntil(lambda: not pane.model.searching, timeout=3000)
    window.session.lock()


def test_nothing_matches_is_said_only_after_a_pause(qtbot: QtBot, filled: MainWindow) -> None:
    window = filled
    pane = window.journal_page.list_pane
    pane.search.setFocus()
    qtbot.keyClicks(pane.search, "zzqx")
    qtbot.waitUntil(lambda: pane.model.searching and pane.model.rowCount() == 0, timeout=5000)
    assert not pane.nothing.isVisible()  # not while the visitor may still be typing
    qtbot.waitUntil(pane.nothing.isVisible, timeout=3000)
    assert "No reflections match" in pane.nothing.text()
    window.session.lock()
