"""The portfolio dialog: which dates, PDF or CSV, whether a few reflections go in, and where
the file goes, said with the warning that it is not encrypted.

Reflections are off by default: only when the visitor ticks "Include a few reflections"
does a list of her own reflections appear, to tick each one that goes in. The dialog only
gathers the choice; `export` (given by the page) writes the file and says whether the dialog
can close, so a failure leaves everything chosen as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.errors import InvalidInput
from reflect.domain.portfolio import MAX_REFLECTIONS
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.hours.discussed_list import DiscussedList
from reflect.ui.hours.export import SavePath
from reflect.ui.hours.form_fields import date_box
from reflect.ui.hours.port import ReflectionChoice
from reflect.ui.widgets import messages
from reflect.ui.widgets.dialog_buttons import dialog_buttons
from reflect.ui.widgets.documents_folder import choose_save_path
from reflect.ui.widgets.local_dates import pydate
from reflect.ui.widgets.plain_file import plain_file_sentence
from reflect.ui.widgets.scrolling_dialog import resize_within_screen, scrolling_layout

PDF, CSV = "pdf", "csv"


@dataclass(frozen=True, slots=True)
class PortfolioChoice:
    """What the visitor chose: the dates, the format, the file, and the reflections."""

    first_day: dt.date
    last_day: dt.date
    kind: str
    path: Path
    reflection_uuids: tuple[str, ...] = ()


class PortfolioDialog(QDialog):
    """`choose_save_path` can be replaced (tests give a path instead of a file dialog)."""

    def __init__(
        self,
        export: Callable[[PortfolioChoice], bool],
        *,
        first_day: dt.date,
        last_day: dt.date,
        choices: Sequence[ReflectionChoice],
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._export = export
        self.choose_save_path: SavePath = choose_save_path
        title = self.tr("Export a portfolio")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        em = self.fontMetrics().height()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(em, em, em, em)
        column.setSpacing(em // 2)
        intro = QLabel(
            self.tr(
                "Supervision hours by month and provider, training hours by category, and "
                "the list of trainings. Notes are never included."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        form.setVerticalSpacing(em // 2)
        self.first = date_box(first_day, self.tr("First day of the portfolio"))
        self.last = date_box(last_day, self.tr("Last day of the portfolio"))
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.last)
        dates.addStretch(1)
        dates_label = QLabel(self.tr("&From"))
        dates_label.setBuddy(self.first)
        form.addRow(dates_label, dates)
        self.kinds = QButtonGroup(self)
        self.pdf = QRadioButton(self.tr("P&DF, to read and print"))
        self.csv = QRadioButton(self.tr("&CSV, for a spreadsheet"))
        formats = QHBoxLayout()
        for radio in (self.pdf, self.csv):
            radio.setAccessibleName(radio.text().replace("&", ""))
            self.kinds.addButton(radio)
            formats.addWidget(radio)
        formats.addStretch(1)
        self.pdf.setChecked(True)
        form.addRow(self.tr("Format"), formats)
        column.addLayout(form)

        self.include = QCheckBox(self.tr("&Include a few reflections"))
        self.include.setAccessibleName(self.tr("Include a few reflections"))
        column.addWidget(self.include)
        self.include_note = QuietLabel(
            self.tr(
                "Only the ones you tick, at most {n}: their answers and themes, without the "
                "family code, notes or private answers. Each is checked for names and other "
                "details before the file is written."
            ).format(n=MAX_REFLECTIONS)
        )
        column.addWidget(self.include_note)
        self.reflections = DiscussedList([c for c in choices if c.shared_by is None])
        self.reflections.list.setAccessibleName(self.tr("Reflections to include"))
        self.reflections.setVisible(False)
        column.addWidget(self.reflections)
        self.include.toggled.connect(self.reflections.setVisible)

        self.path = QLineEdit(str(folder / self.tr("Endorsement portfolio.pdf")))
        self.path.setAccessibleName(self.tr("Where the file goes"))
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setAccessibleName(self.tr("Choose where the file goes"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        column.addStretch(1)

        buttons, self.export_button, self.cancel_button = dialog_buttons(
            self,
            (self.tr("&Export"), self.tr("Export the portfolio")),
            (self.tr("Cancel"), self.tr("Cancel without exporting")),
        )
        # Where the file goes, and that it is not encrypted, stay in sight beside Export.
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        path_label = QLabel(self.tr("&Save as"))
        path_label.setBuddy(self.path)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(em, 0, em, 0)
        bottom.setSpacing(em // 2)
        bottom.addWidget(path_label)
        bottom.addLayout(where)
        bottom.addWidget(self.warning)
        scrolling_layout(self, body, buttons, bottom)
        self.path.textChanged.connect(self._say_where)
        self.kinds.buttonToggled.connect(self._kind_changed)
        self._say_where()
        resize_within_screen(self, 84 * self.fontMetrics().averageCharWidth() + 4 * em, 40 * em)
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def kind(self) -> str:
        """ "pdf" or "csv"."""
        return CSV if self.csv.isChecked() else PDF

    def _kind_changed(self) -> None:
        """The file's name follows the format chosen."""
        path = Path(self.path.text().strip())
        if path.name and path.suffix.lower() in (".pdf", ".csv"):
            self.path.setText(str(path.with_suffix("." + self.kind())))

    def _say_where(self) -> None:
        text = self.path.text().strip()
        self.warning.setText(plain_file_sentence(Path(text)) if text else "")

    def _browse(self) -> None:
        kind = (
            self.tr("CSV file (*.csv)") if self.kind() == CSV else self.tr("PDF document (*.pdf)")
        )
        chosen = self.choose_save_path(
            self, self.tr("Save the portfolio as"), self.path.text(), kind
        )
        if chosen:
            self.path.setText(chosen)

    def choice(self) -> PortfolioChoice:
        """What the dialog holds now."""
        return PortfolioChoice(
            first_day=pydate(self.first.date()),
            last_day=pydate(self.last.date()),
            kind=self.kind(),
            path=Path(self.path.text().strip()),
            reflection_uuids=self.reflections.chosen() if self.include.isChecked() else (),
        )

    def accept(self) -> None:
        """Check the choice, then export; close only once the export says so."""
        choice = self.choice()
        problem = ""
        if choice.first_day > choice.last_day:
            problem = self.tr("The first day is after the last. Choose the dates again.")
        elif not self.path.text().strip():
            problem = self.tr("Choose where the file goes, then export again.")
        elif self.include.isChecked() and not choice.reflection_uuids:
            problem = self.tr(
                "No reflection is ticked. Tick the ones to include, or untick "
                "Include a few reflections."
            )
        if problem:
            messages.show_error(self, InvalidInput(problem))
            return
        if self._export(choice):
            super().accept()
