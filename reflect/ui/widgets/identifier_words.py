"""How a flagged identifier is named on screen, shared by the editor's hint and the check."""

from __future__ import annotations

import re

from reflect.domain.identifier_flag import IdentifierFlag, IdentifierKind
from reflect.ui.widgets.plurals import TranslationContext


class IdentifierWords(TranslationContext):
    """The identifier check's words (context "IdentifierWords")."""


def kind_name(kind: IdentifierKind) -> str:
    """'a phone number', 'a word you chose never to share', …"""
    names = {
        IdentifierKind.PHONE: IdentifierWords.tr("a phone number"),
        IdentifierKind.EMAIL: IdentifierWords.tr("an e-mail address"),
        IdentifierKind.ADDRESS: IdentifierWords.tr("a street address"),
        IdentifierKind.BIRTH_DATE: IdentifierWords.tr("a date that may be a birth date"),
        IdentifierKind.ID_NUMBER: IdentifierWords.tr("an ID number"),
        IdentifierKind.NEVER_WRITE: IdentifierWords.tr("a word you chose never to share"),
    }
    return names[kind]


def capitalised(text: str) -> str:
    """The first letter upper case (for a kind name at the start of a line)."""
    return text[:1].upper() + text[1:]


def glimpse(flag: IdentifierFlag) -> str:
    """Enough of the flagged words to find them again: '555-…', '42 Maple…', 'jane@…'.

    Phone and ID numbers show only their first group: the hint is on screen while typing.

    A word from the never-share list is shown whole: the visitor wrote the list.
    """
    found = flag.found
    if flag.kind is IdentifierKind.NEVER_WRITE:
        return found
    if flag.kind is IdentifierKind.EMAIL:
        return found.split("@", 1)[0] + "@…"
    if flag.kind in (IdentifierKind.PHONE, IdentifierKind.ID_NUMBER):
        start = re.match(r"\D*\d+[-. )]*", found)
        return (start.group(0) if start else found[:4]) + "…"
    if flag.kind is IdentifierKind.BIRTH_DATE:
        date = re.search(r"\d[\d/.-]*\d", found)
        return date.group(0) if date else found
    words = found.split()
    return " ".join(words[:2]) + "…" if len(words) > 2 else found
