"""Background work the journal does on its own threads (the integrity check, backups, a
delete's backup), reported to the pages as `progress` a few times a second."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from reflect.domain.progress import Progress
from reflect.ui.changes import JournalChanges

POLL_MS = 250


class ProgressWatch(QObject):
    """While the journal is open, asks `running()` what is under way and emits it."""

    def __init__(self, changes: JournalChanges, running: Callable[[], list[Progress]]) -> None:
        super().__init__(changes)
        self._changes, self._running = changes, running
        self._last: Progress | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.look)
        changes.unlocked.connect(self._timer.start)
        changes.locked.connect(self._stop)

    def look(self) -> None:
        """Emit the first piece of work still running, or that the last one finished."""
        try:
            running = self._running()
        except Exception:  # the journal locked between two looks: nothing runs any more
            running = []
        if running:
            self._last = running[0]
            self._changes.progress.emit(running[0])
        elif self._last is not None:
            self._changes.progress.emit(Progress(self._last.work, finished=True))
            self._last = None

    def _stop(self) -> None:
        self._timer.stop()
        self._last = None
