"""The reflection editor's supervision side: the never-share hints.

Kept apart from the form itself so the editor stays about editing. `ReflectionEditor`
mixes this in; it provides `prompts` and `notes_hint`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reflect.ui.growing_text_edit import GrowingTextEdit
from reflect.ui.identifier_hint import IdentifierHint
from reflect.ui.prompt_widget import PromptWidget


class EditorSupervision:
    """Never-share words for the quiet identifier hints."""

    if TYPE_CHECKING:
        prompts: list[PromptWidget]
        notes_hint: IdentifierHint
        _never_write: tuple[str, ...]

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
