"""Under a card, the reflections that used it: asked of the journal through the cards port.

Kept beside the page rather than in it, so the page itself never needs a journal (it is
drawn in tests and screenshots without one) and the window relays nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reflect.domain.errors import ReflectError
from reflect.domain.library import Library
from reflect.ui.cards.cards_page import CardsPage
from reflect.ui.cards.port import CardsPort
from reflect.ui.changes import JournalChanges


class CardReflections(QObject):
    """Answers `page.reflections_wanted`; emits `error(ReflectError)`."""

    error = Signal(object)

    def __init__(
        self, page: CardsPage, port: CardsPort, library: Library, changes: JournalChanges
    ) -> None:
        super().__init__(page)
        self._page, self._port, self._library = page, port, library
        page.reflections_wanted.connect(self._wanted)
        changes.locked.connect(lambda: page.set_reflections("", []))

    def _wanted(self, card_id: str) -> None:
        if not self._port.is_open or not card_id:
            return
        prompts = tuple(p.id for p in self._library.prompts_for_card(card_id))
        try:
            self._page.set_reflections(card_id, self._port.reflections_for_card(prompts))
        except ReflectError as error:
            self.error.emit(error)
