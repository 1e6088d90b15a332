"""The quiet line under an answer that names what in it may identify someone.

It is a hint, never a stop: the check runs a moment after typing pauses (so keystrokes are
never held up), nothing is in colour or in a dialog, and the line goes away as soon as the
text no longer matches. What it shows stays on screen: it is never logged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from reflect.exchange.deidentify import check
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.widgets.identifier_words import glimpse, kind_name
from reflect.ui.widgets.plurals import english_plural

PAUSE_MS = 600
MAX_NAMED = 3


class IdentifierHint(QuietLabel):
    """Checks `text()` against the identifier patterns and `words()` after each pause."""

    def __init__(
        self,
        text: Callable[[], str],
        words: Callable[[], Sequence[str]],
        parent: QWidget | None = None,
        describes: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self._text = text
        self._words = words
        # A screen reader hears the hint with the answer box it is about.
        self._describes = describes
        self._description = describes.accessibleDescription() if describes else ""
        self.setAccessibleDescription(self.tr("May identify someone"))
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.refresh)

    def schedule(self) -> None:
        """The text changed: check again once typing pauses."""
        self._timer.start()

    def refresh(self) -> None:
        """Check now (after a pause, on loading, or when the never-share list changes)."""
        self._timer.stop()
        flags = check(self._text(), self._words())
        if not flags:
            self.clear()
            return
        named = [
            self.tr("{kind} ({words})").format(kind=kind_name(f.kind), words=glimpse(f))
            for f in flags[:MAX_NAMED]
        ]
        found = ", ".join(named)
        if len(flags) > MAX_NAMED:
            more = len(flags) - MAX_NAMED
            found = english_plural(self.tr("{found} and %n more", "", more), more).format(
                found=found
            )
        self._say(self.tr("This may identify someone: {found}.").format(found=found))

    def clear(self) -> None:
        """Nothing to say (the answer was emptied)."""
        self._timer.stop()
        self._say("")

    def _say(self, text: str) -> None:
        if text == self.text():
            return
        self.setText(text)
        self.setVisible(bool(text))
        if self._describes is not None:
            self._describes.setAccessibleDescription(
                " ".join(part for part in (self._description, text) if part)
            )
