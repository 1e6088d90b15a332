"""A family code: the short code a visitor uses instead of a family's name (never initials,
which can identify a family on a small or rural caseload)."""

from __future__ import annotations

from dataclasses import dataclass

MAX_CODE_LENGTH = 16


@dataclass(frozen=True, slots=True)
class FamilyCode:
    """A code chosen by the visitor; closed codes stay on old reflections.

    `reflections` counts the reflections written under it (when the journal was asked).
    """

    code: str
    active: bool = True
    reflections: int = 0


def normalise_code(code: str) -> str:
    """Codes compare without surrounding spaces and case: "ab-1 " is "AB-1"."""
    return " ".join(code.split()).upper()
