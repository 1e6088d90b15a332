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


class Depth(Enum):
    """Where a prompt sits in its section."""

    CORE = "core"
    """Shown at once: the few questions a visitor answers in about four minutes."""

    DEEPER = "deeper"
    """Behind the section's "Go deeper", for when there is time and reason."""


@dataclass(frozen=True, slots=True)
class Prompt:
    """One question a visitor answers.

    `id` never changes once released, because answers are stored against it.
    `cards` are the ids of the reference cards behind the question. `choices` is set
    for choice prompts; `scale_low` and `scale_high` name the ends of a scale.
    `private` prompts are about the visitor: their answers start private (kept out of
    what is shared). A `retired` prompt is no longer asked, but an answer given to it
    earlier still shows with its question.
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
    depth: Depth = Depth.CORE
    private: bool = False
    retired: bool = False
