"""A choice is stored by a key, not the words shown: a check-in answered in Spanish reads
in English and the other way round, and an answer an earlier Reflect stored as English
words reads in both."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from reflect.content import load_library
from reflect.domain.library import Library
from reflect.domain.prompt import choice_key
from reflect.domain.reflection import Answer, Reflection
from reflect.ui.journal.editor import ReflectionEditor
from reflect.ui.supervision.reflection_html import reflection_html

ENGLISH = load_library()
SPANISH = load_library(language="es")
NEED = "quick-check-in.one-need"


def _need_box(
    qtbot: QtBot, library: Library, *answers: Answer
) -> tuple[ReflectionEditor, QComboBox]:
    editor = ReflectionEditor(library)
    qtbot.addWidget(editor)
    editor.load(Reflection(dt.date(2026, 12, 1), "", "quick-check-in", answers=answers))
    widget = next(w for w in editor.prompts if w.prompt.id == NEED)
    assert isinstance(widget.editor, QComboBox)
    return editor, widget.editor


def test_a_choice_made_in_spanish_is_stored_by_key_and_reads_in_english(qtbot: QtBot) -> None:
    editor, box = _need_box(qtbot, SPANISH)
    box.setFocus()
    qtbot.keyClicks(box, "Tiempo")
    assert box.currentText() == "Tiempo con mi supervisor o supervisora"
    snapshot = editor.snapshot()
    assert snapshot is not None
    stored = snapshot.answer(NEED)
    assert stored is not None and stored.text == "time-with-my-supervisor"
    _, english = _need_box(qtbot, ENGLISH, stored)
    assert english.currentText() == "Time with my supervisor"


def test_an_answer_stored_as_english_words_reads_in_spanish_and_keeps_its_key(
    qtbot: QtBot,
) -> None:
    old = Answer(NEED, "Food or water", private=True)
    editor, box = _need_box(qtbot, SPANISH, old)
    assert box.currentText() != "Food or water" and box.currentIndex() > 0
    assert box.currentData() == choice_key("Food or water") == "food-or-water"
    box.setCurrentIndex(box.currentIndex())  # untouched, it is saved by its key
    snapshot = editor.snapshot()
    assert snapshot is not None and snapshot.answer(NEED).text == "food-or-water"  # type: ignore[union-attr]


def test_an_unknown_choice_is_kept_as_it_was_written(qtbot: QtBot) -> None:
    _, box = _need_box(qtbot, ENGLISH, Answer(NEED, "A nap in the car"))
    assert box.currentText() == "A nap in the car"


def test_the_share_preview_shows_a_choice_in_the_readers_words() -> None:
    reflection = Reflection(
        dt.date(2026, 12, 1), "", "quick-check-in", answers=(Answer(NEED, "rest"),)
    )
    assert "Rest" in reflection_html(reflection, ENGLISH)
    assert "Descanso" in reflection_html(reflection, SPANISH)
    assert "rest<" not in reflection_html(reflection, ENGLISH)  # never the bare key
