"""The reflection editor's supervision side: the never-share hints and comments in place.

Kept apart from the form itself so the editor stays about editing. `ReflectionEditor`
mixes this in; it provides `prompts`, `notes_hint`, `supervision` and `new_comments`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from reflect.domain.comment import Comment
from reflect.ui.journal.comment_view import CommentCard, NewCommentsNote, SupervisionSection
from reflect.ui.journal.identifier_hint import IdentifierHint
from reflect.ui.journal.prompt_widget import PromptWidget
from reflect.ui.widgets.growing_text_edit import GrowingTextEdit


class EditorSupervision:
    """Never-share words for the hints, and comments shown under what they are about."""

    if TYPE_CHECKING:
        prompts: list[PromptWidget]
        notes_hint: IdentifierHint
        supervision: SupervisionSection
        new_comments: NewCommentsNote
        _never_write: tuple[str, ...]

        def ensureWidgetVisible(
            self, childWidget: QWidget, xmargin: int = ..., ymargin: int = ...
        ) -> None: ...

    def never_write(self) -> tuple[str, ...]:
        """The visitor's words never to share, as the hints check them."""
        return self._never_write

    def set_never_write(self, words: Sequence[str]) -> None:
        """Use a new never-share list, and check what is on screen against it now."""
        self._never_write = tuple(words)
        for widget in self.prompts:
            if isinstance(widget.editor, GrowingTextEdit):
                widget.hint.refresh()
        self.notes_hint.refresh()

    def show_comments(self, comments: Sequence[Comment]) -> None:
        """Comments under the answers they are about; the rest under "From supervision"."""
        by_prompt: dict[str, list[Comment]] = {w.prompt.id: [] for w in self.prompts}
        rest: list[Comment] = []
        for comment in comments:
            by_prompt.get(comment.prompt_id or "", rest).append(comment)
        for widget in self.prompts:
            widget.set_comments(by_prompt[widget.prompt.id])
        self.supervision.set_comments(rest)
        self.new_comments.set_count(sum(not c.read for c in comments))

    def comment_cards(self) -> list[CommentCard]:
        """Every comment shown, in reading order (answers first, then the end section)."""
        cards = [card for w in self.prompts for card in w.comments.cards]
        return cards + self.supervision.comments.cards

    def go_to_first_new_comment(self) -> None:
        """Scroll to the first unread comment and put the focus on it (so it is read out)."""
        card = next((c for c in self.comment_cards() if c.new_mark is not None), None)
        if card is not None:
            self.ensureWidgetVisible(card, 0, 60)
            card.body.setFocus(Qt.FocusReason.OtherFocusReason)
