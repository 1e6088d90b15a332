"""Export, print and import, reached from the Journal menu and from the journal's list.

The list lets several reflections be selected (Ctrl or Shift with a click or the arrows),
and its context menu (the Menu key, Shift+F10 or a right click) exports or prints them.
What is open is saved before anything leaves or comes in. A lock closes every dialog here
(the session has already stopped what ran); the status bar's Cancel stops an export or
import whose dialog was closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog

from reflect.ui.journal.list_model import UUID_ROLE
from reflect.ui.portable.export_choices import EVERYTHING, SELECTED, ListView
from reflect.ui.portable.export_dialog import ExportDialog
from reflect.ui.portable.import_dialog import ImportDialog
from reflect.ui.portable.printing import ReflectionPrinting

if TYPE_CHECKING:
    from reflect.ui.main_window import MainWindow


class PortableScreens(QObject):
    """Opens the export and import dialogs (one of each at a time) and prints."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._port = window.session
        self.export_dialog: ExportDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self._reopen: str | None = None
        self.printing = ReflectionPrinting(self._port, window.library, window)
        self.printing.said.connect(window.statusBar().showMessage)
        self.printing.error.connect(window.report)
        window.progress_note.offer_stop(lambda: self._port.transferring, self._port.stop_transfers)
        self._port.changes.locked.connect(self._locked)
        self._add_list_actions()

    def _add_list_actions(self) -> None:
        view = self._window.journal_page.list_pane.view
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in (
            (self.tr("&Export the selected reflections…"), lambda: self.export(SELECTED)),
            (self.tr("&Print the selected reflections…"), lambda: self.print_selected(True)),
        ):
            action = QAction(text, view)
            action.triggered.connect(slot)
            view.addAction(action)

    # ----------------------------------------------------------------- the list
    def selected(self) -> tuple[str, ...]:
        """The reflections selected in the list, in its order."""
        view = self._window.journal_page.list_pane.view
        rows = sorted(view.selectionModel().selectedRows(), key=lambda index: index.row())
        return tuple(str(index.data(UUID_ROLE)) for index in rows if index.data(UUID_ROLE))

    def _open_one(self) -> tuple[str, ...]:
        """The reflection open in the editor, once it is in the journal."""
        reflection = self._window.journal_page.editor.reflection
        if reflection is None or reflection.created_at is None:
            return ()
        return (reflection.uuid,)

    def list_view(self) -> ListView:
        """What the list holds now: its selection (or the open reflection), search, filters."""
        pane = self._window.journal_page.list_pane
        return ListView(
            selected=self.selected() or self._open_one(),
            filter=pane.current_filter(),
            search=pane.search.text().strip(),
        )

    # ----------------------------------------------------------------- export and print
    def export(self, start: str = EVERYTHING) -> None:
        """Open the export dialog (or bring back the one open, or still exporting)."""
        if self.export_dialog is not None:
            self.export_dialog.show()
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return
        self._window.journal_page.save_now()  # what is on screen is what is exported
        dialog = ExportDialog(
            self._port,
            self._port.changes,
            self._window.library,
            view=self.list_view(),
            start=start,
            parent=self._window,
        )
        dialog.said.connect(self._window.statusBar().showMessage)
        dialog.edit_requested.connect(self._edit)
        dialog.finished.connect(self._export_closed)
        self.export_dialog = dialog
        dialog.open()

    def _export_closed(self) -> None:
        dialog, self.export_dialog = self.export_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _edit(self, uuid: str, prompt_id: str) -> None:
        page = self._window.journal_page
        self._window.activateWindow()
        self._window.in_journal(lambda: page.open_reflection(uuid, prompt_id))

    def print_selected(self, from_list: bool = False) -> None:
        """Ctrl+P: print the reflections selected in the list when several are (or when
        asked from the list), otherwise the one open."""
        self._window.journal_page.save_now()
        selected = self.selected()
        if from_list or len(selected) > 1:
            uuids = selected or self._open_one()
        else:
            uuids = self._open_one() or selected
        self.printing.print_reflections(uuids)

    # ----------------------------------------------------------------- import
    def import_from_another_journal(self) -> None:
        """Open the import dialog (one at a time)."""
        if self.import_dialog is not None:
            self.import_dialog.raise_()
            self.import_dialog.activateWindow()
            return
        page = self._window.journal_page
        page.save_now()  # the list is read afresh after an import: nothing is left unsaved
        self._reopen = page.where()[0]
        dialog = ImportDialog(self._port, self._port.changes, self._window)
        dialog.said.connect(self._window.statusBar().showMessage)
        dialog.finished.connect(self._import_closed)
        self.import_dialog = dialog
        dialog.open()

    def _import_closed(self) -> None:
        dialog, self.import_dialog = self.import_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        page = self._window.journal_page
        uuid, self._reopen = self._reopen, None
        # An import reads the whole list again: the reflection that was open comes back.
        if uuid is not None and page.editor.reflection is None and self._port.is_open:
            page.open_reflection(uuid)

    # ----------------------------------------------------------------- locking
    def _locked(self) -> None:
        """Close both dialogs: nothing of the journal stays on screen, and what they began
        was stopped by the lock."""
        for dialog in (self.export_dialog, self.import_dialog):
            if dialog is not None:
                dialog.running = False
                dialog.done(QDialog.DialogCode.Rejected)
        self._reopen = None
