"""A place in a text that looks like it could identify a family."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class IdentifierKind(enum.StrEnum):
    """What the flagged text looks like."""

    PHONE = "phone number"
    EMAIL = "e-mail address"
    ADDRESS = "street address"
    BIRTH_DATE = "date that may be a birth date"
    NEVER_WRITE = "word from your never-write list"


@dataclass(frozen=True, slots=True)
class IdentifierFlag:
    """`text[start:end]` looks like a `kind`; `context` is the words around it, to show."""

    kind: IdentifierKind
    start: int
    end: int
    context: str
