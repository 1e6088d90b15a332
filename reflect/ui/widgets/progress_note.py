"""Long work under way, named in the status bar with a bar that fills: the visitor can go
on writing meanwhile. An export or import can be stopped from here too (its Cancel)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from reflect.domain.progress import Progress, Work
from reflect.ui.changes import JournalChanges
from reflect.ui.design.looks import Look, look
from reflect.ui.design.scales import Spacing


def progress_bar(around: QWidget) -> QProgressBar:
    """Reflect's one progress bar: slim, without a figure on it (the words beside it say
    what is under way), in the accent, as tall as a share of the text around `around`."""
    bar = QProgressBar()
    bar.setTextVisible(False)
    bar.setFixedHeight(Spacing.of(around.font()).m)
    return bar


class ProgressNote(QWidget):
    """Hidden until the session reports progress; hidden again when the work finishes."""

    def __init__(self, changes: JournalChanges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(Spacing.of(self.font()).s)
        self.label = QLabel()
        self.bar = progress_bar(self)
        self.bar.setFixedWidth(self.fontMetrics().averageCharWidth() * 16)
        self.stop_button = look(QPushButton(self.tr("Cancel")), Look.QUIET)
        self.stop_button.setAccessibleName(self.tr("Cancel the export or import"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.hide()
        self._can_stop: Callable[[], bool] = lambda: False
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.stop_button)
        self.hide()
        changes.progress.connect(self.show_progress)
        changes.locked.connect(self.hide)

    def offer_stop(self, can_stop: Callable[[], bool], stop: Callable[[], None]) -> None:
        """Show Cancel beside an export or import while `can_stop()`; it calls `stop`."""
        self._can_stop = can_stop
        self.stop_button.clicked.connect(stop)

    def show_progress(self, progress: Progress) -> None:
        """Name the work and how far it has gone (a moving bar while that is unknown)."""
        if progress.finished:
            self.hide()
            return
        self.label.setText(self._words(progress.work))
        self.bar.setAccessibleName(self.label.text())
        fraction = progress.fraction
        self.bar.setRange(0, 0 if fraction is None else 100)
        if fraction is not None:
            self.bar.setValue(round(fraction * 100))
        transfer = progress.work in (Work.EXPORT, Work.IMPORT)
        self.stop_button.setVisible(transfer and self._can_stop())
        self.show()

    def _words(self, work: Work) -> str:
        return {
            Work.BACKUP: self.tr("Backing up your journal…"),
            Work.INTEGRITY_CHECK: self.tr("Checking your journal…"),
            Work.DELETE: self.tr("Deleting (a backup comes first)…"),
            Work.RESTORE: self.tr("Restoring…"),
            Work.IMPORT: self.tr("Importing…"),
            Work.EXPORT: self.tr("Exporting…"),
            Work.NEW_KEY: self.tr("Making your new recovery key (a backup comes first)…"),
        }[work]
