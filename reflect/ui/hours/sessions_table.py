"""The logged sessions as a list of rows: date, minutes, provider, category, kind, reflections."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from reflect.domain.supervision_session import SupervisionSession
from reflect.ui.hours.hours_words import kind_text, short_date
from reflect.ui.hours.record_table import RecordTable


class SessionsTable(RecordTable):
    """One row per session, newest first; Enter or a double click opens it to edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sessions logged, newest first"))
        self.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Minutes"),
                self.tr("Provider"),
                self.tr("Provider category"),
                self.tr("Supervision"),
                self.tr("Reflections discussed"),
            ]
        )

    def show_sessions(self, sessions: Sequence[SupervisionSession]) -> None:
        """List these sessions, keeping the chosen one chosen if it is still there."""
        self.show_rows(
            (
                s.uuid,
                (
                    short_date(s.date),
                    str(s.minutes),
                    s.provider,
                    s.provider_category,
                    kind_text(s.format, s.mode),
                    str(len(s.reflection_uuids)),
                ),
            )
            for s in sessions
        )
