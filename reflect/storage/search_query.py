"""Turning what a visitor types into a safe FTS5 query, and marking matches in snippets.

Typed text is never passed to FTS5 as syntax: every word becomes a quoted term, so a stray
quote, dash or `AND` cannot cause an error. Supported: plain words (all must match; a word
of three letters or more also finds longer words it begins), `"a phrase"`, and `word*`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, islice

from reflect.domain.search import MARK_END, MARK_START

# FTS5's unicode61 tokenizer keeps letters and digits together and splits on the rest.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_PART = re.compile(r'"([^"]*)"?|(\S+)')
MAX_TERMS = 16
PREFIX_FROM = 3
SNIPPET_WORDS = 24


def fold(word: str) -> str:
    """Case- and accent-folded, as the index stores it ("Café" and "cafe" match)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Term:
    """One word or phrase to find; `prefix` means "words starting with"."""

    words: tuple[str, ...]
    prefix: bool = False
    # As typed (the FTS5 tokenizer does its own folding, which differs from Python's).
    raw: tuple[str, ...] = ()


def parse(typed: str) -> tuple[Term, ...]:
    """The terms in what was typed; an empty tuple when there is nothing to search for."""
    terms: list[Term] = []
    for match in _PART.finditer(typed):
        phrase, word = match.group(1), match.group(2)
        raw = phrase if phrase is not None else word
        tokens = tuple(_TOKEN.findall(raw))
        # A typed word finds the words it starts ("laugh" finds "laughed"), as a search as
        # you type must; words shorter than PREFIX_FROM stay whole ("a" is not "a*").
        prefix = phrase is None and (
            word.endswith("*") or (bool(tokens) and len(tokens[-1]) >= PREFIX_FROM)
        )
        words = tuple(fold(token) for token in tokens)
        if not words:
            continue
        # "co-regulation" typed as one word is held in the index as the phrase "co regulation".
        terms.append(Term(words, prefix, tokens))
        if len(terms) == MAX_TERMS:
            break
    return tuple(terms)


def to_fts(terms: tuple[Term, ...]) -> str:
    """The FTS5 MATCH expression for `terms` (implicit AND between them)."""
    parts = []
    for term in terms:
        words = term.raw or term.words
        quoted = '"' + " ".join(words).replace('"', '""') + '"'
        parts.append(quoted + ("*" if term.prefix else ""))
    return " ".join(parts)


def _matches(term: Term, folded: list[str], at: int) -> int:
    """How many tokens `term` covers starting at token `at` (0 for no match)."""
    size = len(term.words)
    if at + size > len(folded):
        return 0
    for offset, word in enumerate(term.words):
        token = folded[at + offset]
        last = offset == size - 1
        if not (token == word or (last and term.prefix and token.startswith(word))):
            return 0
    return size


class Matcher:
    """Finds where the terms of one search occur in a piece of text.

    ASCII text (nearly all of it) is matched with compiled regular expressions; other text
    is tokenized and folded word by word, as the index does. When every term is ASCII too,
    the text is lower-cased and searched for the words themselves, and the word boundary
    before a match is checked by hand: a pattern that begins with a literal word lets the
    regular expression engine skip ahead to it, many times faster than trying a boundary
    test at every character.
    """

    def __init__(self, terms: tuple[Term, ...]) -> None:
        self.terms = terms
        parts = []
        for term in terms:
            body = r"[\W_]+".join(re.escape(word) for word in term.words)
            tail = r"[^\W_]*" if term.prefix else ""
            parts.append(rf"{body}{tail}(?![^\W_])")
        self._ascii = (
            re.compile("|".join(rf"(?<![^\W_]){part}" for part in parts), re.IGNORECASE)
            if parts
            else None
        )
        ascii_terms = all(word.isascii() for term in terms for word in term.words)
        # Folded ASCII words are lower case already, so they match lower-cased text.
        self._literal = re.compile("|".join(parts)) if parts and ascii_terms else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans in `text` where any term matches."""
        if self._ascii is None:
            return []
        if text.isascii():
            if self._literal is not None:
                return _literal_spans(self._literal, text.lower())
            return [match.span() for match in self._ascii.finditer(text)]
        return _token_spans(text, self.terms)

    def score(self, text: str) -> int:
        """How many matches `text` holds: picks which answer a snippet is taken from."""
        return len(self.spans(text))

    def scores(self, texts: list[str]) -> list[int]:
        """`score` of each text, searching them all at once when they are all ASCII."""
        if self._literal is not None:
            joined = "\n".join(texts)
            if joined.isascii():
                starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
                found = [0] * len(texts)
                for start, end in _literal_spans(self._literal, joined.lower()):
                    index = bisect_right(starts, start) - 1
                    if end > starts[index] + len(texts[index]):
                        break  # a phrase ran on into the next text: count them one by one
                    found[index] += 1
                else:
                    return found
        return [self.score(text) for text in texts]

    def snippet(self, text: str, words: int = SNIPPET_WORDS) -> str:
        """About `words` words around the first match, matches wrapped in MARK_START/MARK_END.

        Only the words shown are looked at, so a long answer costs no more than a short one.
        """
        spans = self.spans(text)
        first = spans[0][0] if spans else 0  # every match begins a word
        before, earlier = _words_before(text, first, words // 4)
        after = [m.span() for m in islice(_TOKEN.finditer(text, first), words - len(before) + 1)]
        shown = (before + after)[:words]
        if not shown:
            return ""
        start_char, end_char = shown[0][0], shown[-1][1]
        out: list[str] = ["…" if earlier else ""]
        cursor = start_char
        for span_start, span_end in spans:
            if span_end <= start_char or span_start >= end_char:
                continue
            out.append(text[cursor:span_start])
            out.append(MARK_START + text[span_start:span_end] + MARK_END)
            cursor = span_end
        out.append(text[cursor:end_char])
        if len(before) + len(after) > words:
            out.append("…")
        return " ".join("".join(out).split())


def _words_before(text: str, at: int, count: int) -> tuple[list[tuple[int, int]], bool]:
    """The spans of the last `count` words that end by `at`, and whether any word precedes
    them; reads backwards in growing windows rather than tokenizing everything before."""
    window = 64 * (count + 1)
    while True:
        low = max(0, at - window)
        found = [match.span() for match in _TOKEN.finditer(text, low, at)]
        if low > 0 and found and found[0][0] == low and _TOKEN.match(text, low - 1):
            found = found[1:]  # the window began inside a word
        if len(found) > count or low == 0:
            return found[-count:] if count else [], len(found) > count
        window *= 4


def _literal_spans(literal: re.Pattern[str], lowered: str) -> list[tuple[int, int]]:
    """Matches of `literal` in lower-cased ASCII text that start at the beginning of a word
    (the same spans as the pattern with a boundary test in front, found faster)."""
    spans: list[tuple[int, int]] = []
    position = 0
    while (match := literal.search(lowered, position)) is not None:
        start, end = match.span()
        if start and lowered[start - 1].isalnum():
            position = start + 1  # inside a word: look again from the next character
            continue
        spans.append((start, end))
        position = end
    return spans


def _token_spans(text: str, terms: tuple[Term, ...]) -> list[tuple[int, int]]:
    tokens = list(_TOKEN.finditer(text))
    folded = [fold(token.group()) for token in tokens]
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        covered = max((_matches(term, folded, index) for term in terms), default=0)
        if covered:
            spans.append((tokens[index].start(), tokens[index + covered - 1].end()))
            index += covered
        else:
            index += 1
    return spans
