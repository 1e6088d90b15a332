"""Asking where to put an hours export, writing it, and saying what happened.

The exports themselves hold no family content (see `reflect.exchange.hours_csv` and
`reflect.ui.hours.pdf`); this module only chooses the file, says before writing that it is
not encrypted and where it goes, and turns a failure to write it into a sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from reflect.domain.errors import ReflectError
from reflect.ui.hours.pdf import HoursReport
from reflect.ui.widgets import messages
from reflect.ui.widgets.documents_folder import choose_save_path
from reflect.ui.widgets.plain_file import confirm_plain_file

SavePath = Callable[[QWidget, str, str, str], str]


class HoursExport(QObject):
    """`choose_save_path` can be replaced (tests give a path instead of a file dialog)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.choose_save_path: SavePath = choose_save_path
        self.report = HoursReport(self)

    def ask(self, kind: str) -> str:
        """Where to write a "csv" or "pdf" export; empty when the visitor cancels."""
        if kind == "csv":
            return self.choose_save_path(
                self._parent,
                self.tr("Export the hours log as CSV"),
                self.tr("Supervision hours.csv"),
                self.tr("CSV file (*.csv)"),
            )
        return self.choose_save_path(
            self._parent,
            self.tr("Export the hours log as PDF"),
            self.tr("Supervision hours.pdf"),
            self.tr("PDF document (*.pdf)"),
        )

    def write(self, target: str, write: Callable[[Path], None]) -> str:
        """Say that the file is not encrypted and where it goes, then run `write` on `target`;
        the sentence to show once written, or "" when the visitor did not go ahead or it
        failed."""
        if not confirm_plain_file(self._parent, Path(target)):
            return ""
        try:
            write(Path(target))
        except OSError:
            messages.show_error(
                self._parent,
                ReflectError(
                    self.tr(
                        "The file could not be written there. Choose another folder, or check "
                        "that there is space on the disk."
                    )
                ),
            )
            return ""
        return self.tr(
            "Saved {name}. It holds dates, hours and providers only: no notes and no reflections."
        ).format(name=Path(target).name)
