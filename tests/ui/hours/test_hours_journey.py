"""Journey: write a reflection, log the supervision session that discussed it, see the hours
grow, export them, and find nothing of the family in the exports; locking hides it all."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.ui.hours.hours_page import HoursPage
from reflect.ui.main_window import MainWindow
from tests.helpers.accessibility import unnamed_controls
from tests.helpers.dialogs import click_in_next_dialog
from tests.helpers.pdf_text import pdf_text
from tests.helpers.windows import PASSPHRASE

CODE = "JRN-55"
WORDS = "kestrel-lullaby"


def _hours(window: MainWindow) -> HoursPage:
    index = window.pages.indexOf(window.hours_page)
    button = window.nav.button(index)
    assert button is not None and button.text() == "Hours"
    button.click()
    assert window.pages.currentWidget() is window.hours_page
    return window.hours_page


def _write_reflection(qtbot: QtBot, window: MainWindow) -> str:
    page = window.journal_page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.family_code, CODE)
    qtbot.keyClicks(page.editor.prompts[0].editor, f"The baby turned to the window {WORDS}")
    assert page.save_now()
    return str(page.editor.reflection.uuid)


def test_hours_sits_between_cards_and_settings(unlocked: MainWindow) -> None:
    labels = [unlocked.nav.button(i).text() for i in range(len(unlocked.nav.buttons()))]
    assert labels.index("Cards") < labels.index("Hours") < labels.index("Settings")


def test_log_a_session_see_progress_and_export_nothing_of_the_family(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    window = unlocked
    uuid = _write_reflection(qtbot, window)
    page = _hours(window)
    assert page.progress.summary.text() == "0 of 24 hours"
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form is not None
    qtbot.waitExposed(form)
    form.minutes.selectAll()
    qtbot.keyClicks(form.minutes, "120")
    qtbot.keyClicks(form.provider.lineEdit(), "Dana Reyes")
    qtbot.keyClicks(form.notes, f"About {CODE}: {WORDS}")
    qtbot.keyClicks(form.answers["after-supervision.understood"], WORDS)
    qtbot.keyClicks(form.discussed.search_field, CODE.lower())
    assert form.discussed.list.count() == 1
    form.discussed.tick(uuid)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form is None)
    assert page.progress.summary.text() == "2 of 24 hours"
    assert page.progress.bar.value() == 8
    assert window.session.journal.sessions()[0].reflection_uuids == (uuid,)

    csv_file, pdf_file = tmp_path / "hours.csv", tmp_path / "hours.pdf"
    click_in_next_dialog("Save it")  # after the warning that the file is not encrypted
    assert page.export_csv(str(csv_file))
    click_in_next_dialog("Save it")
    assert page.export_pdf(str(pdf_file))
    csv_text = csv_file.read_text(encoding="utf-8-sig")
    assert "Dana Reyes" in csv_text and ",120,2," in csv_text
    pdf_words = re.sub(r"\s+", "", pdf_text(pdf_file.read_bytes()))
    assert "DanaReyes" in pdf_words and "2of24hours" in pdf_words
    for text in (csv_text, pdf_words, page.pdf_html()):
        assert WORDS not in text
        assert CODE not in text


def test_locking_hides_the_hours_and_keeps_a_half_filled_form_in_memory(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    page = _hours(window)
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form is not None
    qtbot.keyClicks(form.provider.lineEdit(), "Lee Park")
    qtbot.keyClicks(form.notes, "half a thought")
    window.idle.lock_now.emit()  # the idle timer runs out while the form is open
    assert window.stack.currentWidget() is window.entry.unlock_page
    assert page.form is None
    qtbot.waitUntil(lambda: not form.isVisible())
    assert page.table.topLevelItemCount() == 0
    assert page.progress.summary.text() == ""
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    page = _hours(window)
    reopened = page.form
    assert reopened is not None
    assert reopened.provider.currentText() == "Lee Park"
    assert reopened.notes.toPlainText() == "half a thought"
    assert window.session.journal.sessions() == []  # never written while locked
    reopened.reject()


def test_every_control_on_the_page_and_form_has_a_name(qtbot: QtBot, unlocked: MainWindow) -> None:
    page = _hours(unlocked)
    assert unnamed_controls(page) == []
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    assert page.form is not None
    assert unnamed_controls(page.form) == []
    page.form.reject()
