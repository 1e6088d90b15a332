"""The Hours page's counts read as English for one and for more: sessions, whole and
decimal hours, and minutes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.domain.supervision_session import SupervisionSession
from reflect.storage.journal import Journal
from reflect.ui.hours.hours_page import HoursPage
from tests.helpers.dialogs import click_in_next_dialog


def _log(page: HoursPage, journal: Journal, minutes: int, day: int) -> None:
    journal.save_session(SupervisionSession(dt.date(2026, 2, day), minutes, "Dana Reyes"))
    page.refresh()


CASES = {  # minutes logged: the totals, the hours to go, and a line of the PDF
    (60,): ("In all: 1 session, 1 hour.", "23 hours to go.", "1 session in this period."),
    (1380,): ("In all: 1 session, 23 hours.", "1 hour to go.", "23 of 24 hours (95%)."),
    (60, 30): ("In all: 2 sessions, 1.5 hours.", "22.5 hours to go.", "2 sessions in"),
    (1380, 30): ("In all: 2 sessions, 23.5 hours.", "0.5 hours to go.", "23.5 of 24 hours"),
}


@pytest.mark.parametrize("logged", list(CASES))
def test_totals_hours_to_go_and_the_pdf(
    page: HoursPage, journal: Journal, logged: tuple[int, ...]
) -> None:
    totals, to_go, in_pdf = CASES[logged]
    for day, minutes in enumerate(logged, start=1):
        _log(page, journal, minutes, day)
    assert page.totals.text() == totals
    # What is left, and by the period's last day: "23 hours to go by 19 Mar 2028."
    assert page.progress.detail.text().startswith(to_go.removesuffix(".") + " by ")
    assert in_pdf in page.pdf_html()


def test_the_delete_confirmation_names_the_minutes(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    _log(page, journal, 1, 1)
    _log(page, journal, 2, 2)
    seen: list[str] = []
    for row in (0, 1):
        page.table.setCurrentItem(page.table.topLevelItem(row))
        click_in_next_dialog("Cancel", seen)
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert sorted("(1 minute)?" in text for text in seen) == [False, True]
    assert sorted("(2 minutes)?" in text for text in seen) == [False, True]


def test_the_length_box_names_its_unit_as_it_is_typed(qtbot: QtBot, page: HoursPage) -> None:
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form is not None
    qtbot.waitExposed(form)
    box = form.minutes
    for typed, shown in (("1", "1 minute"), ("2", "2 minutes"), ("45", "45 minutes")):
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, typed)
        assert (box.value(), box.text()) == (int(typed), shown)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.text() == "46 minutes"
    qtbot.keyClick(form, Qt.Key.Key_Escape)
