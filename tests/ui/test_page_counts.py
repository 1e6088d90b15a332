"""The sidebar counts what waits for the visitor: reflections with new comments beside
Journal, packets waiting beside Supervision; both heard as part of the page's name."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from reflect.domain.comment import Comment
from reflect.domain.reflection import Answer, Reflection
from reflect.ui.main_window import MainWindow

WRITTEN = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)


def _commented(window: MainWindow, code: str) -> Reflection:
    reflection = window.session.save(
        Reflection(
            dt.date(2026, 11, 12),
            code,
            "after-visit",
            answers=(Answer("after-visit.seen", "Mom named his frown."),),
        )
    )
    window.session.journal.add_comment(
        Comment(reflection.uuid, "Dana", "What did you notice?", WRITTEN, packet_id="p-1")
    )
    # What an import of a packet says once its comments are in the journal.
    window.session.changes.comments_arrived.emit((reflection.uuid,))
    return reflection


def test_journal_shows_how_many_reflections_have_new_comments_until_they_are_read(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    journal_tab = window.nav.button(window.pages.indexOf(window.journal_page))
    badge = window.rail.badge(0)
    assert badge.isHidden()
    assert journal_tab.accessibleName() == "Journal"
    first = _commented(window, "KL")
    _commented(window, "B-08")
    qtbot.waitUntil(lambda: badge.isVisible() and badge.text() == "2")
    assert journal_tab.accessibleName() == "Journal, 2 reflections with new comments"
    assert journal_tab.toolTip() == "2 reflections with new comments"

    window.journal_page.open_reflection(first.uuid)
    qtbot.waitUntil(lambda: badge.text() == "1", timeout=10_000)
    assert journal_tab.accessibleName() == "Journal, 1 reflection with new comments"


def test_the_counts_go_when_the_journal_is_locked(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    _commented(window, "KL")
    window.waiting_note.counted.emit(3)
    journal_badge, supervision_badge = window.rail.badge(0), window.rail.badge(2)
    qtbot.waitUntil(lambda: journal_badge.isVisible() and supervision_badge.isVisible())
    assert supervision_badge.text() == "3"
    supervision = window.nav.button(window.pages.indexOf(window.supervision_page))
    assert supervision.accessibleName() == "Supervision, 3 packets waiting"

    window.lock()

    assert journal_badge.isHidden() and supervision_badge.isHidden()
    assert supervision.accessibleName() == "Supervision"
