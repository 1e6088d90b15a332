"""How I've been: heaviness and energy over the last weeks or months, and the words chosen
most often. The visitor's own: it is never shared and never exported, and it says so.

The page reads through a `SelfCarePort` each time it comes into view or the reflections
change while it is shown; locking forgets everything it showed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.domain import wellbeing
from reflect.domain.errors import ReflectError
from reflect.domain.wellbeing import WellbeingPoint
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.changes import JournalChanges
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import TYPE, Spacing, TextRole
from reflect.ui.self_care import self_care_words as words
from reflect.ui.self_care.port import SelfCarePort
from reflect.ui.self_care.wellbeing_chart import WellbeingChart
from reflect.ui.widgets import messages
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.key_names import key_names

MOST_WORDS = 8


class SelfCarePage(QWidget):
    """The privacy note, the range choice, the chart with its summary, and the words.
    Emits `check_in_requested` from the button shown while there is nothing to draw."""

    check_in_requested = Signal()

    def __init__(
        self,
        port: SelfCarePort,
        changes: JournalChanges,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("How I've been"))
        self._port = port
        self._today = today
        self.points: list[WellbeingPoint] = []
        em = self.fontMetrics().height()
        s = Spacing.of(self.font())
        column = QVBoxLayout(self)
        column.setContentsMargins(s.xl, s.l, s.xl, s.l)
        column.setSpacing(s.s)
        column.addWidget(HeadingLabel(self.tr("How I've been"), TYPE[TextRole.PAGE_TITLE].scale))
        self.private_note = text_role(
            QLabel(
                self.tr(
                    "Only for you. What you see here is never shared with your supervisor and "
                    "never exported with your reflections."
                )
            ),
            TextRole.HELP,
        )
        self.private_note.setWordWrap(True)
        self.private_note.setAccessibleDescription(self.tr("This view is private"))
        lock = QLabel()
        set_icon(lock, "lock-simple")
        row = QHBoxLayout()
        row.setSpacing(s.xs)
        row.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.private_note, 1)
        column.addLayout(row)
        column.addSpacing(s.xs)
        row = QHBoxLayout()
        choose = QLabel(self.tr("Show the &last"))
        self.span = QComboBox()
        self.span.setAccessibleName(self.tr("How far back to show"))
        for span in words.SPANS:
            self.span.addItem(span.label())
        self.span.setCurrentIndex(words.DEFAULT_SPAN)
        self.span.currentIndexChanged.connect(lambda _i: self.refresh())
        choose.setBuddy(self.span)
        row.addWidget(choose)
        row.addWidget(self.span)
        row.addStretch(1)
        column.addLayout(row)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setMaximumWidth(40 * em)  # a short measure reads easily
        self.empty_title = text_role(QLabel(self.tr("Your first check-in")), TextRole.SECTION)
        self.empty_title.setWordWrap(True)
        self.check_in_button = look(QPushButton(self.tr("Quick check-in")), Look.PRIMARY)
        set_icon(self.check_in_button, "heart")
        self.check_in_button.setAccessibleName(self.tr("Start a quick check-in"))
        self.check_in_button.setToolTip(
            self.tr("A minute with yourself ({keys})").format(keys=key_names("Ctrl+Shift+N"))
        )
        self.check_in_button.clicked.connect(self.check_in_requested)
        # A calm invitation in place of an empty chart: what fills it, and the first step.
        self.empty_box = look(QFrame(), Look.EMPTY)
        self.empty_box.setMaximumWidth(44 * em)
        empty_column = QVBoxLayout(self.empty_box)
        empty_column.setContentsMargins(s.xl, s.l, s.xl, s.l)
        empty_column.setSpacing(s.s)
        empty_column.addWidget(self.empty_title)
        empty_column.addWidget(self.empty)
        empty_column.addSpacing(s.xs)
        empty_column.addWidget(self.check_in_button, 0, Qt.AlignmentFlag.AlignLeft)
        holder = QVBoxLayout()
        holder.addWidget(self.empty_box)
        holder.addStretch(1)
        self.empty_holder = QWidget()
        self.empty_holder.setLayout(holder)
        holder.setContentsMargins(0, s.s, 0, 0)
        column.addWidget(self.empty_holder, 1)
        self.chart = WellbeingChart()
        self.chart.setAccessibleName(self.tr("Heaviness and energy over time"))
        # The chart sits on a card, as a figure set on the page.
        self.chart_card = look(QFrame(), Look.CARD)
        card = QVBoxLayout(self.chart_card)
        card.setContentsMargins(s.l, s.m, s.l, s.s)
        card.addWidget(self.chart)
        column.addWidget(self.chart_card, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(self.tr("Summary of the chart"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.summary)
        column.addSpacing(s.s)
        self.words_heading = HeadingLabel(
            self.tr("Words you chose most often"), TYPE[TextRole.SECTION].scale
        )
        column.addWidget(self.words_heading)
        self.words = QuietLabel()
        self.words.setAccessibleDescription(self.tr("Words you chose most often"))
        column.addWidget(self.words)
        self._show([])
        changes.reflections_changed.connect(self._reflections_changed)
        changes.locked.connect(self.clear)

    # ----------------------------------------------------------------- reading
    def showEvent(self, event: QShowEvent) -> None:
        """Read the journal afresh each time the page comes into view."""
        super().showEvent(event)
        if self._port.is_open:
            self.refresh()

    def _reflections_changed(self, _uuids: tuple[str, ...]) -> None:
        if self.isVisible() and self._port.is_open:
            self.refresh()

    def refresh(self) -> None:
        """Read the chosen range again and show it."""
        if not self._port.is_open:
            return
        span = words.SPANS[self.span.currentIndex()]
        try:
            points = self._port.wellbeing_since(span.first_day(self._today()))
        except ReflectError as error:
            messages.show_error(self, error)
            return
        self._show(points)

    def _show(self, points: list[WellbeingPoint]) -> None:
        self.points = points
        span = words.SPANS[self.span.currentIndex()]
        rated = [p for p in points if p.heaviness is not None or p.energy is not None]
        found = bool(points)
        for widget in (self.chart_card, self.summary, self.words_heading, self.words):
            widget.setVisible(found)
        self.empty_holder.setVisible(not found)
        self.empty_box.setVisible(not found)
        if not found:
            self.chart.clear()
            self.summary.clear()
            self.words.clear()
            self.chart.setAccessibleDescription("")
            title, text = self._empty_words(span)
            self.empty_title.setText(title)
            self.empty.setText(text)
            return
        today = self._today()
        steps = wellbeing.steps(points, span.first_day(today), today, span.days)
        self.chart.set_steps(
            steps,
            span.ticks(steps),
            (self.tr("Heaviness: 0 light, 10 very heavy"), self.tr("Energy: 0 empty, 10 full")),
        )
        heaviness, energy = wellbeing.averages(points)
        text = words.summary(span, heaviness, energy, len(rated))
        self.summary.setText(text)
        self.chart.setAccessibleDescription(text)
        self.words.setText(words.words_text(wellbeing.frequent_words(points, MOST_WORDS)))

    def _empty_words(self, span: words.Span) -> tuple[str, str]:
        """The empty state's title and sentence: nothing in this range, or nothing yet."""
        longest = words.SPANS[-1]
        if span is not longest and self._port.is_open:
            try:
                earlier = bool(self._port.wellbeing_since(longest.first_day(self._today())))
            except ReflectError:
                earlier = False
            if earlier:
                return self.tr("Nothing in this range"), self.tr(
                    "Nothing from {range}. Choose {longest} above to see your earlier check-ins."
                ).format(range=span.over(), longest=longest.label())
        return self.tr("Your first check-in"), self.tr(
            "This view fills as you check in. After a hard visit, or at the end of a day, "
            "take a minute for a quick check-in: how heavy the work feels, how much energy "
            "you have, one word. Over the weeks you will see here how you have been, "
            "for you alone."
        )

    def clear(self) -> None:
        """Forget everything shown (the journal was locked)."""
        self._show([])
