"""The de-identification check: likely identifiers in text about to be shared or exported.

It errs on the side of asking: a flag is a question to the visitor ("edit" or "share
anyway"), never a silent change. Names cannot be recognised reliably, so the visitor keeps a
personal never-write list (real names, street names, a workplace) that is checked too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from reflect.domain.identifier_flag import IdentifierFlag, IdentifierKind
from reflect.domain.reflection import Reflection

CONTEXT = 30
_SPACE = re.compile(r"\s+")
_PATTERNS: tuple[tuple[IdentifierKind, re.Pattern[str]], ...] = (
    (IdentifierKind.EMAIL, re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    # 7+ digits with the usual separators, optionally international: 555-123-4567, (03) 9...
    (
        IdentifierKind.PHONE,
        re.compile(
            r"(?<![\w/])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{3,4}[ .-]?\d{3,4}"
            r"(?:[ .-]?\d{2,4})?(?![\w/])"
        ),
    ),
    (
        IdentifierKind.ADDRESS,
        re.compile(
            r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|"
            r"Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Circle|Cir)\b\.?",
        ),
    ),
    (
        IdentifierKind.BIRTH_DATE,
        re.compile(
            r"\b(?:born|birthday|DOB|d\.o\.b\.?|date of birth)\b[^.\n]{0,20}?"
            r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b",
            re.IGNORECASE,
        ),
    ),
)


def _squeeze(text: str) -> str:
    return _SPACE.sub(" ", text)


def _context(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The words around `text[start:end]` on one line, and where the flagged part sits in it."""
    left = max(0, start - CONTEXT)
    right = min(len(text), end + CONTEXT)
    # Cut at word boundaries, so the context does not open or close on half a word.
    if left > 0 and (space := _SPACE.search(text, left, start)) is not None:
        left = space.end()
    if right < len(text) and (spaces := list(_SPACE.finditer(text, end, right))):
        right = spaces[-1].start()
    before = ("…" if left else "") + _squeeze(text[left:start]).lstrip()
    found = _squeeze(text[start:end])
    after = _squeeze(text[end:right]).rstrip() + ("…" if right < len(text) else "")
    return before + found + after, len(before), len(before) + len(found)


def check(text: str, never_write: Iterable[str] = ()) -> list[IdentifierFlag]:
    """Every likely identifier in `text`, in reading order (overlaps reported once)."""
    found: list[IdentifierFlag] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found.append(IdentifierFlag(kind, match.start(), match.end(), ""))
    for word in {w.strip() for w in never_write if w.strip()}:
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(text):
            found.append(IdentifierFlag(IdentifierKind.NEVER_WRITE, match.start(), match.end(), ""))
    found.sort(key=lambda f: (f.start, -f.end))
    result: list[IdentifierFlag] = []
    for flag in found:
        if result and flag.start < result[-1].end:
            continue  # inside one already flagged (a date inside a phone-like run, say)
        context, mark_start, mark_end = _context(text, flag.start, flag.end)
        result.append(
            IdentifierFlag(flag.kind, flag.start, flag.end, context, mark_start, mark_end)
        )
    return result


class FlaggedPlace(NamedTuple):
    """Where a flag was found: a reflection, and the prompt answered (None for its notes)."""

    reflection_uuid: str
    prompt_id: str | None
    flag: IdentifierFlag


def check_reflections(
    reflections: Iterable[Reflection], never_write: Iterable[str] = ()
) -> list[FlaggedPlace]:
    """Every flag in what would be shared of `reflections`, reflection by reflection.

    Private answers are skipped: they never leave the computer, so nothing in them can be
    shared by mistake. Answers come in the order stored, then the free notes.
    """
    words = tuple(never_write)  # may be a one-shot iterable; it is used once per text
    places: list[FlaggedPlace] = []
    for reflection in reflections:
        for answer in reflection.answers:
            if not answer.private:
                places.extend(
                    FlaggedPlace(reflection.uuid, answer.prompt_id, flag)
                    for flag in check(answer.text, words)
                )
        places.extend(
            FlaggedPlace(reflection.uuid, None, flag) for flag in check(reflection.notes, words)
        )
    return places
