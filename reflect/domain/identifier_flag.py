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
    ID_NUMBER = "ID number"
    NEVER_WRITE = "word from your never-write list"


@dataclass(frozen=True, slots=True)
class IdentifierFlag:
    """`text[start:end]` looks like a `kind`; `context` is the words around it, to show.

    `context[mark_start:mark_end]` is the flagged part itself, so it can be emphasised
    (both 0 when unknown).
    """

    kind: IdentifierKind
    start: int
    end: int
    context: str
    mark_start: int = 0
    mark_end: int = 0

    def context_parts(self) -> tuple[str, str, str]:
        """The context as (before, flagged words, after)."""
        return (
            self.context[: self.mark_start],
            self.context[self.mark_start : self.mark_end],
            self.context[self.mark_end :],
        )

    @property
    def found(self) -> str:
        """The flagged words as shown in the context."""
        return self.context[self.mark_start : self.mark_end]
