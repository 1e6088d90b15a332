"""What the status bar shows, said aloud to a screen reader: the window's news, the
journal's word, and a save's trouble at once; never the autosave's own "Saving…" or
"Saved 10:42", which come at every pause in typing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QLabel, QStatusBar

from reflect.ui.widgets.announce import announce


class AutosaveWords(Protocol):
    """What the autosave says: its latest word, and a signal for trouble."""

    @property
    def said(self) -> str:
        """The autosave's own latest word ("Saving…", "Saved 10:42")."""

    @property
    def trouble(self) -> SignalInstance:
        """Emitted with the sentence when a save fails."""


class StatusVoice(QObject):
    """Shows the journal's word in its own `label` at the right of `bar`, and says what
    matters of it and of the bar's messages."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self.label = QLabel()
        self.label.setAccessibleDescription(self.tr("Save status"))
        bar.addPermanentWidget(self.label)
        self._autosave_says: Callable[[], str] = str
        bar.messageChanged.connect(lambda text: announce(bar, text))

    def follow(self, status: SignalInstance, saver: AutosaveWords) -> None:
        """Show and say the journal page's `status`; `saver` is its autosave."""
        self._autosave_says = lambda: saver.said
        status.connect(self.journal_says)
        saver.trouble.connect(self.trouble)

    def journal_says(self, text: str) -> None:
        """The journal page's word for the status bar, said aloud unless it is the
        autosave's own."""
        self.label.setText(text)
        if text != self._autosave_says():
            announce(self.label, text)

    def trouble(self, sentence: str) -> None:
        """A save that failed: said at once, over whatever else is being said."""
        announce(self.label, sentence, assertive=True)

    def say(self, text: str) -> None:
        """Say something about the journal that the status bar already shows."""
        announce(self.label, text)

    def clear(self) -> None:
        """Forget the journal's words (it was locked)."""
        self.label.clear()
        self._bar.clearMessage()
