"""The visitor's never-share list, matched however a word was typed.

A name can reach the text in many spellings of the same letters: upper or lower case, with
or without its accents (Renée, Renee), composed or decomposed (é as one character or as e
plus a combining accent, NFC or NFD), in full-width letters (NFKC), with a typographic
apostrophe or hyphen (O’Brien), or with an invisible character inside it (a zero-width
space or a soft hyphen pasted from a message). Both the
list word and the text are folded the same way before they are compared, and every match
is mapped back to the characters the visitor typed, so the place shown is the real one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# Characters that print as nothing: format characters (zero-width space and joiners, soft
# hyphen, word joiner, byte-order mark...) and the variation selectors.
_VARIATION_SELECTORS = frozenset(range(0xFE00, 0xFE10))
# Typographic apostrophes and hyphens that word processors and phones put in for ' and -.
_LOOK_ALIKES = dict.fromkeys("\u2018\u2019\u02bc\u2032\u00b4\uff07", "'") | dict.fromkeys(
    "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d", "-"
)
_ASCII_OR_NOT = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """What one character folds to: lower case, no accents, compatibility forms resolved."""
    if unicodedata.category(ch) == "Cf" or ord(ch) in _VARIATION_SELECTORS:
        return ""
    if ch in _LOOK_ALIKES:
        return _LOOK_ALIKES[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> tuple[str, list[int]]:
    """`text` folded, and for each folded character the index of the character it came from."""
    if text.isascii():  # the common case: nothing to fold but case
        return text.lower(), list(range(len(text)))
    folded: list[str] = []
    origins: list[int] = []
    # Stretches of plain ASCII are lowered whole; only the other characters one by one.
    for chunk in _ASCII_OR_NOT.finditer(text):
        start, part = chunk.start(), chunk.group(0)
        if part.isascii():
            folded.append(part.lower())
            origins.extend(range(start, chunk.end()))
            continue
        for index, ch in enumerate(part, start):
            out = _fold_char(ch)
            folded.append(out)
            origins.extend([index] * len(out))
    return "".join(folded), origins


def _is_silent(ch: str) -> bool:
    """True for a character that folds to nothing (an accent or an invisible character)."""
    return not ch.isascii() and _fold_char(ch) == ""


@functools.lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for all the list words, folded; spaces inside a word match any spacing."""
    parts = []
    for word in words:
        pieces = fold(word)[0].split()
        if pieces:
            parts.append(r"\s+".join(re.escape(piece) for piece in pieces))
    if not parts:
        return None
    # Longest first, so "Zoe Hart" wins over "Zoe" where both are listed.
    parts.sort(key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)")


def find_words(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where in `text` any of `words` occurs, as (start, end) in `text` itself."""
    pattern = _pattern(tuple(sorted({w for w in words if w.strip()})))
    if pattern is None:
        return []
    folded, origins = fold(text)
    places = []
    for match in pattern.finditer(folded):
        start = origins[match.start()]
        end = origins[match.end() - 1] + 1
        # Take in accents and invisible characters typed right after the last letter.
        while end < len(text) and _is_silent(text[end]):
            end += 1
        places.append((start, end))
    return places
