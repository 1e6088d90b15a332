"""The session form from the keyboard: Enter saves from any one-line field or choice, Esc
closes without saving, and Enter in a notes box starts a new line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.domain.library import Library
from reflect.domain.supervision_session import SupervisionSession
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.hours.hours_page import HoursPage
from reflect.ui.hours.session_form import SessionForm
from reflect.ui.widgets import messages
from tests.helpers.dialogs import STUCK, press_in_next_dialog
from tests.helpers.hours_journal import own_reflection
from tests.helpers.sessions import unlocked_session
from tests.helpers.windows import PASSPHRASE

FIELDS: dict[str, Callable[[SessionForm], QWidget]] = {
    "date": lambda form: form.date,
    "minutes": lambda form: form.minutes,
    "individual": lambda form: form.individual,
    "in person": lambda form: form.in_person,
    "provider": lambda form: form.provider,
    "category": lambda form: form.category,
    "find a reflection": lambda form: form.discussed.search_field,
    "reflections discussed": lambda form: form.discussed.list,
}


@pytest.fixture
def session(qtbot: QtBot, existing: tuple[JournalPaths, str]) -> Iterator[JournalSession]:
    opened = unlocked_session(qtbot, existing[0], PASSPHRASE)
    assert opened.journal is not None
    opened.journal.add_reflection(own_reflection())  # so the discussed list has a row
    yield opened
    opened.lock()


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Sentences the form would have shown in a message box (none is expected)."""
    said: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, error: said.append(error.sentence))
    return said


@pytest.fixture
def page(qtbot: QtBot, library: Library, session: JournalSession, problems: list[str]) -> HoursPage:
    widget = HoursPage(library, session, session.changes, today=lambda: dt.date(2026, 3, 20))
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _open_form(qtbot: QtBot, page: HoursPage) -> SessionForm:
    page.log_session()
    form = page.form
    assert form is not None
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.provider.setCurrentText("Dana Reyes")  # the one thing a session must name
    return form


def _press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    widget.setFocus()
    focused = QApplication.focusWidget()  # a combo box's line edit, for one
    assert focused is not None and (focused is widget or widget.isAncestorOf(focused))
    qtbot.keyClick(focused, key)


def _journal(session: JournalSession) -> Journal:
    assert session.journal is not None
    return session.journal  # type: ignore[no-any-return]


def test_enter_from_any_one_line_field_or_choice_saves(
    qtbot: QtBot, page: HoursPage, session: JournalSession, problems: list[str]
) -> None:
    for saved, (name, field) in enumerate(FIELDS.items(), start=1):
        form = _open_form(qtbot, page)
        _press(qtbot, field(form), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.form is None or bool(problems))
        assert problems == []
        assert len(_journal(session).sessions()) == saved, name
    assert page.message.text() == "Session saved."


def test_escape_from_any_field_or_box_closes_without_saving(
    qtbot: QtBot, page: HoursPage, session: JournalSession
) -> None:
    for field in [*FIELDS.values(), lambda form: form.notes, lambda form: form.cancel_button]:
        form = _open_form(qtbot, page)
        qtbot.keyClicks(form.notes, "Not to be kept")
        _press(qtbot, field(form), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: page.form is None)
    assert _journal(session).sessions() == []


def test_enter_in_every_notes_box_starts_a_new_line(
    qtbot: QtBot, page: HoursPage, session: JournalSession
) -> None:
    form = _open_form(qtbot, page)
    boxes = [*form.answers.values(), form.notes]
    for box in boxes:
        box.setFocus()
        qtbot.keyClicks(box, "one")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClick(box, Qt.Key.Key_Enter)  # the keypad's Enter too
        qtbot.keyClicks(box, "two")
        assert box.toPlainText() == "one\n\ntwo"
        assert page.form is form and form.isVisible()
    assert _journal(session).sessions() == []
    _press(qtbot, form.cancel_button, Qt.Key.Key_Return)  # Enter on Cancel cancels
    qtbot.waitUntil(lambda: page.form is None)
    assert _journal(session).sessions() == []


def test_enter_or_escape_in_the_delete_confirmation_keeps_the_session(
    qtbot: QtBot, page: HoursPage, session: JournalSession
) -> None:
    _journal(session).save_session(SupervisionSession(dt.date(2026, 3, 1), 60, "Dana Reyes"))
    page.refresh()
    page.table.setCurrentItem(page.table.topLevelItem(0))
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        seen: list[QDialog] = []
        press_in_next_dialog(qtbot, key, seen)
        page.activateWindow()  # back from the box before
        qtbot.waitUntil(page.isActiveWindow)
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        assert seen and seen[0].result() != STUCK
        assert len(_journal(session).sessions()) == 1


def test_enter_in_the_find_box_goes_to_the_first_reflection_found_not_to_save(
    qtbot: QtBot, page: HoursPage, session: JournalSession
) -> None:
    from tests.helpers.hours_journal import FAMILY_CODE

    form = _open_form(qtbot, page)
    find = form.discussed.search_field
    find.setFocus()
    qtbot.keyClicks(find, FAMILY_CODE)
    qtbot.keyClick(find, Qt.Key.Key_Return)
    assert page.form is form and form.isVisible()  # nothing saved yet
    found = form.discussed.list
    assert QApplication.focusWidget() is found and found.currentRow() == 0
    qtbot.keyClick(found, Qt.Key.Key_Space)  # ticked
    assert found.currentItem().checkState() == Qt.CheckState.Checked
    qtbot.keyClick(found, Qt.Key.Key_Return)  # and now Enter saves
    qtbot.waitUntil(lambda: page.form is None)
    assert len(_journal(session).sessions()[0].reflection_uuids) == 1
