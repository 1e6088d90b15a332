"""A reflection prompt: one question in a template, answered and stored by its id."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

SCALE_MIN = 0
"""The lowest answer on a scale prompt."""

SCALE_MAX = 10
"""The highest answer on a scale prompt."""


class AnswerKind(Enum):
    """How a prompt is answered."""

    TEXT = "text"
    """A sentence or two of free text."""

    SCALE = "scale"
    """A whole number from SCALE_MIN to SCALE_MAX, with words for both ends."""

    CHOICE = "choice"
    """One of a short list of choices."""


@dataclass(frozen=True, slots=True)
class Prompt:
    """One question a visitor answers.

    `id` never changes once released, because answers are stored against it.
    `cards` are the ids of the reference cards behind the question. `choices` is set
    for choice prompts; `scale_low` and `scale_high` name the ends of a scale.
    """

    id: str
    text: str
    kind: AnswerKind = AnswerKind.TEXT
    help: str = ""
    optional: bool = False
    cards: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    scale_low: str = ""
    scale_high: str = ""
