"""The journal page's cards: one opened beside the form, from a link or with F1."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.ui.journal.narrow_layout import CARD_BESIDE_FROM

if TYPE_CHECKING:
    from reflect.ui.journal.card_panel import CardPanel
    from reflect.ui.journal.editor import ReflectionEditor
    from reflect.ui.journal.list_pane import ListPane
    from reflect.ui.journal.narrow_layout import NarrowLayout


class CardBeside:
    """Mixed into the journal page, which provides the panes named below."""

    if TYPE_CHECKING:
        card_panel: CardPanel
        editor: ReflectionEditor
        list_pane: ListPane
        narrow: NarrowLayout

        def width(self) -> int: ...

    def show_card(self, card_id: str) -> None:
        """Open a card in the side panel; the editor keeps its place and focus."""
        self.card_panel.show_card(card_id)
        if self.width() < CARD_BESIDE_FROM:  # no room for three panes: over the list
            self.list_pane.hide()
        self.narrow.arrange()  # on a narrow page, over the form too

    def close_card(self) -> None:
        """Hide the card panel."""
        self.card_panel.hide()

    def card_for_focus(self) -> None:
        """F1: the first card of the question being answered."""
        widget = self.editor.focused_prompt()
        if widget is not None and widget.prompt.cards:
            self.show_card(widget.prompt.cards[0])
