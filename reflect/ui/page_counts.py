"""The small counts in the sidebar: reflections with new comments beside Journal, packets
waiting beside Supervision. Worked out again whenever what they count may have changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reflect.domain.errors import ReflectError
from reflect.ui.changes import JournalChanges
from reflect.ui.widgets.navigation_rail import NavigationRail
from reflect.ui.widgets.plurals import english_plural

if TYPE_CHECKING:  # the supervision page's modules load the exchange: after the first paint
    from reflect.ui.journal.port import JournalPort
    from reflect.ui.supervision.waiting_note import WaitingNote


class PageCounts(QObject):
    """Keeps the sidebar's counts for the pages at `journal` and `supervision` up to date."""

    def __init__(
        self,
        rail: NavigationRail,
        port: JournalPort,
        changes: JournalChanges,
        waiting: WaitingNote,
        *,
        journal: int,
        supervision: int,
    ) -> None:
        super().__init__(rail)
        self._rail, self._port = rail, port
        self._journal, self._supervision = journal, supervision
        changes.unlocked.connect(self.count_comments)
        changes.comments_arrived.connect(lambda _uuids: self.count_comments())
        changes.comments_read.connect(lambda _uuid: self.count_comments())
        changes.reflections_changed.connect(lambda _uuids: self.count_comments())
        changes.locked.connect(self._forget)
        waiting.counted.connect(self._show_waiting)
        self.count_comments()  # built after the journal opened: no `unlocked` to wait for

    def count_comments(self) -> None:
        """Count the reflections whose comments from supervision are still unopened."""
        if not self._port.is_open:
            return
        try:
            count = self._port.reflections_with_unread_comments()
        except ReflectError:  # a count is a courtesy: the page itself says what went wrong
            return
        words = english_plural(self.tr("%n reflection(s) with new comments", "", count), count)
        self._rail.set_count(self._journal, count, words)

    def _show_waiting(self, count: int) -> None:
        words = english_plural(self.tr("%n packet(s) waiting", "", count), count)
        self._rail.set_count(self._supervision, count, words)

    def _forget(self) -> None:
        """Locked: nothing of the journal, not even how many, stays on screen."""
        self._rail.set_count(self._journal, 0, "")
        self._rail.set_count(self._supervision, 0, "")
