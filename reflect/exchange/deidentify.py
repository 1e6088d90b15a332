"""The de-identification check: likely identifiers in text about to be shared or exported.

It errs on the side of asking: a flag is a question to the visitor ("edit" or "share
anyway"), never a silent change. Names cannot be recognised reliably, so the visitor keeps a
personal never-write list (real names, street names, a workplace) that is checked too.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import NamedTuple

from reflect.domain.identifier_flag import IdentifierFlag, IdentifierKind
from reflect.domain.reflection import Reflection
from reflect.exchange.identifier_patterns import find_patterns
from reflect.exchange.never_share import find_words
from reflect.exchange.number_runs import PhoneTest, find_numbers, is_phone

CONTEXT = 30
_SPACE = re.compile(r"\s+")


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


def check(
    text: str, never_write: Iterable[str] = (), phone_test: PhoneTest = is_phone
) -> list[IdentifierFlag]:
    """Every likely identifier in `text`, in reading order (overlaps reported once).

    `never_write` is the visitor's never-share list; `phone_test` tells phone numbers from
    other long numbers (libphonenumber unless the benchmark compares another).
    """
    found = find_patterns(text) + find_numbers(text, phone_test)
    found += [
        (IdentifierKind.NEVER_WRITE, start, end) for start, end in find_words(text, never_write)
    ]
    found.sort(key=lambda f: (f[1], -f[2]))
    result: list[IdentifierFlag] = []
    for kind, start, end in found:
        if result and start < result[-1].end:
            continue  # inside one already flagged (a date inside an address, say)
        context, mark_start, mark_end = _context(text, start, end)
        result.append(IdentifierFlag(kind, start, end, context, mark_start, mark_end))
    return result


class Part(enum.StrEnum):
    """Which part of a reflection a flag is in."""

    FAMILY_CODE = "family-code"
    ANSWER = "answer"
    NOTES = "notes"
    THEMES = "themes"
    COMMENT = "comment"
    """A comment from supervision (an export carries them; a packet to share does not)."""


class FlaggedPlace(NamedTuple):
    """Where a flag was found: a reflection, the part, and the prompt answered (or None)."""

    reflection_uuid: str
    prompt_id: str | None
    flag: IdentifierFlag
    part: Part = Part.ANSWER


def check_reflections(
    reflections: Iterable[Reflection], never_write: Iterable[str] = ()
) -> list[FlaggedPlace]:
    """Every flag in what would be shared of `reflections`, reflection by reflection.

    Everything that travels is checked, in the order the form shows it: the family code,
    the answers in the order stored, the free notes, then the themes (as one line). Private
    answers are skipped: they never leave the computer, so nothing in them can be shared by
    mistake.
    """
    words = tuple(never_write)  # may be a one-shot iterable; it is used once per text
    places: list[FlaggedPlace] = []

    def add(uuid: str, prompt_id: str | None, text: str, part: Part) -> None:
        places.extend(FlaggedPlace(uuid, prompt_id, flag, part) for flag in check(text, words))

    for reflection in reflections:
        add(reflection.uuid, None, reflection.family_code, Part.FAMILY_CODE)
        for answer in reflection.answers:
            if not answer.private:
                add(reflection.uuid, answer.prompt_id, answer.text, Part.ANSWER)
        add(reflection.uuid, None, reflection.notes, Part.NOTES)
        add(reflection.uuid, None, ", ".join(reflection.themes), Part.THEMES)
    return places
