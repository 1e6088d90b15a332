"""A reflection prompt: one question in a template, answered and stored by its id."""

from __future__ import annotations

import re
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


def choice_key(text: str) -> str:
    """The stable key of a choice: its English words, lower case, joined by hyphens
    ("Food or water" is "food-or-water"). An answer stores the key, never the words shown,
    so a journal written in one language reads in the other; an answer stored as English
    words by an earlier Reflect has the same key."""
    return "-".join(re.findall(r"[a-z0-9]+", text.casefold()))


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
    choice_keys: tuple[str, ...] = ()
    """The key each choice is stored as (see `choice_key`); empty: made from `choices`,
    which are then English."""
    copied_from: str = ""
    """For a question in a visitor's own copy: the id of the question it was copied from,
    whose cards it shows ("" for Reflect's own questions and those she wrote)."""

    @property
    def keys(self) -> tuple[str, ...]:
        """The stored key of each choice, in the order of `choices`."""
        return self.choice_keys or tuple(choice_key(c) for c in self.choices)

    def key_of(self, stored: str) -> str | None:
        """The key of a stored choice answer (a key, or English words an earlier Reflect
        stored), or None when it is none of this prompt's choices."""
        keys = self.keys
        if stored in keys:
            return stored
        made = choice_key(stored)
        return made if made in keys else None

    def shown(self, stored: str) -> str:
        """A stored answer as this prompt shows it: a choice in the words of its language,
        anything else as it was written."""
        if self.kind is not AnswerKind.CHOICE:
            return stored
        key = self.key_of(stored)
        return stored if key is None else self.choices[self.keys.index(key)]
