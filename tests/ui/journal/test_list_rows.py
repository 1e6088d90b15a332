"""The journal list as a visitor sees it: week and month headers, short dates, the family
code's chip, the badge of new comments, the filters folded away, and what an empty list or
an empty search says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from reflect.domain.comment import Comment
from reflect.domain.reflection import ReflectionSummary, ShareState, Status
from reflect.ui.journal.list_model import GROUP_ROLE
from reflect.ui.journal.row_groups import DateGroups, row_day_text
from reflect.ui.journal.row_text import comment_badge, marks
from reflect.ui.main_window import MainWindow
from tests.helpers.journals import reflection
from tests.helpers.windows import open_window

UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)  # weeks from Monday
WEDNESDAY = dt.date(2026, 12, 2)


def _summary(**changes: object) -> ReflectionSummary:
    row = ReflectionSummary("u", WEDNESDAY, "F-21", "Words", Status.COMPLETE, ShareState.PRIVATE)
    return row._replace(**changes)


def test_recent_weeks_by_name_then_one_header_a_month() -> None:
    groups = DateGroups(WEDNESDAY, UK)
    assert groups.label(dt.date(2026, 11, 30)) == "This week"  # Monday of this week
    assert groups.label(dt.date(2026, 11, 29)) == "Last week"  # the Sunday before
    assert groups.label(dt.date(2026, 11, 23)) == "Last week"
    assert groups.label(dt.date(2026, 11, 22)) == "November 2026"
    assert groups.label(dt.date(2025, 1, 3)) == "January 2025"


def test_a_row_gives_the_year_only_when_it_is_not_this_one() -> None:
    english = QLocale.system()
    QLocale.setDefault(UK)
    try:
        assert row_day_text(WEDNESDAY, WEDNESDAY) == "Wed 2 Dec"
        assert row_day_text(dt.date(2025, 12, 2), WEDNESDAY) == "Tue 2 Dec 2025"
    finally:
        QLocale.setDefault(english)


def test_marks_and_badge_say_the_state_in_short_words() -> None:
    row = _summary(status=Status.DRAFT, share_state=ShareState.TO_SHARE)
    assert marks(row) == ["Draft", "For supervision"]
    assert comment_badge(row) is None
    assert comment_badge(_summary(comment_count=3, unread_comments=2)) == ("2 new comments", True)
    assert comment_badge(_summary(comment_count=1)) == ("1 comment", False)


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    today = dt.date.today()
    days = (today, today - dt.timedelta(days=1), today - dt.timedelta(days=60))
    made = [reflection(code=f"C{i}", day=day) for i, day in enumerate(days)]
    window = open_window(qtbot, tmp_path / "journal", made)
    window.session.journal.add_comment(
        Comment(made[0].uuid, "Dana", "A thought", dt.datetime.now(dt.UTC), packet_id="p-1")
    )
    window.journal_page.reload()
    return window


def test_headers_stand_over_groups_and_are_heard_but_never_selected(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    pane = window.journal_page.list_pane
    model = pane.model
    assert model.rowCount() == 3  # three reflections, no rows for headers
    headers = [model.index(r).data(GROUP_ROLE) for r in range(3)]
    assert headers[0] in ("This week", "Last week")  # today, or yesterday on a Monday
    assert headers[2] is not None and headers[2].endswith(str(model.summary_at(2).visit_date.year))
    said = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith(f"{headers[0]}. ")
    assert "1 new comment" in said  # the badge is heard too
    taller = pane.view.sizeHintForIndex(model.index(0)).height()
    plain = pane.view.sizeHintForIndex(model.index(1)).height()
    if headers[1] is None:
        assert taller > plain  # room for the header over the first row only
    pane.view.setFocus()
    pane.view.setCurrentIndex(model.index(1))
    qtbot.keyClick(pane.view, Qt.Key.Key_Down)  # over the next header, to the next visit
    assert pane.view.currentIndex().row() == 2
    assert pane.view.selectionModel().selectedRows()[0].row() == 2
    window.session.lock()


def test_filters_fold_away_and_an_empty_result_offers_every_reflection_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    pane = window.journal_page.list_pane
    assert not pane.family.isVisible()  # the top of the list stays calm
    qtbot.mouseClick(pane.filters_button, Qt.MouseButton.LeftButton)
    assert pane.family.isVisible() and pane.dates.isVisible()
    pane.status.setCurrentIndex(pane.status.findData(Status.DRAFT))
    pane.shared.setCurrentIndex(pane.shared.findData(ShareState.SHARED))
    assert pane.filters_button.text() == "Filters (2)"
    assert pane.model.rowCount() == 0
    qtbot.waitUntil(pane.empty.isVisible, timeout=3000)
    assert pane.empty.title.text() == "Nothing found"
    assert pane.empty.action.text() == "Show all reflections"
    qtbot.mouseClick(pane.empty.action, Qt.MouseButton.LeftButton)
    assert pane.model.rowCount() == 3 and pane.view.isVisible()
    assert pane.filters_button.text() == "Filters"
    window.session.lock()


def test_an_empty_journal_invites_the_first_reflection(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "journal", [])
    pane = window.journal_page.list_pane
    assert pane.empty.isVisible() and pane.empty.title.text() == "Your journal is ready"
    assert pane.empty.action.text() == "New reflection"
    assert pane.empty.action.property("look") == "primary"
    qtbot.mouseClick(pane.empty.action, Qt.MouseButton.LeftButton)
    assert window.journal_page.middle.currentWidget() is window.journal_page.editor
    window.session.lock()
