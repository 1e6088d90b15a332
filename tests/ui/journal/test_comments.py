"""Comments from supervision appear in place, read-only, marked New until they have been seen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from reflect.domain.comment import Comment
from reflect.domain.reflection import Answer, Reflection
from reflect.ui.journal.row_text import badges
from reflect.ui.main_window import MainWindow

WRITTEN = dt.datetime(2026, 11, 21, 12, 0, tzinfo=dt.UTC)
SEEN_WITHIN_MS = 6000


def _reflection(window: MainWindow, code: str = "KL") -> Reflection:
    return window.session.save(
        Reflection(
            dt.date(2026, 11, 12),
            code,
            "after-visit",
            answers=(Answer("after-visit.seen", "Mom named his frown."),),
        )
    )


def _comment(uuid: str, body: str, prompt_id: str | None = None, read: bool = False) -> Comment:
    return Comment(uuid, "Dana", body, WRITTEN, prompt_id=prompt_id, packet_id="p-1", read=read)


@pytest.fixture
def commented(unlocked: MainWindow) -> tuple[MainWindow, Reflection]:
    """A reflection with two new comments (one on an answer, one on the whole) and an old one."""
    window = unlocked
    reflection = _reflection(window)
    journal = window.session.journal
    journal.add_comment(_comment(reflection.uuid, "An older thought.", read=True))
    journal.add_comment(
        _comment(reflection.uuid, "What did you notice in yourself then?", "after-visit.seen")
    )
    journal.add_comment(_comment(reflection.uuid, "Thank you for bringing this one."))
    window.journal_page.reload()
    return window, reflection


def _row_badges(window: MainWindow, uuid: str) -> list[str]:
    model = window.journal_page.list_pane.model
    row = model.row_of(uuid)
    assert row is not None
    return badges(model.summary_at(row))


def test_comments_show_in_place_with_author_date_and_a_new_mark(
    qtbot: QtBot, commented: tuple[MainWindow, Reflection]
) -> None:
    window, reflection = commented
    assert "2 new comments" in _row_badges(window, reflection.uuid)
    page = window.journal_page
    page.open_reflection(reflection.uuid)
    editor = page.editor

    seen = editor.prompt_widget("after-visit.seen")
    assert seen is not None and seen.comments.isVisible()
    (on_answer,) = seen.comments.cards
    assert on_answer.byline.text() == "Dana · 21 Nov 2026"
    assert on_answer.body.text() == "What did you notice in yourself then?"
    assert on_answer.new_mark is not None and on_answer.new_mark.isVisible()
    assert on_answer.new_mark.text() == "New"
    assert on_answer.body.accessibleName() == "New comment from Dana, 21 Nov 2026"

    assert editor.supervision.isVisible()
    assert editor.supervision.heading.text() == "From supervision"
    older, whole = editor.supervision.comments.cards
    assert older.body.text() == "An older thought." and older.new_mark is None
    assert older.body.accessibleName() == "Comment from Dana, 21 Nov 2026"
    assert whole.new_mark is not None
    assert not any(w.comments.isVisible() for w in editor.prompts if w is not seen), (
        "a comment shows only under the answer it is about"
    )
    assert editor.new_comments.isVisible()
    assert editor.new_comments.text.text() == "2 new comments from supervision."
    # Read-only: words that can be selected and copied, never an edit box.
    for card in editor.comment_cards():
        assert not card.findChildren(QPlainTextEdit) and not card.findChildren(QLineEdit)
        assert not card.findChildren(QTextEdit)
        assert isinstance(card.body, QLabel)
        assert card.body.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_comments_are_marked_read_once_seen_and_new_marks_stay_until_reopened(
    qtbot: QtBot, commented: tuple[MainWindow, Reflection]
) -> None:
    window, reflection = commented
    page = window.journal_page
    page.open_reflection(reflection.uuid)
    assert any(not c.read for c in window.session.comments_for(reflection.uuid))

    qtbot.waitUntil(
        lambda: "3 comments" in _row_badges(window, reflection.uuid), timeout=SEEN_WITHIN_MS
    )
    assert all(c.read for c in window.session.comments_for(reflection.uuid))
    assert "2 new comments" not in _row_badges(window, reflection.uuid)
    # Still marked on screen while the visitor is reading them.
    assert sum(c.new_mark is not None for c in page.editor.comment_cards()) == 2

    other = _reflection(window, "MB")
    page.reload()
    page.open_reflection(other.uuid)
    assert not page.editor.comment_cards()
    assert not page.editor.supervision.isVisible()
    page.open_reflection(reflection.uuid)
    assert len(page.editor.comment_cards()) == 3
    assert all(c.new_mark is None for c in page.editor.comment_cards())
    assert not page.editor.new_comments.isVisible()


def test_a_quick_look_elsewhere_leaves_comments_new(
    qtbot: QtBot, commented: tuple[MainWindow, Reflection]
) -> None:
    window, reflection = commented
    other = _reflection(window, "MB")
    page = window.journal_page
    page.reload()
    page.open_reflection(reflection.uuid)
    page.open_reflection(other.uuid)  # left before they could have been read
    qtbot.wait(SEEN_WITHIN_MS // 2)
    assert sum(not c.read for c in window.session.comments_for(reflection.uuid)) == 2
    assert "2 new comments" in _row_badges(window, reflection.uuid)


def test_answers_still_autosave_and_comments_are_never_saved_as_answers(
    qtbot: QtBot, commented: tuple[MainWindow, Reflection]
) -> None:
    window, reflection = commented
    page = window.journal_page
    page.open_reflection(reflection.uuid)
    seen = page.editor.prompt_widget("after-visit.seen")
    assert seen is not None
    seen.editor.setFocus()
    seen.editor.moveCursor(seen.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(seen.editor, " He calmed when she held him.")
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Saved"), timeout=5000)
    stored = window.session.get(reflection.uuid)
    answer = stored.answer("after-visit.seen")
    assert answer is not None
    assert answer.text == "Mom named his frown. He calmed when she held him."
    everything = " ".join([*(a.text for a in stored.answers), stored.notes])
    assert "notice in yourself" not in everything and "Thank you" not in everything
    assert len(window.session.comments_for(reflection.uuid)) == 3
    assert seen.comments.cards[0].body.text() == "What did you notice in yourself then?"


def test_read_them_goes_to_the_first_new_comment(
    qtbot: QtBot, commented: tuple[MainWindow, Reflection]
) -> None:
    window, reflection = commented
    page = window.journal_page
    page.open_reflection(reflection.uuid)
    editor = page.editor
    qtbot.mouseClick(editor.new_comments.button, Qt.MouseButton.LeftButton)
    seen = editor.prompt_widget("after-visit.seen")
    assert seen is not None
    assert QApplication.focusWidget() is seen.comments.cards[0].body
    # Tab moves on from a comment like from any other part of the form.
    qtbot.keyClick(seen.comments.cards[0].body, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not seen.comments.cards[0].body


def test_a_comment_on_a_question_this_form_does_not_have_goes_to_the_end(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    reflection = _reflection(window)
    window.session.journal.add_comment(
        _comment(reflection.uuid, "On a question from another form.", "no-such.prompt")
    )
    page = window.journal_page
    page.reload()
    page.open_reflection(reflection.uuid)
    (card,) = page.editor.supervision.comments.cards
    assert card.body.text() == "On a question from another form."
    assert "1 new comment" in _row_badges(window, reflection.uuid)
    assert page.editor.new_comments.text.text() == "1 new comment from supervision."


def test_comments_wait_to_be_marked_read_while_another_page_is_in_front(
    qtbot: QtBot, commented: tuple[MainWindow, Reflection]
) -> None:
    window, reflection = commented
    window.journal_page.open_reflection(reflection.uuid)
    window.nav.button(1).click()  # straight to Cards: the comments were not looked at
    qtbot.wait(SEEN_WITHIN_MS // 2 + 500)
    assert sum(not c.read for c in window.session.comments_for(reflection.uuid)) == 2
    window.nav.button(0).click()
    qtbot.waitUntil(
        lambda: all(c.read for c in window.session.comments_for(reflection.uuid)),
        timeout=SEEN_WITHIN_MS,
    )
