"""The export's one warning, before anything is written: what goes, where it goes, that
the file is not encrypted, and whether private answers go too (left out unless ticked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.plain_file import plain_file_sentence, plain_folder_sentence


class ExportReady(QWidget):
    """`private` mirrors the choices' own box (the dialog keeps the two together)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(HeadingLabel(self.tr("Ready to export"), 1.2))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.checked_note = QuietLabel()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.private = QCheckBox(self.tr("Include &private answers"))
        self.private.setAccessibleName(self.tr("Include private answers"))
        self.private_note = QuietLabel(
            self.tr("Private answers are left out unless you tick this.")
        )
        for widget in (
            self.summary,
            self.checked_note,
            self.warning,
            self.private,
            self.private_note,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        bold = self.warning.font()
        bold.setWeight(QFont.Weight.DemiBold)  # the one sentence not to miss
        self.warning.setFont(bold)

    def show_target(self, target: Path, folder: bool, which: str, kind: str) -> None:
        """Say what goes (`which`, as `kind`), and where: a file, or a new `folder`."""
        self.summary.setText(self.tr("{which}, as {format}.").format(which=which, format=kind))
        self.warning.setText(
            plain_folder_sentence(target) if folder else plain_file_sentence(target)
        )
