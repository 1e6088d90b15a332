"""The export dialog, a page at a time: what to export; the check for names, when ticked;
where it goes (the system's save dialog); the one warning that the file is not encrypted,
with the private answers' choice in sight; then the export beside the window, and where
the file is.

Nothing is written before Export on the warning's page. While it runs the dialog can be
closed (the status bar goes on showing it, with its Cancel); Cancel here, there, or a lock
stops it and leaves no file. A failure shows its sentence and goes back to the choices.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from reflect.domain.errors import ExportStopped, InvalidInput, ReflectError
from reflect.domain.export_request import ExportFormat, ExportOutcome, ExportRequest
from reflect.domain.library import Library
from reflect.domain.progress import Work
from reflect.ui.changes import JournalChanges
from reflect.ui.portable import save_places
from reflect.ui.portable.export_check_dialog import export_check_dialog
from reflect.ui.portable.export_choices import ExportChoices, ListView
from reflect.ui.portable.export_ready import ExportReady
from reflect.ui.portable.paged_dialog import PagedDialog, add_button
from reflect.ui.portable.port import PortablePort
from reflect.ui.portable.transfer_progress import TransferProgress
from reflect.ui.supervision.identifier_check import SHARE
from reflect.ui.widgets import messages
from reflect.ui.widgets.documents_folder import documents
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.plurals import english_plural
from reflect.ui.widgets.scrolled import scrolled

if TYPE_CHECKING:
    from reflect.exchange.export_check import ExportFindings

CHOICES, READY, WORKING, DONE = range(4)


class ExportDialog(PagedDialog):
    """Emits `said(sentence)` for the status bar when an export ends, and
    `edit_requested(uuid, prompt_id)` when the visitor goes back to edit a place the check
    found. `choose_file`, `choose_folder` and `open_url` can be replaced (tests answer at
    once)."""

    said = Signal(str)
    edit_requested = Signal(str, str)

    def __init__(
        self,
        port: PortablePort,
        changes: JournalChanges,
        library: Library,
        *,
        view: ListView,
        start: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.set_title(self.tr("Export reflections"))
        self._port = port
        self._library = library
        self.choose_file: save_places.ChooseFile = save_places.choose_file
        self.choose_folder: save_places.ChooseFolder = save_places.choose_folder
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.target: Path | None = None
        self.running = False

        # What to export.
        self.choices = ExportChoices(view, start, dt.date.today())
        self.choices.changed.connect(self.problem_clear)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        add_button(self.tr("Cancel"), self.tr("Close without exporting"), row, self.reject)
        self.continue_button = add_button(
            self.tr("Con&tinue…"),
            self.tr("Continue: choose where the export goes"),
            row,
            self._continue,
        )
        self.continue_button.setDefault(True)
        self.add_page([scrolled(self.choices), self.problem], row, stretch=False)

        # The one warning before anything is written.
        self.ready = ExportReady()
        self.ready.private.toggled.connect(self.choices.private.setChecked)
        self.choices.private.toggled.connect(self.ready.private.setChecked)
        row = QHBoxLayout()
        add_button(self.tr("&Back"), self.tr("Back to the choices"), row, self._back)
        row.addStretch(1)
        add_button(
            self.tr("C&hoose another place…"),
            self.tr("Choose another place for the export"),
            row,
            self._ask_place,
        )
        self.export_button = add_button(
            self.tr("&Export"), self.tr("Export now"), row, self._export
        )
        self.export_button.setDefault(True)
        self.add_page([scrolled(self.ready)], row, stretch=False)

        # Under way, then done.
        self.progress = TransferProgress(changes)
        self.progress.cancel_button.clicked.connect(port.stop_transfers)
        row = QHBoxLayout()
        row.addStretch(1)
        add_button(
            self.tr("Close"), self.tr("Close this window; the export goes on"), row, self.hide
        )
        self.add_page([self.progress], row, stretch=True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = add_button(
            self.tr("&Open the folder"),
            self.tr("Open the folder the export is in"),
            row,
            self._open_folder,
        )
        self.close_button = add_button(self.tr("Close"), self.tr("Close"), row, self.accept)
        self.close_button.setDefault(True)
        self.add_page([HeadingLabel(self.tr("Exported"), 1.2), self.outcome], row, stretch=True)
        self.fit(44, 40)
        self.choices.focus_first()

    # ----------------------------------------------------------------- steps
    def problem_clear(self) -> None:
        """A choice changed: what was said about the last try no longer holds."""
        self.problem.clear()

    def _continue(self) -> None:
        """Check the choices; then the check for names (when ticked), then the place."""
        if not self.choices.dates_in_order():
            messages.show_error(
                self,
                InvalidInput(self.tr("The first date is after the last. Choose the dates again.")),
            )
            return
        if not self.choices.check_first.isChecked():
            self._ask_place()
            return
        self._working(
            self.tr("Checking for names and other identifying details…"),
            "",
            self.tr("Stop checking"),
        )
        self._port.begin_export_check(
            self.choices.scope(), self.choices.private.isChecked(), self._checked, self._failed
        )

    def _checked(self, findings: ExportFindings) -> None:
        self._over()
        if not findings.places:
            self.ready.checked_note.setText(
                self.tr("Nothing that looks like a name or other identifying detail was found.")
            )
            self._ask_place()
            return
        library = self._library.with_templates(self._port.own_templates())
        check = export_check_dialog(findings, library, self)
        check.exec()
        kind, index = check.decision
        check.deleteLater()
        if kind == SHARE:
            self.ready.checked_note.setText(self.tr("You looked at what the check found."))
            self._ask_place()
        elif self._port.is_open:
            place = findings.places[index or 0]
            self.reject()
            self.edit_requested.emit(place.reflection_uuid, place.prompt_id or "")

    def _ask_place(self) -> None:
        """The system's save dialog (a folder to hold a Markdown folder), then the warning."""
        kind = self.choices.format()
        back_to = READY if self.pages.currentIndex() == READY else CHOICES
        start = self.target.parent if self.target is not None else None
        if kind is ExportFormat.MARKDOWN_FOLDER:
            title = self.tr("Choose the folder to put the export's folder in")
            chosen = self.choose_folder(self, title, str(start or documents()))
            target = save_places.new_folder_in(Path(chosen)) if chosen else None
        else:
            title = self.tr("Export reflections as")
            suggested = save_places.suggested_file(kind, start)
            chosen = self.choose_file(self, title, str(suggested), save_places.file_kinds(kind))
            target = save_places.with_suffix(Path(chosen), kind) if chosen else None
        if target is None:
            self.pages.setCurrentIndex(back_to)
            return
        self.target = target
        self.ready.show_target(
            target,
            kind is ExportFormat.MARKDOWN_FOLDER,
            self.choices.which_words(),
            self.choices.format_words(),
        )
        self.pages.setCurrentIndex(READY)
        self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back(self) -> None:
        self.ready.checked_note.clear()
        self.pages.setCurrentIndex(CHOICES)
        self.choices.focus_first()

    def _export(self) -> None:
        assert self.target is not None
        request = ExportRequest(
            self.target,
            self.choices.format(),
            self.choices.scope(),
            include_private=self.choices.private.isChecked(),
            include_check_ins=self.choices.check_ins.isChecked(),
        )
        self._working(
            self.tr("Exporting…"),
            self.tr(
                "You can close this window and go on writing: the export goes on, and the "
                "status bar shows how far it has gone."
            ),
            self.tr("Cancel the export"),
        )
        self._port.begin_export(request, self._library, self._done, self._failed)

    def _working(self, doing: str, note: str, cancel_name: str) -> None:
        self.running = True
        self.progress.start(Work.EXPORT, doing, note, cancel_name)
        self.pages.setCurrentIndex(WORKING)
        self.progress.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _over(self) -> None:
        self.running = False
        self.progress.stop()

    def _done(self, outcome: ExportOutcome) -> None:
        self._over()
        n = outcome.reflections
        sentence = english_plural(self.tr("Saved %n reflection(s) to {path}.", "", n), n).format(
            path=str(outcome.target)
        )
        left_out = outcome.private_left_out
        note = (
            english_plural(self.tr("%n private answer(s) left out.", "", left_out), left_out)
            if left_out
            else ""
        )
        self.outcome.setText(f"{sentence} {note}".strip())
        self.pages.setCurrentIndex(DONE)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.said.emit(sentence)
        self._closed_meanwhile()

    def _failed(self, error: ReflectError) -> None:
        self._over()
        self.pages.setCurrentIndex(CHOICES)
        if isinstance(error, ExportStopped):
            self.problem.setText(said(error))
            self.said.emit(said(error))
        elif self.isVisible():
            messages.show_error(self, error)
        else:
            messages.show_error(self.parentWidget(), error)
        self.choices.focus_first()
        self._closed_meanwhile()

    def _closed_meanwhile(self) -> None:
        """Closed while the work ran: now that it is over, the dialog is done with."""
        if not self.isVisible():
            self.done(QDialog.DialogCode.Accepted)

    def _open_folder(self) -> None:
        if self.target is not None:
            folder = self.target if self.target.is_dir() else self.target.parent
            self.open_url(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        """Esc or closing: while an export runs, only the window closes (it goes on)."""
        if self.running:
            self.hide()
            return
        super().reject()
