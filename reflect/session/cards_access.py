"""The cards page's port: which reflections answered a card's questions."""

from __future__ import annotations

from reflect.domain.reflection import ReflectionSummary
from reflect.domain.search import ReflectionFilter
from reflect.session.base import SessionBase


class CardsAccess(SessionBase):
    """Implements `reflect.ui.cards.port.CardsPort`."""

    def reflections_for_card(self, prompt_ids: tuple[str, ...]) -> list[ReflectionSummary]:
        """Reflections that answered any prompt linked to a card (newest first)."""
        flt = ReflectionFilter(answered_prompts=prompt_ids or ("-",))
        return list(self._open().list_reflections(flt, limit=50).items)
