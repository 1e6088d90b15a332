"""Showing a reflection's comments from supervision, and marking them read once seen.

Comments count as read when the reflection has been open, on screen, for a few seconds:
long enough to have seen the "New" note at the top, not so long that a quick look leaves
the list promising news that was already read. The "New" marks stay on screen until the
reflection is opened again, so the visitor still sees which comments were new.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from reflect.domain.errors import ReflectError
from reflect.domain.reflection import Reflection
from reflect.ui.journal.editor import ReflectionEditor
from reflect.ui.journal.port import JournalPort

SEEN_AFTER_MS = 2500


class CommentReading(QObject):
    """Loads comments into the editor; emits `marked_read(uuid)` and `error(ReflectError)`."""

    marked_read = Signal(str)
    error = Signal(object)

    def __init__(
        self, port: JournalPort, editor: ReflectionEditor, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._port = port
        self._editor = editor
        self._pending: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEEN_AFTER_MS)
        self._timer.timeout.connect(self._seen)

    def show_for(self, reflection: Reflection) -> None:
        """Show `reflection`'s comments (a new, unsaved one has none)."""
        self.stop()
        if reflection.created_at is None:
            self._editor.show_comments([])
            return
        try:
            comments = self._port.comments_for(reflection.uuid)
        except ReflectError as error:
            self._editor.show_comments([])
            self.error.emit(error)
            return
        self._editor.show_comments(comments)
        if any(not c.read for c in comments):
            self._pending = reflection.uuid
            self._timer.start()

    def stop(self) -> None:
        """The reflection is being left (or the journal locked): unseen comments stay new."""
        self._timer.stop()
        self._pending = None

    def _seen(self) -> None:
        uuid = self._pending
        current = self._editor.reflection
        if uuid is None or current is None or current.uuid != uuid:
            return
        if not self._editor.isVisible():
            self._timer.start()  # another page is in front: wait until it is looked at
            return
        self._pending = None
        try:
            self._port.mark_comments_read(uuid)
        except ReflectError:
            # Not worth a dialog: they simply stay marked new, and are tried again next time.
            return
        self.marked_read.emit(uuid)
