"""The visitor's own sets of questions on the journal page: the library the form and the
filters read (Reflect's sets, the agency's, then hers), and the dialog that makes or
changes one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from reflect.domain.errors import ReflectError
from reflect.domain.library import Library
from reflect.ui.journal.editor import ReflectionEditor
from reflect.ui.journal.list_pane import ListPane
from reflect.ui.journal.own_questions_dialog import OwnQuestionsDialog
from reflect.ui.journal.port import JournalPort


class OwnQuestions(QObject):
    """Keeps `editor` and `list_pane` reading Reflect's library plus the visitor's sets."""

    def __init__(
        self,
        library: Library,
        port: JournalPort,
        editor: ReflectionEditor,
        list_pane: ListPane,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._base = library
        self._port = port
        self._editor = editor
        self._list_pane = list_pane
        self._page = parent

    def refresh(self) -> None:
        """Read the agency's sets and hers again (at unlock, and whenever they change)."""
        extra = self._port.agency_templates() + self._port.own_templates()
        library = self._base.with_templates(extra)
        self._editor.set_library(library)
        self._list_pane.library = library

    def make_or_change(
        self, start: Callable[[str], None], failed: Callable[[ReflectError], None]
    ) -> None:
        """Open the dialog, starting from the set on screen; once saved, `start(id)` begins
        a reflection with the set if it is offered."""
        dialog = OwnQuestionsDialog(self._editor.library, self._page)
        current = self._editor.reflection
        if current is not None and self._editor.library_template(current.template_id):
            dialog.start_with(current.template_id)
        if dialog.exec() != QDialog.DialogCode.Accepted or (made := dialog.template()) is None:
            return
        try:
            self._port.save_own_template(made)
        except ReflectError as error:
            failed(error)
            return
        if not made.retired:
            start(made.id)
