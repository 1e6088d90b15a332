"""Journey on a netbook-sized window: log a training, see the renewal year move, export a
portfolio with one reflection that the check sends back to be edited, then without it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from reflect.ui.hours.hours_page import HoursPage
from reflect.ui.main_window import MainWindow
from tests.helpers.dialogs import click_in_next_dialog
from tests.helpers.pdf_text import pdf_text

CODE = "JRN-56"
PHONE = "555-010-4477"


def _hours(qtbot: QtBot, window: MainWindow) -> HoursPage:
    window.resize(1024, 600)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.hours_page
    return window.hours_page


def _write_reflection(qtbot: QtBot, window: MainWindow) -> str:
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.family_code, CODE)
    qtbot.keyClicks(page.editor.prompts[0].editor, f"Mum asked me to call {PHONE} later")
    assert page.save_now()
    return str(page.editor.reflection.uuid)


def test_log_a_training_see_the_year_move_and_export_a_portfolio(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    window = unlocked
    uuid = _write_reflection(qtbot, window)
    page = _hours(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the tab's key
    tab = page.training
    assert page.tabs.currentIndex() == 1 and tab.isVisible()
    assert window.size().width() == 1024 and window.size().height() == 600
    # At this size the tab scrolls; everything on it can be brought into view.
    area = tab.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    area.ensureWidgetVisible(tab.add_button)
    assert not tab.add_button.visibleRegion().isEmpty()
    assert tab.renewal.sentences["training"].text() == "0 of 15 hours logged. 15 hours to go."

    tab.add_button.setFocus()
    qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)
    form = tab.form
    assert form is not None
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClicks(form.title, "Working across cultures")
    form.hours.setFocus()
    form.hours.selectAll()
    qtbot.keyClicks(form.hours, "2.5")
    form.category.setCurrentIndex(form.category.findText("Diversity, equity and inclusion"))
    qtbot.keyClicks(form.notes, f"I thought of {CODE}")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.form is None)
    assert tab.renewal.sentences["training"].text() == "2.5 of 15 hours logged. 12.5 hours to go."
    assert tab.renewal.bars["dei"].value() == 100

    target = tmp_path / "portfolio.pdf"
    qtbot.mouseClick(page.portfolio_button, Qt.MouseButton.LeftButton)
    dialog = page.portfolio.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.path.setText(str(target))
    assert "not encrypted" in dialog.warning.text() and str(target) in dialog.warning.text()
    dialog.include.click()
    dialog.reflections.tick(uuid)
    click_in_next_dialog("Go back and edit")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    # Back in the journal, at the answer holding the number, and nothing written.
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.journal_page)
    answer = window.journal_page.editor.prompts[0].editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is answer, timeout=2000)
    assert not target.exists()

    page = _hours(qtbot, window)
    qtbot.mouseClick(page.portfolio_button, Qt.MouseButton.LeftButton)
    dialog = page.portfolio.dialog
    assert dialog is not None
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.portfolio.dialog is None)
    words = re.sub(r"\s+", "", pdf_text(target.read_bytes()))
    assert "Workingacrosscultures" in words and "2.5" in words
    for kept_back in (CODE, PHONE, "Mumasked", "Ithoughtof"):
        assert kept_back not in words, kept_back
    window.session.lock()
    assert page.training.table.topLevelItemCount() == 0
