"""The reflection form a tired visitor meets: a safety note first, the core questions, the
rest behind "Go deeper", private-by-default answers about the visitor, and a gentle note
after a heavy visit. Driven by keyboard on a real editor over a template made for the test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reflect.content import load_library
from reflect.domain.library import Library
from reflect.domain.reflection import Answer, Reflection
from reflect.ui.journal.editor import ReflectionEditor
from tests.helpers.content_factory import (
    card,
    card_text,
    prompt,
    template,
    toml_text,
    write_content,
)

NOTICE = "If anyone is unsafe, follow your agency's safety steps and call your supervisor now."


@pytest.fixture
def library(tmp_path: Path) -> Library:
    prompts = [
        prompt("t.what"),
        prompt("t.me", text="What stirred in you?", private=True),
        prompt("t.heaviness", text="How heavy?", kind="scale", low="Light", high="Heavy"),
        prompt("t.more", text="What else?", depth="deeper", optional=True),
        prompt("t.old", text="An old question", retired=True),
    ]
    data = template(notice=NOTICE, sections=[{"id": "first", "title": "First", "prompts": prompts}])
    cards = {
        "alpha.md": card_text(card("alpha")),
        "self-care-and-belly-breathing.md": card_text(card("self-care-and-belly-breathing")),
    }
    write_content(tmp_path / "content", cards=cards, templates={"t.toml": toml_text(data)})
    return load_library(tmp_path / "content")


def _editor(qtbot: QtBot, library: Library, *answers: Answer) -> ReflectionEditor:
    editor = ReflectionEditor(library)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.load(Reflection(dt.date(2026, 12, 1), "KL", "t", answers=answers))
    qtbot.wait(20)  # laid out, as on screen
    return editor


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_the_safety_note_comes_before_the_first_question(qtbot: QtBot, library: Library) -> None:
    editor = _editor(qtbot, library)
    assert editor.notice.isVisible() and editor.notice.text() == NOTICE
    first = editor.prompts[0]
    assert editor.notice.mapTo(editor.widget(), editor.notice.rect().topLeft()).y() < (
        first.mapTo(editor.widget(), first.rect().topLeft()).y()
    )


def test_tab_goes_from_answer_to_answer_then_go_deeper_opens_the_rest(
    qtbot: QtBot, library: Library
) -> None:
    editor = _editor(qtbot, library)
    what, me, heavy, more, old = editor.prompts
    assert not more.isVisibleTo(editor) and not old.isVisibleTo(editor)
    editor.family_code.setFocus()
    presses = 0
    while _focused() is not what.editor:
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        presses += 1
        assert presses < 10, "the first answer is not reached by Tab"
    qtbot.keyClicks(what.editor, "A short visit.")
    for answer in (me.editor, heavy.editor):
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        assert _focused() is answer  # no private mark or card button between two answers
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    section = editor.sections[0]
    assert _focused() is section.go_deeper
    assert "1 more question" in section.go_deeper.text()
    qtbot.keyClick(section.go_deeper, Qt.Key.Key_Space)
    assert more.isVisibleTo(editor)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is more.editor
    assert editor.open_sections == {"t/first"}  # remembered for the next reflection


def test_an_answer_about_me_starts_private_and_f2_shares_it(qtbot: QtBot, library: Library) -> None:
    editor = _editor(qtbot, library)
    me = editor.prompts[1]
    assert me.private.isChecked()
    qtbot.keyClicks(me.editor, "Tired, and a little frightened on the stairs.")
    snapshot = editor.snapshot()
    assert snapshot is not None
    kept = snapshot.answer("t.me")
    assert kept is not None and kept.private
    me.editor.setFocus()
    qtbot.keyClick(me.editor, Qt.Key.Key_F2)
    snapshot = editor.snapshot()
    assert snapshot is not None
    shared = snapshot.answer("t.me")
    assert shared is not None and not shared.private
    # an unanswered private question is not saved as an empty answer
    assert snapshot.answer("t.what") is None


def test_answered_deeper_and_retired_questions_are_shown_never_hidden(
    qtbot: QtBot, library: Library
) -> None:
    editor = _editor(
        qtbot, library, Answer("t.more", "Grandma came in."), Answer("t.old", "Words kept.")
    )
    _what, _me, _heavy, more, old = editor.prompts
    assert more.isVisibleTo(editor) and old.isVisibleTo(editor)
    assert old.text() == "Words kept."


def test_a_heavy_visit_brings_a_gentle_note_that_is_never_saved(
    qtbot: QtBot, library: Library
) -> None:
    editor = _editor(qtbot, library)
    heavy = editor.prompts[2]
    assert heavy.heavy_note is not None and not heavy.heavy_note.isVisibleTo(editor)
    heavy.editor.setFocus()
    heavy.editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(heavy.editor, "8")
    assert heavy.heavy_note.isVisibleTo(editor)
    assert "supervisor" in heavy.heavy_note.words.text()
    assert "never shared" in heavy.heavy_note.words.text()
    snapshot = editor.snapshot()
    assert snapshot is not None
    assert [a.text for a in snapshot.answers if a.prompt_id == "t.heaviness"] == ["8"]
    heavy.editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(heavy.editor, "3")
    assert not heavy.heavy_note.isVisibleTo(editor)


def test_optional_questions_say_so(qtbot: QtBot, library: Library) -> None:
    editor = _editor(qtbot, library)
    more = editor.prompts[3]
    words = [label.text() for label in more.findChildren(type(editor.notice))]
    assert "optional" in words
