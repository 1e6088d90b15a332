"""The import dialog, a page at a time: the kind of journal and its file or folder; what it
would bring, and the family code its entries will carry; then the import, with its
Cancel; then what was added.

Nothing is written before Import. A refused file's sentence (naming the file, and the line
where one is to blame) is shown on the first page, to choose another. The import itself
is not left running with the dialog closed: Esc or Cancel stops it (nothing is added).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QWidget

from reflect.domain.errors import ImportStopped, ReflectError
from reflect.domain.journal_import import ImportKind, ImportOutcome, PreparedImport
from reflect.domain.progress import Work
from reflect.ui.changes import JournalChanges
from reflect.ui.portable.import_preview import ImportPreview
from reflect.ui.portable.import_source import ImportSource
from reflect.ui.portable.import_words import outcome_words, refusal
from reflect.ui.portable.paged_dialog import PagedDialog, add_button
from reflect.ui.portable.port import PortablePort
from reflect.ui.portable.transfer_progress import TransferProgress
from reflect.ui.widgets import messages
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.scrolled import scrolled

SOURCE, WORKING, PREVIEW, DONE = range(4)


class ImportDialog(PagedDialog):
    """Emits `said(sentence)` for the status bar once an import is over."""

    said = Signal(str)

    def __init__(
        self, port: PortablePort, changes: JournalChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.set_title(self.tr("Import from another journal"))
        self._port = port
        self.prepared: PreparedImport | None = None
        self.running = False
        self._abandoned = False

        # Where from.
        self.source = ImportSource()
        row = QHBoxLayout()
        row.addStretch(1)
        add_button(self.tr("Cancel"), self.tr("Close without importing"), row, self.reject)
        self.show_button = add_button(
            self.tr("&Show what it holds"),
            self.tr("Read it and show what it holds"),
            row,
            self._read,
        )
        self.show_button.setDefault(True)
        self.add_page([scrolled(self.source)], row, stretch=False)

        # Reading, then importing.
        self.progress = TransferProgress(changes)
        self.progress.cancel_button.clicked.connect(self._stop)
        self.add_page([self.progress], QHBoxLayout(), stretch=True)

        # What it would bring.
        self.preview = ImportPreview()
        self.stopped = QLabel()
        self.stopped.setWordWrap(True)
        row = QHBoxLayout()
        add_button(self.tr("&Back"), self.tr("Back to choose another file"), row, self._back)
        row.addStretch(1)
        add_button(self.tr("Cancel"), self.tr("Close without importing"), row, self.reject)
        self.import_button = add_button(
            self.tr("&Import"), self.tr("Import into your journal"), row, self._import
        )
        self.import_button.setDefault(True)
        self.add_page([scrolled(self.preview), self.stopped], row, stretch=False)

        # What was added.
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = add_button(self.tr("Close"), self.tr("Close"), row, self.accept)
        self.close_button.setDefault(True)
        self.add_page([HeadingLabel(self.tr("Imported"), 1.2), self.outcome], row, stretch=True)
        self.fit(44, 36)
        self.source.focus_first()

    # ----------------------------------------------------------------- reading
    def _read(self) -> None:
        path = self.source.chosen()
        if path is None:
            self.source.refused(self.tr("Choose the file or folder to import first."))
            return
        self.source.problem.clear()
        self._working(self.tr("Reading {name}…").format(name=path.name or str(path)), "", "")
        self.progress.cancel_button.hide()  # quick, and nothing is written meanwhile
        self._port.begin_import_preview(self.source.kind(), path, self._shown, self._not_read)

    def _shown(self, prepared: PreparedImport) -> None:
        if self._over():
            return
        self.prepared = prepared
        self.preview.show_summary(prepared.summary)
        self.stopped.clear()
        self.pages.setCurrentIndex(PREVIEW)
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _not_read(self, error: ReflectError) -> None:
        if self._over():
            return
        self.pages.setCurrentIndex(SOURCE)
        self.source.refused(refusal(error))

    def _back(self) -> None:
        self.prepared = None
        self.pages.setCurrentIndex(SOURCE)
        self.source.path.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----------------------------------------------------------------- importing
    def _import(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        code = self.preview.family_code()
        if prepared.summary.kind is not ImportKind.REFLECT:
            from reflect.exchange.foreign_entries import import_code

            try:
                code = import_code(code)
            except ReflectError as error:
                messages.show_error(self, error)
                self.preview.code.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self._working(
            self.tr("Importing (a backup comes first)…"),
            self.tr("Cancel stops it at once, and nothing is added."),
            self.tr("Cancel the import"),
        )
        self.progress.cancel_button.show()
        self.progress.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._port.begin_import(prepared, self._imported, self._not_imported, family_code=code)

    def _imported(self, outcome: ImportOutcome) -> None:
        if self._over():
            return
        sentence = outcome_words(outcome)
        self.outcome.setText(sentence)
        self.pages.setCurrentIndex(DONE)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.said.emit(sentence)

    def _not_imported(self, error: ReflectError) -> None:
        if self._over():
            return
        self.pages.setCurrentIndex(PREVIEW)
        if isinstance(error, ImportStopped):
            self.stopped.setText(said(error))
            self.said.emit(said(error))
        else:
            messages.show_error(self, error)

    # ----------------------------------------------------------------- under way
    def _working(self, doing: str, note: str, cancel_name: str) -> None:
        self.running = True
        self.progress.start(Work.IMPORT, doing, note, cancel_name)
        self.pages.setCurrentIndex(WORKING)

    def _over(self) -> bool:
        """The work is over; True when the dialog was closed meanwhile (and is now done)."""
        self.running = False
        self.progress.stop()
        if self._abandoned:
            self.done(QDialog.DialogCode.Rejected)
            return True
        return False

    def _stop(self) -> None:
        self.progress.cancel_button.setEnabled(False)
        self._port.stop_transfers()

    def reject(self) -> None:
        """Esc or Cancel: an import under way is stopped (nothing added) and the dialog
        waits for it to say so; a file being read is left to finish unseen."""
        if self.running:
            if self.progress.cancel_button.isVisible():
                self._stop()
                return
            self._abandoned = True
            self.hide()
            return
        super().reject()
