"""The journal's counts read as English for one and for two: "1 comment", "2 comments"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reflect.domain.comment import Comment
from reflect.ui.journal.identifier_hint import IdentifierHint
from reflect.ui.journal.row_text import badges
from reflect.ui.main_window import MainWindow
from tests.helpers.journals import reflection
from tests.helpers.windows import open_window

WRITTEN = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)


def _comment(uuid: str, body: str, read: bool) -> Comment:
    return Comment(uuid, "Dana", body, WRITTEN, packet_id="p-1", read=read)


def _row_text(window: MainWindow, uuid: str) -> tuple[list[str], str]:
    """A row's state marks, and the whole row as the list reads it out."""
    model = window.journal_page.list_pane.model
    row = model.row_of(uuid)
    assert row is not None
    return badges(model.summary_at(row)), model.index(row, 0).data()


def test_comment_counts_in_the_list_and_over_the_editor(qtbot: QtBot, tmp_path: Path) -> None:
    one_new, two_new, one_old, two_old = (
        reflection(code=code) for code in ("AA", "BB", "CC", "DD")
    )
    window = open_window(qtbot, tmp_path / "journal", [one_new, two_new, one_old, two_old])
    journal = window.session.journal
    for target, count, read in ((one_new, 1, False), (two_new, 2, False)):
        for i in range(count):
            journal.add_comment(_comment(target.uuid, f"Thought {i}", read))
    for target, count in ((one_old, 1), (two_old, 2)):
        for i in range(count):
            journal.add_comment(_comment(target.uuid, f"Older thought {i}", True))
    window.journal_page.reload()

    for target, mark in (
        (one_new, "1 new comment"),
        (two_new, "2 new comments"),
        (one_old, "1 comment"),
        (two_old, "2 comments"),
    ):
        marks, spoken = _row_text(window, target.uuid)
        assert marks[-1] == mark
        assert f"{mark}." in spoken

    page = window.journal_page
    page.open_reflection(one_new.uuid)
    assert page.editor.new_comments.text.text() == "1 new comment from supervision."
    spoken = QAccessible.queryAccessibleInterface(page.editor.new_comments.text)
    assert spoken.text(QAccessible.Text.Name) == "1 new comment from supervision."
    page.open_reflection(two_new.uuid)
    assert page.editor.new_comments.text.text() == "2 new comments from supervision."
    window.session.lock()


def test_search_says_how_many_reflections_match(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(
        qtbot,
        tmp_path / "journal",
        [reflection("lullaby"), reflection("owl", code="CD"), reflection("owl", code="EF")],
    )
    pane = window.journal_page.list_pane
    for word, said in (("lullaby", "1 matching reflection."), ("owl", "2 matching reflections.")):
        pane.search.setFocus()
        pane.search.selectAll()
        qtbot.keyClicks(pane.search, word)
        qtbot.waitUntil(lambda said=said: pane.found.text() == said, timeout=5000)
        assert pane.found.isVisible()
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not pane.model.searching, timeout=3000)
    window.session.lock()


def test_the_quiet_hint_counts_what_it_does_not_name(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    words = ("Anouk", "Bertil", "Celine", "Dmitri", "Eskil")
    for shown, said in ((4, "and 1 more."), (5, "and 2 more.")):
        text = " and ".join(words[:shown]) + " came."
        hint = IdentifierHint(lambda text=text: text, lambda: words, parent)
        hint.refresh()
        assert hint.text().startswith("This may identify someone: a word you chose never")
        assert hint.text().endswith(f"(Celine) {said}")


def test_the_visit_length_names_its_unit(qtbot: QtBot, tmp_path: Path) -> None:
    saved = reflection()  # 60 minutes
    window = open_window(qtbot, tmp_path / "journal", [saved])
    window.journal_page.open_reflection(saved.uuid)
    box = window.journal_page.editor.duration
    assert box.text() == "60 minutes"
    for typed, shown in (("1", "1 minute"), ("2", "2 minutes")):
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, typed)
        assert box.text() == shown
    qtbot.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    assert box.text() == "Not noted"
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Saved"), timeout=5000)
    window.session.lock()
