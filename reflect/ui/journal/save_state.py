"""Autosave: saves a moment after typing stops, when focus moves, and on demand.

The state it reports is always the truth: "Saving…" while an edit is not yet on disk,
"Saved 10:42" once it is, "Not saved — reason" when the journal refused it (and it tries
again on the next edit or after a short wait). The text on screen is never touched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from reflect.domain.errors import ReflectError
from reflect.domain.reflection import Reflection
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.local_dates import now_text

DEBOUNCE_MS = 1200
RETRY_MS = 5000


class SaveState(QObject):
    """Tracks unsaved edits and saves them through `save`; emits `status(str)`, and
    `trouble(str)` when a save fails for a reason not said yet (worth saying aloud: the
    rest of its words come at every pause in typing, and are not)."""

    status = Signal(str)
    saved = Signal(object)  # the Reflection as stored
    trouble = Signal(str)

    def __init__(
        self,
        snapshot: Callable[[], Reflection | None],
        save: Callable[[Reflection], Reflection],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._save = save
        self.dirty = False
        self.last_error: ReflectError | None = None
        self.said = ""  # the last status it gave (a page's own word is another)
        self._trouble_said = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    def edited(self) -> None:
        """Something changed on screen: save it a moment after typing stops."""
        self.dirty = True
        self._say(self.tr("Saving…"))
        self._timer.start(DEBOUNCE_MS)

    def flush(self, change: Callable[[Reflection], Reflection] | None = None) -> bool:
        """Save now if anything is unsaved; True when everything on screen is on disk.

        With `change` (marking it complete, say), save at once what is on screen with that
        change made, whether or not anything was edited: every save takes this one path.
        """
        self._timer.stop()
        if not self.dirty and change is None:
            return True
        reflection = self._snapshot()
        if reflection is None:
            self.dirty = False
            return change is None
        if change is not None:
            reflection = change(reflection)
        try:
            stored = self._save(reflection)
        except ReflectError as error:
            self.last_error = error
            if change is not None:
                return False  # the change was refused; the caller says why, nothing else moved
            sentence = said(error)
            if not error.sentence.startswith("Not saved"):  # the English says it already
                sentence = self.tr("Not saved — {reason}").format(reason=sentence)
            self._say(sentence)
            if sentence != self._trouble_said:
                self._trouble_said = sentence
                self.trouble.emit(sentence)
            self._timer.start(RETRY_MS)
            return False
        self.dirty = False
        self.last_error = None
        self._trouble_said = ""
        if stored.created_at is None:
            self._say("")  # an untouched new form: nothing to save yet
        else:
            self._say(self.saved_text())
            self.saved.emit(stored)
        return True

    def _say(self, status: str) -> None:
        self.said = status
        self.status.emit(status)

    def say_trouble_again(self) -> None:
        """The next failure is worth saying even if it was said (a save asked for)."""
        self._trouble_said = ""

    def saved_text(self) -> str:
        """ "Saved 10:42", in the visitor's clock."""
        return self.tr("Saved {time}").format(time=now_text())

    def forget(self) -> None:
        """Drop pending work (after a flush, when the editor is emptied)."""
        self._timer.stop()
        self.dirty = False
