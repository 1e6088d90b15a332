"""How far an export or import has gone, inside its dialog: what is being done, a bar
that fills as the session reports, and a Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from reflect.domain.progress import Progress, Work
from reflect.ui.changes import JournalChanges
from reflect.ui.design.looks import text_role
from reflect.ui.design.scales import Spacing, TextRole
from reflect.ui.widgets.progress_note import progress_bar


class TransferProgress(QWidget):
    """Follows `changes.progress` for one kind of work while shown; `cancel_button` is the
    dialog's to connect."""

    def __init__(self, changes: JournalChanges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        s = Spacing.of(self.font())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, s.l, 0, 0)
        column.setSpacing(s.s)
        self.label = text_role(QLabel(), TextRole.QUESTION)
        self.label.setWordWrap(True)
        self.bar = progress_bar(self)
        self.note = text_role(QLabel(), TextRole.HELP)
        self.note.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        column.addWidget(self.label)
        column.addWidget(self.bar)
        column.addWidget(self.note)
        column.addSpacing(s.s)
        column.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addStretch(1)
        self._work: Work | None = None
        changes.progress.connect(self._moved)

    def start(self, work: Work, doing: str, note: str, cancel_name: str) -> None:
        """Show `doing` with a moving bar until the first figures come; `note` below it."""
        self._work = work
        self.label.setText(doing)
        self.bar.setAccessibleName(doing)
        self.bar.setRange(0, 0)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.cancel_button.setAccessibleName(cancel_name)
        self.cancel_button.setEnabled(True)

    def stop(self) -> None:
        """Stop following (the work is over)."""
        self._work = None

    def _moved(self, progress: Progress) -> None:
        if progress.work is not self._work or progress.finished:
            return
        fraction = progress.fraction
        if fraction is not None:
            self.bar.setRange(0, 100)
            self.bar.setValue(round(fraction * 100))
