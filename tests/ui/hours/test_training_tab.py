"""The Training and renewal tab on a real encrypted journal: trainings added, corrected and
deleted with keys and clicks, and the renewal year's needs set and followed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.domain.library import Library
from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.training import Training, TrainingCategory
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.ui.hours.hours_page import GOAL_KEY, START_KEY, HoursPage
from reflect.ui.hours.training_form import TrainingForm
from reflect.ui.hours.training_tab import DEI_NEED_KEY, SUPERVISION_NEED_KEY, TRAINING_NEED_KEY
from tests.helpers.accessibility import unnamed_controls
from tests.helpers.dialogs import click_in_next_dialog

TODAY = dt.date(2026, 3, 20)
START = dt.date(2025, 9, 1)  # so the renewal year is 1 September 2025 to 31 August 2026
DEI = TrainingCategory.DIVERSITY_EQUITY_INCLUSION


def _page(qtbot: QtBot, library: Library, session: JournalSession) -> HoursPage:
    page = HoursPage(library, session, session.changes, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.tabs.widget(1))
    return page


@pytest.fixture
def page(qtbot: QtBot, library: Library, session: JournalSession, journal: Journal) -> HoursPage:
    journal.exchange.set_setting(START_KEY, START.isoformat())
    return _page(qtbot, library, session)


def _open_form(qtbot: QtBot, page: HoursPage) -> TrainingForm:
    qtbot.mouseClick(page.training.add_button, Qt.MouseButton.LeftButton)
    form = page.training.form
    assert form is not None
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _tab(qtbot: QtBot) -> None:
    """Tab from wherever the focus is, as the keyboard does."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


def _sentences(page: HoursPage) -> dict[str, str]:
    return {key: label.text() for key, label in page.training.renewal.sentences.items()}


def test_add_a_training_with_the_keyboard_and_see_the_renewal_year_move(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    tab = page.training
    assert tab.empty.isVisible() and not tab.table.isVisible()
    assert "1 September 2025 to 31 August 2026" in tab.renewal.period.text()
    assert _sentences(page)["training"] == "0 of 15 hours logged. 15 hours to go."
    assert _sentences(page)["dei"] == "0 of 1 hour logged. 1 hour to go."
    form = _open_form(qtbot, page)
    assert form.date.hasFocus()
    for _ in range(3):  # Tab walks the date's day, month and year first
        _tab(qtbot)
    assert form.title.hasFocus()
    qtbot.keyClicks(form.title, "Culture, power and the home visit")
    _tab(qtbot)
    qtbot.keyClicks(form.provider.lineEdit(), "State AIMH")
    _tab(qtbot)
    assert form.hours.hasFocus()
    form.hours.selectAll()
    qtbot.keyClicks(form.hours, "1.5")
    assert form.hours.text() == "1.5 hours"
    _tab(qtbot)
    assert form.category.hasFocus()
    form.category.setCurrentIndex(form.category.findText("Diversity, equity and inclusion"))
    qtbot.keyClick(form.category, Qt.Key.Key_Return)  # Enter in a one-line field saves
    qtbot.waitUntil(lambda: tab.form is None)
    (saved,) = journal.trainings()
    assert (saved.title, saved.provider, saved.minutes, saved.category) == (
        "Culture, power and the home visit",
        "State AIMH",
        90,
        DEI,
    )
    assert saved.date == TODAY
    assert tab.table.topLevelItemCount() == 1 and tab.table.isVisible()
    assert tab.table.topLevelItem(0).text(1) == "1.5"
    assert tab.totals.text() == "In all: 1 training, 1.5 hours."
    assert page.message.text() == "Training saved."
    assert _sentences(page)["training"] == "1.5 of 15 hours logged. 13.5 hours to go."
    assert _sentences(page)["dei"] == "1.5 of 1 hour logged. All the hours asked for are logged."
    assert tab.renewal.bars["training"].value() == 10
    assert tab.renewal.bars["dei"].value() == 100


def test_supervision_hours_of_the_renewal_year_come_from_the_sessions(
    page: HoursPage, journal: Journal
) -> None:
    journal.save_session(SupervisionSession(dt.date(2025, 8, 31), 600, "Dana Reyes"))  # before
    journal.save_session(SupervisionSession(dt.date(2025, 9, 1), 90, "Dana Reyes"))
    journal.save_training(Training(dt.date(2025, 8, 31), "Last year's", 600))
    page.refresh()
    assert _sentences(page)["supervision"] == "1.5 of 12 hours logged. 10.5 hours to go."
    assert _sentences(page)["training"] == "0 of 15 hours logged. 15 hours to go."
    assert page.training.table.topLevelItemCount() == 1  # listed, though not in this year


def test_the_needs_are_set_here_kept_in_the_journal_and_followed(
    qtbot: QtBot, page: HoursPage, journal: Journal, library: Library, session: JournalSession
) -> None:
    journal.save_session(SupervisionSession(dt.date(2025, 10, 1), 300, "Dana Reyes"))
    journal.exchange.set_setting(GOAL_KEY, "renewal")
    page.refresh()
    assert page.progress.summary.text() == "5 of 12 hours"
    renewal = page.training.renewal
    for box, typed in (
        (renewal.training_need, "20"),
        (renewal.supervision_need, "10"),
        (renewal.dei_need, "0"),
    ):
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, typed)
        qtbot.keyClick(box, Qt.Key.Key_Tab)  # the value is settled on leaving the box
    assert [
        journal.exchange.setting(k) for k in (TRAINING_NEED_KEY, SUPERVISION_NEED_KEY, DEI_NEED_KEY)
    ] == ["20", "10", "0"]
    assert _sentences(page)["training"] == "0 of 20 hours logged. 20 hours to go."
    assert _sentences(page)["supervision"] == "5 of 10 hours logged. 5 hours to go."
    assert _sentences(page)["dei"] == "0 hours logged; none asked for."
    assert renewal.dei_need.text() == "0 hours"
    # The renewal goal on the Supervision tab asks for the same hours.
    assert page.progress.summary.text() == "5 of 10 hours"
    goal = page.progress.goal
    assert goal.itemText(goal.findData("renewal")) == "Renewal: 10 hours each year"
    again = _page(qtbot, library, session)
    assert again.training.renewal.needs().training_hours == 20
    assert again.progress.summary.text() == "5 of 10 hours"


