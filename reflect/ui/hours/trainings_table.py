"""The logged trainings as a list of rows: date, hours, title, provider, what it was about."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from reflect.domain.training import Training
from reflect.ui.hours.hours_words import category_word, hours_text, short_date
from reflect.ui.hours.record_table import RecordTable

WIDEST = 30
"""A column's greatest width, in lines' height: one long title leaves room for the others."""


class TrainingsTable(RecordTable):
    """One row per training, newest first; Enter or a double click opens it to edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Trainings logged, newest first"))
        self.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Hours"),
                self.tr("Title"),
                self.tr("Provider"),
                self.tr("About"),
            ]
        )

    def show_trainings(self, trainings: Sequence[Training]) -> None:
        """List these trainings, keeping the chosen one chosen if it is still there."""
        self.show_rows(
            (
                (
                    t.uuid,
                    (
                        short_date(t.date),
                        hours_text(t.minutes),
                        t.title,
                        t.provider,
                        category_word(t.category),
                    ),
                )
                for t in trainings
            ),
            widest=WIDEST,
        )
