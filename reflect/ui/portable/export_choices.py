"""The first part of the export dialog: which reflections, in which format, and what goes
with them.

Which: those selected in the journal's list, those the list shows now (its search and
filters), those visited between two dates, or everything. Format: PDF, Markdown in one
file or a folder of them, or Reflect's own JSON. Private answers stay out unless ticked;
check-ins can go only into a JSON export of everything; the check for names and other
details is ticked for the formats people read, and left to the visitor for JSON.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.export_request import ExportFormat, ExportScope
from reflect.domain.search import ReflectionFilter
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.hours.hours_words import short_pattern
from reflect.ui.widgets.local_dates import pydate, qdate

SELECTED, SHOWN, DATES, EVERYTHING = "selected", "shown", "dates", "everything"


@dataclass(frozen=True, slots=True)
class ListView:
    """What the journal's list holds when the export is asked for."""

    selected: tuple[str, ...] = ()
    """The reflections selected in it (or the one open), oldest first or as listed."""
    filter: ReflectionFilter = field(default_factory=ReflectionFilter)
    search: str = ""

    @property
    def narrowed(self) -> bool:
        """True when a search or a filter narrows the list."""
        return bool(self.search.strip()) or self.filter != ReflectionFilter()


def _radio(text: str, group: QButtonGroup, column: QVBoxLayout) -> QRadioButton:
    radio = QRadioButton(text)
    radio.setAccessibleName(text.replace("&", ""))
    group.addButton(radio)
    column.addWidget(radio)
    return radio


class ExportChoices(QWidget):
    """Emits `changed` whenever a choice changes."""

    changed = Signal()

    def __init__(
        self, view: ListView, start: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        which_box = QGroupBox(self.tr("Which reflections"))
        which = QVBoxLayout(which_box)
        self.which = QButtonGroup(self)
        n = len(view.selected)
        one = self.tr("The reflection se&lected in the list")
        several = self.tr("The %n reflections se&lected in the list", "", n)
        self.selected = _radio(one if n == 1 else several, self.which, which)
        self.selected.setEnabled(bool(n))
        self.shown = _radio(
            self.tr("The reflections the list s&hows now, with its search and filters"),
            self.which,
            which,
        )
        self.shown.setEnabled(view.narrowed)
        self.dates = _radio(self.tr("Those &visited between two dates"), self.which, which)
        self.first = self._date(dt.date(today.year, 1, 1), self.tr("First visit date"))
        self.last = self._date(today, self.tr("Last visit date"))
        between = QHBoxLayout()
        between.setContentsMargins(self.fontMetrics().height() * 3 // 2, 0, 0, 0)
        between.addWidget(self.first)
        between.addWidget(QLabel(self.tr("to")))
        between.addWidget(self.last)
        between.addStretch(1)
        which.addLayout(between)
        self.everything = _radio(self.tr("&Everything in your journal"), self.which, which)
        column.addWidget(which_box)

        format_box = QGroupBox(self.tr("Format"))
        formats = QVBoxLayout(format_box)
        self.formats = QButtonGroup(self)
        self.pdf = _radio(self.tr("P&DF, to print or hand in"), self.formats, formats)
        self.markdown = _radio(self.tr("&Markdown, in one file"), self.formats, formats)
        self.markdown_folder = _radio(
            self.tr("Markdown, a f&older with a file for each reflection"), self.formats, formats
        )
        self.json = _radio(
            self.tr("&JSON, complete: to move to another computer, or to keep"),
            self.formats,
            formats,
        )
        column.addWidget(format_box)

        self.private = QCheckBox(self.tr("Include &private answers"))
        self.private.setAccessibleName(self.tr("Include private answers"))
        self.check_ins = QCheckBox(self.tr("Include self-care chec&k-ins"))
        self.check_ins.setAccessibleName(self.tr("Include self-care check-ins"))
        self.check_ins_note = QuietLabel(
            self.tr("Check-ins go only into a JSON export of everything in your journal.")
        )
        self.check_first = QCheckBox(
            self.tr("Check for &names and other identifying details first")
        )
        self.check_first.setAccessibleName(
            self.tr("Check for names and other identifying details first")
        )
        for widget in (self.private, self.check_ins, self.check_ins_note, self.check_first):
            column.addWidget(widget)
        column.addStretch(1)

        {SELECTED: self.selected, SHOWN: self.shown, DATES: self.dates}.get(
            start if (start != SELECTED or n) else EVERYTHING, self.everything
        ).setChecked(True)
        self.pdf.setChecked(True)
        self.check_first.setChecked(True)
        self._check_touched = False
        self.check_first.clicked.connect(self._touched)
        self.which.buttonToggled.connect(self._follow)
        self.formats.buttonToggled.connect(self._follow)
        self.first.dateChanged.connect(self.changed)
        self.last.dateChanged.connect(self.changed)
        for box in (self.private, self.check_ins, self.check_first):
            box.toggled.connect(self.changed)
        # Tab in reading order: the two dates were put in their row after the rest and
        # would otherwise come last, after the dialog's own buttons.
        order = (
            self.selected, self.shown, self.dates, self.everything, self.first, self.last,
            self.pdf, self.markdown, self.markdown_folder, self.json,
            self.private, self.check_ins, self.check_first,
        )  # fmt: skip
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self._follow()

    def _date(self, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(short_pattern())
        edit.setDate(qdate(day))
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _day: self.dates.setChecked(True))
        return edit

    def _touched(self) -> None:
        self._check_touched = True

    def _follow(self, *_: object) -> None:
        """Check-ins only for everything as JSON; the check ticked for what people read,
        until the visitor ticks or unticks it herself."""
        whole_json = self.everything.isChecked() and self.json.isChecked()
        self.check_ins.setEnabled(whole_json)
        if not whole_json:
            self.check_ins.setChecked(False)
        if not self._check_touched:
            self.check_first.setChecked(not self.json.isChecked())
        self.changed.emit()

    # ----------------------------------------------------------------- reading
    def format(self) -> ExportFormat:
        """The format chosen."""
        if self.json.isChecked():
            return ExportFormat.JSON
        if self.markdown.isChecked():
            return ExportFormat.MARKDOWN
        if self.markdown_folder.isChecked():
            return ExportFormat.MARKDOWN_FOLDER
        return ExportFormat.PDF

    def dates_in_order(self) -> bool:
        """False when a date range is chosen whose first day is after its last."""
        return not self.dates.isChecked() or self.first.date() <= self.last.date()

    def scope(self) -> ExportScope:
        """Which reflections, as the export asks for them."""
        if self.selected.isChecked():
            return ExportScope.chosen(self.view.selected)
        if self.shown.isChecked():
            return ExportScope(filter=self.view.filter, search=self.view.search.strip())
        if self.dates.isChecked():
            return ExportScope.between(pydate(self.first.date()), pydate(self.last.date()))
        return ExportScope.everything()

    def which_words(self) -> str:
        """The reflections chosen, said in a few words (without the & of a shortcut)."""
        checked = self.which.checkedButton()
        if checked is self.dates:
            return self.tr("Those visited from {first} to {last}").format(
                first=self.first.text(), last=self.last.text()
            )
        return checked.text().replace("&", "") if checked is not None else ""

    def format_words(self) -> str:
        """The format chosen, in a few words."""
        checked = self.formats.checkedButton()
        return checked.text().replace("&", "") if checked is not None else ""

    def focus_first(self) -> None:
        """Put the focus on the choice that is made (reading order starts there)."""
        checked = self.which.checkedButton()
        if checked is not None:
            checked.setFocus(Qt.FocusReason.OtherFocusReason)
