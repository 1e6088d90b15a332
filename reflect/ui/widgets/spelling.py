"""Spell checking as the visitor types, in English and Spanish at once.

A word is spelled right when either language knows it, when Reflect's own cards and
questions use it (the field's words: "attunement", "bebé"), or when the visitor added it to
her words. Her words hold names, so they are kept inside the encrypted journal (the page
hands them over), never in a dictionary file. The word lists come with `pyspellchecker`
(pure Python: nothing to build for each system); they load beside the window, and until
they have, or if they cannot, nothing is underlined.
"""

from __future__ import annotations

import gzip
import logging
import re
import threading
from collections.abc import Iterable
from importlib.resources import as_file
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from reflect.content import resources_folder
from reflect.domain.library import Library

log = logging.getLogger(__name__)
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
LANGUAGES = ("en", "es")
MAX_SUGGESTIONS = 5


def spelling_available() -> bool:
    """True when the word lists for both languages are on this computer."""
    return _word_lists() is not None


def _word_lists() -> Path | None:
    """The folder of `pyspellchecker`'s word lists, when both languages' are there."""
    try:
        spec = find_spec("spellchecker")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    return folder if all((folder / f"{c}.json.gz").is_file() for c in LANGUAGES) else None


class Speller(QObject):
    """Knows which words are spelled right. Emits `ready` once the word lists are loaded."""

    ready = Signal()
    changed = Signal()
    """Her words changed: underlines are drawn again."""

    def __init__(self, first: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first = first  # the language suggestions come from first
        self._words: set[str] = set()  # both languages' words and the field's
        self._mine: set[str] = set()
        self._checkers: list[Any] = []  # made at the first request for suggestions

    @property
    def loaded(self) -> bool:
        """True once the word lists are in (and spell checking is on)."""
        return bool(self._words)

    def load_beside_the_window(self, library: Library) -> None:
        """Read the word lists, and the field's words from `library`, on a thread of their
        own, then emit `ready`.

        The lists are read a line at a time rather than handed to `pyspellchecker`, whose
        loader parses and indexes each list in single calls that keep the window's thread
        from running for up to 150 ms at unlock.
        """
        threading.Thread(target=self._load, args=(library,), daemon=True).start()

    def _load(self, library: Library) -> None:
        folder = _word_lists()
        if folder is None:
            log.warning("spell checking is off: no word lists")
            return
        words = field_words(library)
        try:
            for language in LANGUAGES:
                with gzip.open(folder / f"{language}.json.gz", "rt", encoding="utf-8") as lines:
                    # One `"word": count,` a line: a short step each, so the window runs on.
                    for line in lines:
                        if line.startswith('"'):
                            words.add(line[1 : line.index('"', 1)])
            # The Spanish forms pyspellchecker's list of headwords lacks ("sonrió", "están").
            more = resources_folder() / "spelling" / "es-more.txt.gz"
            with as_file(more) as path, gzip.open(path, "rt", encoding="utf-8") as lines:
                words.update(line.rstrip("\n") for line in lines)
        except (OSError, ValueError, EOFError) as error:
            log.warning("spell checking is off: %s", type(error).__name__)
            return
        self._words = words
        try:
            self.ready.emit()  # queued to the window's thread by Qt
        except RuntimeError:  # the window closed while the lists were read: no one to tell
            return

    def set_mine(self, words: Iterable[str]) -> None:
        """The visitor's own words (names, places), from the journal."""
        mine = {w.casefold() for w in words}
        if mine != self._mine:  # the same words again (every unlock): nothing to redraw
            self._mine = mine
            self.changed.emit()

    def is_right(self, word: str) -> bool:
        """Whether `word` needs no underline: known, hers, a code, or too short to judge."""
        if not self._words or len(word) < 2 or word.isupper():
            return True
        folded = word.casefold().replace("’", "'")
        return folded in self._words or folded in self._mine

    def suggestions(self, word: str) -> list[str]:
        """A few words it may have meant, the first language's first. The checkers that
        find them are made at the first request (a right-click), not at unlock."""
        if not self._checkers:
            from spellchecker import SpellChecker

            order = [self._first, *(code for code in LANGUAGES if code != self._first)]
            # One letter off, not two: two takes seconds on a long word, on the window's thread.
            self._checkers = [SpellChecker(language=code, distance=1) for code in order]
        found: list[str] = []
        for checker in self._checkers:
            for candidate in sorted(checker.candidates(word.casefold()) or ()):
                if candidate not in found and candidate != word.casefold():
                    found.append(candidate)
        if word[:1].isupper():
            found = [c[:1].upper() + c[1:] for c in found]
        return found[:MAX_SUGGESTIONS]


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines in red, with the system's wavy spelling line, each word `speller` does
    not know in one text box's document."""

    def __init__(self, document: QTextDocument, speller: Speller) -> None:
        super().__init__(document)
        self._speller = speller
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(Qt.GlobalColor.red)
        speller.ready.connect(self.rehighlight)
        speller.changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        """Mark the words of one line."""
        for match in WORD.finditer(text):
            if not self._speller.is_right(match.group()):
                self.setFormat(match.start(), match.end() - match.start(), self._format)


def field_words(library: Library) -> set[str]:
    """Every word Reflect's own cards and questions use: the field's words are right."""
    texts = [f"{c.title} {c.summary} {c.body}" for c in library.cards]
    texts += [
        f"{p.text} {p.help} {' '.join(p.choices)}" for t in library.templates for p in t.prompts
    ]
    return {match.group().casefold() for text in texts for match in WORD.finditer(text)}


def word_at(text: str, position: int) -> tuple[int, int] | None:
    """Where the word around `position` in `text` starts and ends, if there is one."""
    for match in WORD.finditer(text):
        if match.start() <= position <= match.end():
            return match.start(), match.end()
    return None
