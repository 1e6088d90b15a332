"""Spell checking as you type, in English and Spanish: a red underline, suggestions and
"Add to my words" on right-click; her words stay in the encrypted journal."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from reflect.content import load_library
from reflect.domain.reflection import Reflection
from reflect.ui.main_window import MainWindow
from reflect.ui.widgets.growing_text_edit import GrowingTextEdit
from reflect.ui.widgets.spelling import Speller, spelling_available
from tests.helpers.windows import PASSPHRASE


@pytest.fixture
def speller(qtbot: QtBot) -> Speller:
    made = Speller("en")
    with qtbot.waitSignal(made.ready, timeout=10_000):
        made.load_beside_the_window(load_library(language="es"))
    return made


def _underlined(box: GrowingTextEdit) -> list[str]:
    block = box.document().firstBlock()
    text = block.text()
    return [
        text[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


def test_both_languages_the_fields_words_and_codes_are_right(speller: Speller) -> None:
    assert spelling_available()
    for word in ("laughed", "visita", "reflexión", "bebé", "consolado", "ASQ", "K"):
        assert speller.is_right(word), word
    assert not speller.is_right("suprevisor")
    assert "supervisor" in speller.suggestions("suprevisor")
    assert speller.suggestions("Suprevisor")[0][0].isupper()


def test_the_spanish_a_visitor_writes_after_a_visit_is_not_underlined(speller: Speller) -> None:
    """Verbs in the past, plurals and the like: a list of headwords alone lacks them."""
    for word in ("sonrió", "cantó", "hablamos", "platicamos", "están", "abrazó", "sonreía"):
        assert speller.is_right(word), word
    # A word usually written with its accent is still underlined without it.
    for word in ("sonrio", "cancion", "estan"):
        assert not speller.is_right(word), word


def test_a_misspelled_word_is_underlined_and_fixed_from_its_menu(
    qtbot: QtBot, speller: Speller
) -> None:
    box = GrowingTextEdit()
    qtbot.addWidget(box)
    added: list[str] = []
    box.check_spelling(speller, added.append)
    box.show()
    qtbot.keyClicks(box, "Mom called the suprevisor")
    assert _underlined(box) == ["suprevisor"]
    where = box.cursorRect(box.textCursor()).center()  # the cursor sits on the word's end
    where.setX(where.x() - 5)
    actions = box.spelling_actions(where)
    assert actions[0].text() == "supervisor"
    assert actions[-1].text() == "Add “suprevisor” to my words"
    actions[0].trigger()
    assert box.toPlainText() == "Mom called the supervisor"
    assert _underlined(box) == []
    box.undo()  # one step back
    assert box.toPlainText() == "Mom called the suprevisor"


def test_her_words_are_kept_in_the_journal_and_never_in_a_plain_file(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    window = unlocked
    page = window.journal_page
    qtbot.waitUntil(lambda: page.speller.loaded, timeout=10_000)
    page.editor.load(Reflection(dt.date(2026, 12, 1), "K7", "after-visit"))
    box = page.editor.prompts[0].editor
    assert isinstance(box, GrowingTextEdit)
    box.setFocus()
    qtbot.keyClicks(box, "Zyxomira")  # a name the word lists cannot know
    assert _underlined(box) == ["Zyxomira"]
    where = box.cursorRect(box.textCursor()).center()
    where.setX(where.x() - 5)
    box.spelling_actions(where)[-1].trigger()
    assert _underlined(box) == []
    assert "Zyxomira" in window.session.my_words()
    folder = window.session.paths.folder
    assert not [p for p in folder.rglob("*") if p.is_file() and b"Zyxomira" in p.read_bytes()]
    window.lock()
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, "\r")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    assert page.speller.is_right("Zyxomira")


def test_underlining_never_counts_as_an_edit(qtbot: QtBot, speller: Speller) -> None:
    """A reflection opened only to read is not saved because its underlines were drawn."""
    box = GrowingTextEdit()
    qtbot.addWidget(box)
    box.setPlainText("Mom called the suprevisor")
    typed: list[bool] = []
    box.typed.connect(lambda: typed.append(True))
    box.check_spelling(speller, lambda _word: None)
    speller.set_mine(["Zyxomira"])  # her words change: every box is underlined again
    assert _underlined(box) == ["suprevisor"]
    assert typed == []
    qtbot.keyClicks(box, "!")
    assert typed == [True]
