"""The top of the Hours page: the goal, where counting starts, and how far the hours go.

It computes nothing itself: the page hands it a `Progress` and the warnings, and it says
them in words. Choosing another goal or start date goes out as a signal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.endorsement import (
    GOALS,
    MANY_PROVIDERS,
    EndorsementGoal,
    Progress,
    ProviderWarning,
)
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import TextRole
from reflect.ui.hours.hours_words import (
    hours_phrase,
    hours_text,
    long_date,
    short_date,
    short_pattern,
)
from reflect.ui.widgets.local_dates import pydate, qdate
from reflect.ui.widgets.plurals import english_plural


class HoursProgress(QWidget):
    """Emits `goal_chosen(goal_id)` and `start_chosen(date)`; shows what `show` is given."""

    goal_chosen = Signal(str)
    start_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em // 2)
        self.goal = QComboBox()
        self.goal.setAccessibleName(self.tr("Endorsement goal"))
        # A long goal is shortened in the box (its list shows it whole), so at a large text
        # size the page is not pushed wider than the window.
        self.goal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal.setMinimumContentsLength(24)
        for goal in GOALS:
            self.goal.addItem(self.goal_title(goal), goal.id)
        # Where there is room it grows to show the whole goal, and no wider.
        longest = max(self.goal.fontMetrics().horizontalAdvance(t) for t in self._titles())
        self.goal.setMaximumWidth(longest + 4 * em)
        self.goal.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(short_pattern())
        self.start.setAccessibleName(self.tr("Count hours from this date"))
        # Emit once a date is settled, not for each digit typed into it.
        self.start.setKeyboardTracking(False)
        goal_label = QLabel(self.tr("&Goal"))
        goal_label.setBuddy(self.goal)
        start_label = QLabel(self.tr("Counting &from"))
        start_label.setBuddy(self.start)
        row = QHBoxLayout()
        row.setSpacing(em // 2)
        row.addWidget(goal_label)
        row.addWidget(self.goal, 3)
        row.addSpacing(em)
        row.addWidget(start_label)
        row.addWidget(self.start)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(em // 2)
        # The figure first, large: how many hours, then what is left and by when.
        self.summary = text_role(QLabel(), TextRole.FIGURE)
        self.summary.setAccessibleDescription(self.tr("Hours toward the goal"))
        layout.addWidget(self.summary)
        self.detail = text_role(QLabel(), TextRole.QUESTION)
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.bar = look(QProgressBar(), Look.METER)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)  # the figure above says it in words
        self.bar.setAccessibleName(self.tr("Progress toward the goal"))
        layout.addWidget(self.bar)
        self.period = text_role(QLabel(), TextRole.HELP)
        self.period.setWordWrap(True)
        layout.addWidget(self.period)
        self.warnings = look(QLabel(), Look.CAUTION)
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleDescription(self.tr("Things to check about your providers"))
        layout.addWidget(self.warnings)
        self.guidance = QuietLabel(
            self.tr(
                "This is a way to keep track, not a ruling: check your endorsement guidelines "
                "for which hours count."
            )
        )
        layout.addWidget(self.guidance)
        self.goal.activated.connect(lambda i: self.goal_chosen.emit(self.goal.itemData(i)))
        self.start.dateChanged.connect(lambda d: self.start_chosen.emit(pydate(d)))

    def goal_title(self, goal: EndorsementGoal) -> str:
        """The goal's name and hours in the visitor's language."""
        titles = {
            "infant-family-specialist": self.tr(
                "Infant Family Specialist: 24 hours within 1 to 2 years"
            ),
            "infant-mental-health-specialist": self.tr(
                "Infant Mental Health Specialist: 50 hours within 1 to 2 years"
            ),
            "mentor-clinical": self.tr(
                "Infant Mental Health Mentor – Clinical: 50 hours within 1 to 2 years"
            ),
        }
        if goal.repeats:  # as many hours as the visitor's renewal asks for
            return english_plural(
                self.tr("Renewal: %n hour(s) each year", "", goal.hours), goal.hours
            )
        return titles.get(goal.id, goal.title)

    def name_renewal(self, goal: EndorsementGoal) -> None:
        """Offer the renewal with the hours the visitor's renewal asks for."""
        self.goal.setItemText(self.goal.findData(goal.id), self.goal_title(goal))

    def warning_text(self, warning: ProviderWarning) -> str:
        """A provider warning as a calm sentence in the visitor's language."""
        if warning.kind == MANY_PROVIDERS:
            text = self.tr(
                "These hours come from %n provider(s), more than two. Check your endorsement "
                "guidelines for how hours from several providers count.",
                "",
                warning.providers,
            )
            return english_plural(text, warning.providers)
        return self.tr(
            "No one provider gave most of these hours (the most from one is {percent}%). "
            "Check your endorsement guidelines for where most hours should come from."
        ).format(percent=warning.top_percent)

    def show_progress(
        self, progress: Progress, start: dt.date, warnings: Sequence[ProviderWarning]
    ) -> None:
        """Say how far the hours go, the period counted, and anything worth checking."""
        with QSignalBlocker(self.goal), QSignalBlocker(self.start):
            self.goal.setCurrentIndex(max(0, self.goal.findData(progress.goal.id)))
            self.start.setDate(qdate(start))
        goal = progress.goal.hours  # whole hours: the unit agrees with the goal
        done = english_plural(self.tr("{done} of %n hour(s)", "", goal), goal)
        self.summary.setText(done.format(done=hours_text(progress.minutes)))
        self.bar.setValue(progress.percent)
        self.bar.setFormat(self.tr("%p%"))
        first, last = long_date(progress.first_day), long_date(progress.last_day)
        if progress.goal.repeats:
            period = self.tr("This renewal year runs from {first} to {last}.")
        else:
            period = self.tr("Sessions from {first} to {last} count toward this goal.")
        self.period.setText(period.format(first=first, last=last))
        left = hours_phrase(progress.remaining_minutes)
        if progress.reached:
            parts = [self.tr("The goal's hours are logged.")]
        elif progress.is_open:  # what is left, and by when
            day = short_date(progress.last_day)
            parts = [self.tr("{hours} to go by {day}.").format(hours=left, day=day)]
        else:
            parts = [self.tr("{hours} to go.").format(hours=left)]
        if not progress.is_open:
            parts.append(
                self.tr(
                    "This period ended on {last}. To count a new one, choose a later start date."
                ).format(last=last)
            )
        self.detail.setText(" ".join(parts))
        self.warnings.setText("\n".join(self.warning_text(w) for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def clear(self) -> None:
        """Show nothing of the journal (it is locked)."""
        self.summary.clear()
        self.detail.clear()
        self.period.clear()
        self.warnings.clear()
        self.bar.setValue(0)

    def _titles(self) -> list[str]:
        return [self.goal.itemText(i) for i in range(self.goal.count())]