def test_edit_keeps_the_training_and_delete_asks_first(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    kept = journal.save_training(Training(dt.date(2026, 2, 2), "Attachment", 120, notes="mine"))
    page.refresh()
    table = page.training.table
    table.setCurrentItem(table.topLevelItem(0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on a row opens it to edit
    form = page.training.form
    assert form is not None and form.editing
    assert form.notes.toPlainText() == "mine" and form.hours.text() == "2 hours"
    form.hours.setValue(2.5)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.training.form is None)
    assert journal.trainings() == [dataclasses.replace(kept, minutes=150)]
    seen: list[str] = []
    click_in_next_dialog("Cancel", seen)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert seen == [
        "Delete the training “Attachment” of 2 February 2026 (2.5 hours)? Its notes go with it."
    ]
    assert len(journal.trainings()) == 1
    click_in_next_dialog("Delete")
    qtbot.mouseClick(page.training.delete_button, Qt.MouseButton.LeftButton)
    assert journal.trainings() == []
    assert page.message.text() == "Training deleted."
    assert page.training.empty.isVisible()


def test_a_refused_training_is_said_and_the_form_keeps_what_was_typed(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    form = _open_form(qtbot, page)
    qtbot.keyClicks(form.notes, "Words I must not lose.")
    seen: list[str] = []
    click_in_next_dialog("OK", seen)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["Please give the training a title of at most 300 characters."]
    assert page.training.form is form and form.isVisible()
    assert form.notes.toPlainText() == "Words I must not lose."
    form.hours.setValue(0)
    qtbot.keyClicks(form.title, "Sleep")
    click_in_next_dialog("OK", seen)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert seen[1] == "A training lasts from a minute to 500 hours. Check the hours, then save."
    form.hours.setValue(1)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.training.form is None)
    assert [t.notes for t in journal.trainings()] == ["Words I must not lose."]


def test_locking_keeps_a_half_filled_training_form_in_memory_only(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    form = _open_form(qtbot, page)
    qtbot.keyClicks(form.title, "Half a title")
    page.clear()  # as locking does
    assert page.training.form is None and not form.isVisible()
    assert page.training.table.topLevelItemCount() == 0
    assert all(text == "" for text in _sentences(page).values())
    page.refresh()  # as coming back to the page after unlocking does
    reopened = page.training.form
    assert reopened is not None and reopened.title.text() == "Half a title"
    assert journal.trainings() == []
    reopened.reject()


def test_every_control_on_the_tab_and_form_has_a_name_in_reading_order(
    qtbot: QtBot, page: HoursPage
) -> None:
    assert unnamed_controls(page) == []
    form = _open_form(qtbot, page)
    assert unnamed_controls(form) == []
    seen: list[str] = []
    for _ in range(12):
        focused = QApplication.focusWidget()
        assert focused is not None
        if not seen or seen[-1] != focused.accessibleName():
            seen.append(focused.accessibleName())
        _tab(qtbot)
    assert seen[:8] == [
        "Date of the training",
        "Title of the training",
        "Provider: who offered the training",
        "Length of the training in hours",
        "What the training was about",
        "Notes for yourself",
        "Save the training",
        "Cancel without saving",
    ]
    form.reject()
