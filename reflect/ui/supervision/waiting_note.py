"""A word in the status bar when packets wait in the exchange folder: nothing else would
say that comments have come back. It is taken back once they have been taken in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from reflect.ui.changes import JournalChanges
from reflect.ui.supervision.supervision_page import SupervisionPage
from reflect.ui.widgets.announce import announce
from reflect.ui.widgets.plurals import english_plural


class WaitingNote(QObject):
    """Counts waiting packets beside the window and says how many in `label`; `counted`
    carries the number (the sidebar shows it)."""

    counted = Signal(int)

    def __init__(self, page: SupervisionPage, label: QLabel, changes: JournalChanges) -> None:
        super().__init__(page)
        self._page, self._label, self._said = page, label, ""
        changes.comments_arrived.connect(lambda _uuids: self.count())

    def count(self) -> None:
        """Look in the exchange folder (in the background), then say what waits."""
        if self._page.port.is_open:
            self._page.count_waiting(self._say)

    def _say(self, waiting: int) -> None:
        if not self._page.port.is_open:
            return
        self.counted.emit(waiting)
        if not waiting:  # taken in meanwhile: the word about them no longer holds
            if self._said and self._label.text() == self._said:
                self._label.clear()
            return
        self._said = english_plural(
            self.tr("%n packet(s) waiting for you under Supervision, Inbox.", "", waiting), waiting
        )
        self._label.setText(self._said)
        announce(self._label, self._said)
