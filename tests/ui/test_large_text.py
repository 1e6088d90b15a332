"""At 200 % text on a 1366 × 768 laptop, every screen fits the window and stays usable: a
page that needs more room scrolls inside the window, and the journal shows its list or the
open reflection, one at a time, with a way back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from tests.helpers.journals import reflection
from tests.helpers.windows import open_window

# The window's share of a 1366 × 768 screen (90 % of its free area, as it opens).
ROOM_WIDE, ROOM_HIGH = 1229, 690


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    before = qapp.font()
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def _fits(window: MainWindow) -> None:
    needs = window.minimumSizeHint()
    assert needs.width() <= ROOM_WIDE and needs.height() <= ROOM_HIGH, needs


@pytest.mark.usefixtures("large_text")
def test_at_200_percent_every_page_fits_a_laptop_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "journal", [reflection("first")])
    _fits(window)  # the entry screens and the workspace alike
    window.resize(ROOM_WIDE, ROOM_HIGH)
    for index in range(window.pages.count()):
        window.nav.button(index).click()
        qtbot.wait(20)
        _fits(window)
        assert window.width() <= ROOM_WIDE, window.pages.currentWidget()
    window.session.lock()


@pytest.mark.usefixtures("large_text")
def test_at_200_percent_the_journal_shows_the_list_or_the_reflection(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "journal", [reflection("first")])
    window.resize(ROOM_WIDE, ROOM_HIGH)
    qtbot.wait(20)
    page = window.journal_page
    back = page.narrow.back
    assert page.list_pane.isVisible() and not page.middle.isVisible()

    index = page.list_pane.model.index(0)
    page.list_pane.view.setCurrentIndex(index)
    qtbot.keyClick(page.list_pane.view, Qt.Key.Key_Return)
    qtbot.waitUntil(page.editor.isVisible)
    assert not page.list_pane.isVisible()
    assert back.isVisible()
    assert page.editor.horizontalScrollBar().maximum() == 0  # the form fits its width

    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert page.list_pane.isVisible() and not page.middle.isVisible()
    assert page.list_pane.view.hasFocus()
    assert page.editor.reflection is not None  # still open, kept as it was

    page.new_reflection()  # Ctrl+N from the list: the new form comes forward
    assert page.editor.isVisible() and not page.list_pane.isVisible()
    page.list_pane.focus_search()  # Ctrl+F from the form: the list comes back, search ready
    assert page.list_pane.isVisible()
    assert page.list_pane.search.hasFocus()

    window.resize(2400, 900)  # room for both again: side by side, no way back needed
    qtbot.wait(20)
    assert page.list_pane.isVisible() and page.middle.isVisible()
    assert not back.isVisible()
    window.session.lock()


def test_at_the_usual_text_size_the_list_and_the_form_stay_side_by_side(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, tmp_path / "journal", [reflection("first")])
    window.resize(1024 - 24, 600 - 60)  # the smallest laptop screen, less the frame
    page = window.journal_page
    page.new_reflection()
    qtbot.wait(20)
    assert page.list_pane.isVisible() and page.editor.isVisible()
    assert not page.narrow.back.isVisible()
    window.session.lock()
