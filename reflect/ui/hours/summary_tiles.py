"""Three tiles under the goal: the hours of this month, of this year, and by provider.

They compute nothing of the goal: the page hands them the sessions logged and the ones
counted toward the goal, and they add up and say the hours in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reflect.domain.endorsement import hours_by_provider
from reflect.domain.supervision_session import SupervisionSession
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import Spacing, TextRole
from reflect.ui.hours.hours_words import hours_phrase
from reflect.ui.widgets.plurals import english_plural

PROVIDER_LINES = 3
"""How many providers the tile names before it says how many more there are."""


def _label(role: TextRole, text: str = "") -> QLabel:
    label = text_role(QLabel(text), role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SummaryTiles(QWidget):
    """This month's and this year's hours, and the hours counted by provider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        s = Spacing.of(self.font())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(s.m)
        self.month_hours = _label(TextRole.SECTION)
        self.month_sessions = _label(TextRole.HELP)
        self.year_hours = _label(TextRole.SECTION)
        self.year_sessions = _label(TextRole.HELP)
        self._providers = QGridLayout()
        self._providers.setHorizontalSpacing(s.m)
        self._providers.setVerticalSpacing(s.xs)
        self._providers.setColumnStretch(0, 1)
        self.more_providers = _label(TextRole.HELP)
        self.provider_lines: list[tuple[QLabel, QLabel]] = []
        for caption, parts in (
            (self.tr("This month"), (self.month_hours, self.month_sessions)),
            (self.tr("This year"), (self.year_hours, self.year_sessions)),
            (self.tr("By provider, toward the goal"), (self._providers, self.more_providers)),
        ):
            tile = look(QFrame(), Look.TILE)
            column = QVBoxLayout(tile)
            column.setContentsMargins(s.m, s.s, s.m, s.m)
            column.setSpacing(s.xs)
            column.addWidget(_label(TextRole.CAPTION, caption))
            for part in parts:
                if isinstance(part, QWidget):
                    column.addWidget(part)
                else:
                    column.addLayout(part)
            column.addStretch(1)
            row.addWidget(tile, 1)

    def show_sessions(
        self,
        sessions: Sequence[SupervisionSession],
        counted: Sequence[SupervisionSession],
        today: dt.date,
    ) -> None:
        """Add up `sessions` for today's month and year, and `counted` by provider."""
        month = [s for s in sessions if (s.date.year, s.date.month) == (today.year, today.month)]
        year = [s for s in sessions if s.date.year == today.year]
        for hours, count, chosen in (
            (self.month_hours, self.month_sessions, month),
            (self.year_hours, self.year_sessions, year),
        ):
            hours.setText(hours_phrase(sum(s.minutes for s in chosen)))
            n = len(chosen)
            count.setText(english_plural(self.tr("%n session(s)", "", n), n))
        self._show_providers(counted)

    def clear(self) -> None:
        """Show nothing of the journal (it is locked)."""
        for label in (self.month_hours, self.month_sessions, self.year_hours, self.year_sessions):
            label.clear()
        self._show_providers(())

    def _show_providers(self, counted: Sequence[SupervisionSession]) -> None:
        for name, hours in self.provider_lines:
            for label in (name, hours):
                self._providers.removeWidget(label)
                label.deleteLater()
        self.provider_lines = []
        shares = hours_by_provider(counted)
        for line, share in enumerate(shares[:PROVIDER_LINES]):
            name = _label(TextRole.BODY, share.provider)
            hours = _label(TextRole.BODY, hours_phrase(share.minutes))
            hours.setWordWrap(False)
            hours.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self._providers.addWidget(name, line, 0)
            self._providers.addWidget(hours, line, 1)
            self.provider_lines.append((name, hours))
        more = len(shares) - PROVIDER_LINES
        if not shares:
            self.more_providers.setText(self.tr("No sessions counted yet."))
        elif more > 0:
            self.more_providers.setText(
                english_plural(self.tr("and %n more provider(s)", "", more), more)
            )
        else:
            self.more_providers.clear()
        self.more_providers.setVisible(bool(self.more_providers.text()))
