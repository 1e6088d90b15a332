"""The Hours page on a real encrypted journal, driven with clicks and keys."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.domain.contact import Contact, ContactRole
from reflect.domain.library import Library
from reflect.domain.packet import PacketHeader
from reflect.domain.reflection import Answer
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.ui.hours.hours_page import GOAL_KEY, START_KEY, HoursPage
from reflect.ui.hours.session_form import SessionForm
from tests.helpers.dialogs import click_in_next_dialog, click_in_next_dialogs
from tests.helpers.hours_journal import own_reflection, shared_reflection
from tests.ui.hours.conftest import TODAY, hours_page


@pytest.fixture
def page(qtbot: QtBot, library: Library, session: JournalSession) -> HoursPage:
    return hours_page(qtbot, library, session)


def _open_form(qtbot: QtBot, page: HoursPage) -> SessionForm:
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form is not None
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _type(qtbot: QtBot, widget: object, text: str) -> None:
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def _log(
    journal: Journal,
    provider: str,
    minutes: int,
    day: dt.date = dt.date(2026, 2, 1),
) -> SupervisionSession:
    return journal.save_session(SupervisionSession(day, minutes, provider))


def test_log_a_session_with_the_keyboard_and_see_progress(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    mine = journal.add_reflection(own_reflection())
    assert page.empty.isVisible() and not page.table.isVisible()
    form = _open_form(qtbot, page)
    assert form.date.hasFocus()
    form.date.setDate(form.date.date().addDays(-3))
    _type(qtbot, form.minutes, "90")
    form.group.setFocus()
    qtbot.keyClick(form.group, Qt.Key.Key_Space)
    form.video.click()
    qtbot.keyClicks(form.provider.lineEdit(), "Dana Reyes")
    qtbot.keyClicks(form.category.lineEdit(), "Infant Mental Health Specialist")
    qtbot.keyClicks(form.answers["after-supervision.understood"], "Her quiet was fear.")
    qtbot.keyClicks(form.answers["after-supervision.next-steps"], "Ask about nights.")
    qtbot.keyClicks(form.notes, "Brought one visit.")
    listed = form.discussed.list
    listed.setFocus()
    listed.setCurrentRow(0)
    qtbot.keyClick(listed, Qt.Key.Key_Space)
    assert form.discussed.chosen() == (mine.uuid,)
    assert form.discussed.count.text() == "1 reflection ticked."
    form.minutes.setFocus()
    qtbot.keyClick(form.minutes, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.form is None)

    (saved,) = journal.sessions()
    assert (saved.date, saved.minutes, saved.provider) == (
        TODAY - dt.timedelta(days=3),
        90,
        "Dana Reyes",
    )
    assert (saved.format, saved.mode) == (SessionFormat.GROUP, SessionMode.VIDEO)
    assert saved.provider_category == "Infant Mental Health Specialist"
    assert saved.notes == "Brought one visit."
    assert saved.next_steps == "Ask about nights."
    assert {a.prompt_id: a.text for a in saved.answers} == {
        "after-supervision.understood": "Her quiet was fear.",
        "after-supervision.next-steps": "Ask about nights.",
    }
    assert saved.reflection_uuids == (mine.uuid,)
    assert page.progress.summary.text() == "1.5 of 24 hours"
    assert page.progress.bar.value() == 6
    assert "22.5 hours to go" in page.progress.detail.text()
    assert not page.progress.warnings.isVisible()
    assert page.table.topLevelItemCount() == 1
    row = page.table.topLevelItem(0)
    assert row is not None
    assert [row.text(c) for c in (1, 2, 4, 5)] == ["90", "Dana Reyes", "Group, video", "1"]
    assert page.totals.text() == "In all: 1 session, 1.5 hours."


def test_escape_closes_the_form_without_saving(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    form = _open_form(qtbot, page)
    qtbot.keyClicks(form.provider.lineEdit(), "Dana Reyes")
    qtbot.keyClick(form.provider, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.form is None)
    assert journal.sessions() == []


def test_ctrl_enter_saves_from_a_notes_box(qtbot: QtBot, page: HoursPage, journal: Journal) -> None:
    form = _open_form(qtbot, page)
    qtbot.keyClicks(form.provider.lineEdit(), "Lee Park")
    qtbot.keyClicks(form.notes, "first line")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return)  # a new line, not a save
    assert page.form is form
    qtbot.keyClicks(form.notes, "second line")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.form is None)
    (saved,) = journal.sessions()
    assert saved.notes == "first line\nsecond line"


@pytest.mark.parametrize(
    "refused",
    [
        ("0", "Dana Reyes", "A session lasts between 1 and 1440 minutes."),
        ("60", "   ", "Please name who provided the supervision."),
    ],
)
def test_a_refused_session_is_said_and_the_form_keeps_what_was_typed(
    qtbot: QtBot, page: HoursPage, journal: Journal, refused: tuple[str, str, str]
) -> None:
    minutes, provider, sentence = refused
    form = _open_form(qtbot, page)
    _type(qtbot, form.minutes, minutes)
    qtbot.keyClicks(form.provider.lineEdit(), provider)
    qtbot.keyClicks(form.answers["after-supervision.understood"], "Words I must not lose.")
    qtbot.keyClicks(form.notes, "And these.")
    seen: list[str] = []
    click_in_next_dialog("OK", seen)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert seen == [sentence]
    assert page.form is form and form.isVisible()
    assert form.minutes.value() == int(minutes)
    assert form.provider.currentText() == provider
    assert form.answers["after-supervision.understood"].toPlainText() == "Words I must not lose."
    assert form.notes.toPlainText() == "And these."
    assert journal.sessions() == []
    # Put right and saved again: logged once, with the words kept.
    _type(qtbot, form.minutes, "45")
    form.provider.setCurrentText("Dana Reyes")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form is None)
    (saved,) = journal.sessions()
    assert (saved.minutes, saved.notes) == (45, "And these.")


def test_a_known_provider_brings_their_category_and_is_offered_first(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    journal.save_session(
        SupervisionSession(dt.date(2026, 1, 5), 60, "Lee Park", provider_category="Specialist")
    )
    journal.save_session(
        SupervisionSession(dt.date(2026, 2, 5), 60, "Dana Reyes", provider_category="Mentor")
    )
    page.refresh()
    form = _open_form(qtbot, page)
    # A new session starts from the last one's provider, kind and category.
    assert form.provider.currentText() == "Dana Reyes"
    assert form.category.currentText() == "Mentor"
    assert [form.provider.itemText(i) for i in range(form.provider.count())] == [
        "Dana Reyes",
        "Lee Park",
    ]
    form.category.setCurrentText("")
    form.provider.textActivated.emit("lee  park")
    assert form.category.currentText() == "Specialist"
    form.reject()


def test_three_providers_bring_both_warnings(page: HoursPage, journal: Journal) -> None:
    for provider in ("Dana Reyes", "Lee Park", "Sam Ortiz"):
        _log(journal, provider, 60)
    page.refresh()
    warnings = page.progress.warnings
    assert warnings.isVisible()
    assert "These hours come from 3 providers, more than two." in warnings.text()
    assert "No one provider gave most of these hours" in warnings.text()
    assert "check your endorsement guidelines" in warnings.text().lower()
    _log(journal, "Dana Reyes", 600)
    page.refresh()
    assert "3 providers" in warnings.text()
    assert "No one provider" not in warnings.text()


def test_edit_a_session_keeps_its_identity(qtbot: QtBot, page: HoursPage, journal: Journal) -> None:
    logged = _log(journal, "Dana Reyes", 60)
    page.refresh()
    assert not page.edit_button.isEnabled()
    page.table.setCurrentItem(page.table.topLevelItem(0))
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form is not None
    assert form.windowTitle() == "Edit a session"
    assert form.minutes.value() == 60
    _type(qtbot, form.minutes, "75")
    qtbot.keyClick(form.minutes, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: page.form is None)
    (saved,) = journal.sessions()
    assert (saved.uuid, saved.minutes) == (logged.uuid, 75)
    assert page.progress.summary.text() == "1.25 of 24 hours"
    current = page.table.currentItem()
    assert current is not None and current.text(1) == "75"


def test_delete_asks_first_and_cancel_keeps_the_session(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    _log(journal, "Dana Reyes", 60)
    page.refresh()
    page.table.setFocus()
    page.table.setCurrentItem(page.table.topLevelItem(0))
    seen: list[str] = []
    click_in_next_dialog("Cancel", seen)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Dana Reyes" in seen[0] and "60 minutes" in seen[0]
    assert len(journal.sessions()) == 1
    click_in_next_dialog("Delete")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert journal.sessions() == []
    assert page.empty.isVisible()
    assert page.message.text() == "Session deleted."
    assert page.progress.summary.text() == "0 of 24 hours"


def test_the_goal_and_start_date_are_kept_in_the_journal(
    qtbot: QtBot, page: HoursPage, journal: Journal, library: Library, session: JournalSession
) -> None:
    _log(journal, "Dana Reyes", 120, dt.date(2025, 6, 1))
    _log(journal, "Dana Reyes", 60, dt.date(2026, 1, 10))
    page.refresh()
    # Without a chosen start, counting starts at the first session.
    assert page.progress.start.date().toString("yyyy-MM-dd") == "2025-06-01"
    assert page.progress.summary.text() == "3 of 24 hours"
    goal = page.progress.goal
    goal.setFocus()
    goal.setCurrentIndex(goal.findData("renewal"))
    goal.activated.emit(goal.currentIndex())
    start = page.progress.start
    start.setDate(start.date().addMonths(3))
    assert journal.exchange.setting(GOAL_KEY) == "renewal"
    assert journal.exchange.setting(START_KEY) == "2025-09-01"
    assert page.progress.summary.text() == "1 of 12 hours"
    assert "renewal year runs from 1 September 2025 to 31 August 2026" in (
        page.progress.period.text()
    )
    again = hours_page(qtbot, library, session)
    assert again.progress.goal.currentData() == "renewal"
    assert again.progress.summary.text() == "1 of 12 hours"


def test_a_period_that_has_ended_says_so(page: HoursPage, journal: Journal) -> None:
    journal.exchange.set_setting(START_KEY, "2023-01-01")
    page.refresh()
    assert "This period ended on 31 December 2024" in page.progress.detail.text()


def test_export_asks_where_and_does_nothing_when_cancelled(
    qtbot: QtBot, page: HoursPage, journal: Journal, tmp_path: Path
) -> None:
    _log(journal, "Dana Reyes", 60)
    asked: list[str] = []

    def choose(_parent: object, title: str, name: str, kind: str) -> str:
        asked.append(name)
        return ""

    page.exports.choose_save_path = choose
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == ["Supervision hours.csv", "Supervision hours.pdf"]
    assert page.message.text() == ""
    target = tmp_path / "chosen.csv"
    page.exports.choose_save_path = lambda *_: str(target)
    seen: list[str] = []
    click_in_next_dialog("Save it", seen)
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert seen == [
        f"This file is not encrypted: it goes to {target}, where anyone who can open that "
        "folder can read it."
    ]
    assert target.read_text(encoding="utf-8-sig").count("\n") == 2
    assert page.message.text().startswith("Saved chosen.csv.")


def test_an_export_that_cannot_be_written_is_said(
    qtbot: QtBot, page: HoursPage, tmp_path: Path
) -> None:
    seen: list[str] = []
    click_in_next_dialogs(["Save it", "OK"], seen)
    assert not page.export_csv(str(tmp_path / "no such folder" / "hours.csv"))
    assert len(seen) == 2 and "could not be written" in seen[1]


def test_answers_are_shown_again_when_editing(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    journal.save_session(
        SupervisionSession(
            dt.date(2026, 2, 1),
            60,
            "Dana Reyes",
            next_steps="Older next steps, kept outside the answers.",
            answers=(Answer("after-supervision.shifted", "The baby's cues."),),
        )
    )
    page.refresh()
    page.table.setCurrentItem(page.table.topLevelItem(0))
    page.edit_session()
    form = page.form
    assert form is not None
    assert form.answers["after-supervision.shifted"].toPlainText() == "The baby's cues."
    assert (
        form.answers["after-supervision.next-steps"].toPlainText()
        == "Older next steps, kept outside the answers."
    )
    form.reject()


def test_enter_in_the_provider_box_saves(qtbot: QtBot, page: HoursPage, journal: Journal) -> None:
    form = _open_form(qtbot, page)
    form.provider.setFocus()
    qtbot.keyClicks(form.provider, "Sam Ortiz")
    qtbot.keyClick(form.provider, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.form is None)
    (saved,) = journal.sessions()
    assert saved.provider == "Sam Ortiz"


def test_tab_goes_through_the_form_in_reading_order(qtbot: QtBot, page: HoursPage) -> None:
    form = _open_form(qtbot, page)
    seen: list[str] = []
    for _ in range(22):
        focused = QApplication.focusWidget()
        assert focused is not None
        name = focused.accessibleName()
        if not seen or seen[-1] != name:  # Tab first walks day, month and year of a date
            seen.append(name)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert seen[:15] == [
        "Date of the session",
        "Length of the session in minutes",
        "Individual",
        "In person",
        "Provider: who gave the supervision",
        "The provider's endorsement category",
        "What did you understand in supervision that you hadn't before?",
        "What shifted in how you see the family: the baby, the caregiver, or their story?",
        "What will you do next, at your next visit or for yourself?",
        "How did supervision feel for you today: what helped, and what was hard to say?",
        "Other notes",
        "Find a reflection to tick",
        "Reflections discussed",
        "Save the session",
        "Cancel without saving",
    ]
    form.reject()


def test_a_supervisor_ticks_a_reflection_a_supervisee_shared(
    qtbot: QtBot, page: HoursPage, journal: Journal
) -> None:
    supervisee = Contact("Robin", "age1notarealkey", b"k" * 32, ContactRole.SUPERVISEE)
    journal.exchange.add_contact(supervisee)
    header = PacketHeader(
        packet_id="p-1",
        kind="supervision",
        sequence=0,
        created_at=dt.datetime(2026, 3, 4, 9, tzinfo=dt.UTC),
        sender_key_id=supervisee.key_id,
        recipient_key_id="ME",
    )
    shared = shared_reflection()
    journal.exchange.import_supervision(header, [shared])
    form = _open_form(qtbot, page)
    qtbot.keyClicks(form.provider.lineEdit(), "Me, as group facilitator")
    qtbot.keyClicks(form.discussed.search_field, "robin")
    (label,) = [form.discussed.list.item(i).text() for i in range(form.discussed.list.count())]
    assert label.startswith("Shared by Robin: ")
    form.discussed.tick(shared.uuid)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form is None)
    (saved,) = journal.sessions()
    assert saved.reflection_uuids == (shared.uuid,)
