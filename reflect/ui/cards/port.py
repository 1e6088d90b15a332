"""What the cards page needs from the journal: the reflections that used a card."""

from __future__ import annotations

from typing import Protocol

from reflect.domain.reflection import ReflectionSummary


class CardsPort(Protocol):
    """Calls raise `ReflectError` subclasses with a sentence fit to show."""

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""

    def reflections_for_card(self, prompt_ids: tuple[str, ...]) -> list[ReflectionSummary]:
        """Reflections that answered any of these prompts, newest first."""
