"""Deleting the open reflection: a confirmation that says what it means, the row gone at
once, and the delete itself finished in the background (its backup first).

`JournalPage` mixes this in; it provides the editor, the list, the port, its signals and
`_own_write`/`_close_editor`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from reflect.domain.errors import JournalClosed, ReflectError
from reflect.domain.search import ReflectionFilter

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from reflect.ui.journal.editor import ReflectionEditor
    from reflect.ui.journal.list_pane import ListPane
    from reflect.ui.journal.port import JournalPort


class Deleting:
    """`delete_current`, and what happens when a delete cannot be finished."""

    if TYPE_CHECKING:
        editor: ReflectionEditor
        list_pane: ListPane
        port: JournalPort
        error: SignalInstance
        status: SignalInstance
        _delete_failed: SignalInstance
        _own_write: Callable[[], contextlib.AbstractContextManager[None]]
        _close_editor: Callable[[], None]

        # Declared, not defined: lupdate takes a `def tr` for the class's own and then
        # files the class's strings under no context at all.
        tr: Callable[..., str]

    def delete_current(self) -> None:
        """Delete the open reflection, after a confirmation that says what it means."""
        from reflect.ui.widgets import messages

        reflection = self.editor.reflection
        if reflection is None:
            return
        if reflection.created_at is None:  # a new form never saved: just close it
            self._close_editor()
            return
        if not messages.confirm(
            self,  # type: ignore[arg-type]  # mixed into a QWidget
            self.tr("Delete this reflection?"),
            self.tr(
                "It will be gone from your journal and from search. A backup from just "
                "before is kept for about five weeks (Settings, Backups) in case you change "
                "your mind."
            ),
            self.tr("Delete"),
        ):
            return
        try:
            # Returns at once: the backup and the delete happen in the background.
            with self._own_write():
                self.port.delete(reflection.uuid, self._report_delete)
        except ReflectError as error:
            self.error.emit(error)
            return
        self._close_editor()
        self.list_pane.refresh()
        self.status.emit(self.tr("Reflection deleted."))

    def _report_delete(self, error: ReflectError | None) -> None:
        if error is not None:  # called on the delete's thread: only signal from here
            self._delete_failed.emit(error)

    def _undeleted(self, error: ReflectError) -> None:
        """A delete could not be finished: say why; the reflection is back in the list."""
        self.error.emit(error)
        try:
            self.port.list_page(ReflectionFilter(), None)
        except JournalClosed:
            return  # locked meanwhile: the list shows again at unlock
        except ReflectError:
            pass
        self.list_pane.refresh()
