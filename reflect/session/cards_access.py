"""The cards page's port: which reflections answered a card's questions."""

from __future__ import annotations

from reflect.domain.reflection import ReflectionSummary
from reflect.domain.search import ReflectionFilter
from reflect.session.template_sets import TemplateSets


class CardsAccess(TemplateSets):
    """Implements `reflect.ui.cards.port.CardsPort`."""

    def reflections_for_card(self, prompt_ids: tuple[str, ...]) -> list[ReflectionSummary]:
        """Reflections that answered any prompt linked to a card (newest first), her copies
        of those prompts included."""
        prompt_ids += self.copies_of(prompt_ids)
        flt = ReflectionFilter(answered_prompts=prompt_ids or ("-",))
        return list(self._open().list_reflections(flt, limit=50).items)
