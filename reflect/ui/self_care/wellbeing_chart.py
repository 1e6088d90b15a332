"""Heaviness and energy over time, drawn with QPainter (Qt Charts is not shipped with Reflect).

Each stretch of days (a day, or a week) is one place along the bottom; heaviness and energy
are its averages on the 0–10 scale up the side. The two lines differ in colour, in dash and
in the shape of their dots, so they can be told apart without colour too. Colours come
from the palette: heaviness in the theme's one accent, energy in its quieter text colour,
both readable on the page's ground in either theme (and the system's own under high
contrast).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reflect.domain.wellbeing import SCALE_TOP, WellbeingStep
from reflect.ui.widgets.local_dates import day_text


@dataclass(frozen=True, slots=True)
class Tick:
    """A labelled place along the bottom: the index of its stretch, and its date words."""

    index: int
    label: str


def month_ticks(steps: Sequence[WellbeingStep]) -> list[Tick]:
    """One tick where each month begins (its year with January and the first tick)."""
    ticks: list[Tick] = []
    for index, step in enumerate(steps):
        if index and step.first_day.month == steps[index - 1].first_day.month:
            continue
        if index == 0 and step.first_day.day > 7:
            continue  # only the tail of a month: its name would crowd the next one
        pattern = "MMM yyyy" if not ticks or step.first_day.month == 1 else "MMM"
        ticks.append(Tick(index, day_text(step.first_day, pattern)))
    return ticks


def every_ticks(steps: Sequence[WellbeingStep], every: int) -> list[Tick]:
    """A tick every `every` stretches, counted back from the newest (always labelled)."""
    last = len(steps) - 1
    return [Tick(i, day_text(steps[i].first_day, "d MMM")) for i in range(last, -1, -every)][::-1]


class WellbeingChart(QWidget):
    """Shows `WellbeingStep`s; `set_steps` with ticks chosen by the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[WellbeingStep] = []
        self._ticks: list[Tick] = []
        self._legend: tuple[str, str] = ("", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its words are the summary beside it

    def sizeHint(self) -> QSize:
        """Room for the scale and a few weeks of dates at the text size in use."""
        line = self.fontMetrics().height()
        return QSize(40 * line, 16 * line)

    def minimumSizeHint(self) -> QSize:
        """Small enough for a 1024×600 screen, large enough to read."""
        line = self.fontMetrics().height()
        return QSize(20 * line, 10 * line)

    def set_steps(
        self, steps: Sequence[WellbeingStep], ticks: Sequence[Tick], legend: tuple[str, str]
    ) -> None:
        """Draw these stretches, dates under `ticks`, and name the lines `legend`."""
        self._steps = list(steps)
        self._ticks = list(ticks)
        self._legend = legend
        self.update()

    def clear(self) -> None:
        """Draw nothing (the journal was locked)."""
        self.set_steps([], [], ("", ""))

    @property
    def steps(self) -> list[WellbeingStep]:
        """What is drawn."""
        return list(self._steps)

    # ----------------------------------------------------------------- drawing
    def _colours(self) -> tuple[QColor, QColor]:
        """(heaviness, energy): the palette's accent and its quiet text colour."""
        palette = self.palette()
        return (
            palette.color(QPalette.ColorRole.Link),
            palette.color(QPalette.ColorRole.PlaceholderText),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Legend, scale, dates, then the two lines."""
        if not self._steps:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        heavy, energy = self._colours()
        legend_bottom = self._draw_legend(painter, metrics, heavy, energy)
        left = metrics.horizontalAdvance("10") + line
        plot = QRectF(
            left,
            legend_bottom + line,
            max(1.0, self.width() - left - line),
            max(1.0, self.height() - legend_bottom - 3.2 * line),
        )
        self._draw_scale(painter, metrics, plot)
        self._draw_dates(painter, metrics, plot)
        self._draw_line(painter, plot, [s.heaviness for s in self._steps], heavy, dashed=False)
        self._draw_line(painter, plot, [s.energy for s in self._steps], energy, dashed=True)
        painter.end()

    def _draw_legend(
        self, painter: QPainter, metrics: QFontMetrics, heavy: QColor, energy: QColor
    ) -> float:
        """The two names in a row (or two rows when narrow); returns where they end."""
        line = metrics.height()
        x, y = 0.0, 0.0
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for text, colour, dashed in (
            (self._legend[0], heavy, False),
            (self._legend[1], energy, True),
        ):
            width = 3 * line + metrics.horizontalAdvance(text)
            if x and x + width > self.width():
                x, y = 0.0, y + 1.4 * line
            middle = y + line / 2
            painter.setPen(self._pen(colour, dashed))
            painter.drawLine(QPointF(x, middle), QPointF(x + 2 * line, middle))
            self._dot(painter, QPointF(x + line, middle), colour, square=dashed)
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 2.5 * line, y + metrics.ascent()), text)
            x += width + 1.5 * line
        return y + line

    def _draw_scale(self, painter: QPainter, metrics: QFontMetrics, plot: QRectF) -> None:
        """Grid lines at every second point of the scale, numbered at 0, 5 and 10 when the
        chart is short, at each of them when there is room."""
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        room = plot.height() / (SCALE_TOP / 2)
        numbered = range(0, SCALE_TOP + 1, 2 if room > 1.6 * metrics.height() else 5)
        for value in range(0, SCALE_TOP + 1):
            if value not in numbered and value % 2:
                continue
            y = self._y(plot, value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if value in numbered:
                painter.setPen(text)
                label = str(value)
                x = plot.left() - metrics.horizontalAdvance(label) - metrics.height() / 2
                painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), label)

    def _draw_dates(self, painter: QPainter, metrics: QFontMetrics, plot: QRectF) -> None:
        """The dates under their places, never overlapping and never past the edges."""
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        ticks = self._ticks
        gap = metrics.height()
        widest = max((metrics.horizontalAdvance(t.label) for t in ticks), default=0)
        fits = max(1, int(plot.width() // (widest + gap)))
        if len(ticks) > fits:  # thin them out, keeping the newest
            keep = math.ceil(len(ticks) / fits)
            ticks = ticks[::-1][::keep][::-1]
        baseline = plot.bottom() + 0.6 * gap + metrics.ascent()
        for tick in ticks:
            x = self._x(plot, tick.index)
            width = metrics.horizontalAdvance(tick.label)
            left = min(max(x - width / 2, 0.0), self.width() - width)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 0.3 * gap))
            painter.drawText(QPointF(left, baseline), tick.label)

    def _draw_line(
        self,
        painter: QPainter,
        plot: QRectF,
        values: Sequence[float | None],
        colour: QColor,
        dashed: bool,
    ) -> None:
        """A line through the stretches that have a value (across empty ones), and a dot
        on each, so a single answer shows too."""
        points = [
            QPointF(self._x(plot, i), self._y(plot, v))
            for i, v in enumerate(values)
            if v is not None
        ]
        painter.setPen(self._pen(colour, dashed))
        for start, end in itertools.pairwise(points):
            painter.drawLine(start, end)
        for point in points:
            self._dot(painter, point, colour, square=dashed)

    def _pen(self, colour: QColor, dashed: bool) -> QPen:
        pen = QPen(colour, max(2.0, self.fontMetrics().height() / 8))
        pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def _dot(self, painter: QPainter, at: QPointF, colour: QColor, square: bool) -> None:
        radius = max(3.5, self.fontMetrics().height() / 4.5)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        box = QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)
        if square:
            painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.drawEllipse(box)
        painter.restore()

    def _x(self, plot: QRectF, index: int) -> float:
        slot = plot.width() / max(1, len(self._steps))
        return plot.left() + (index + 0.5) * slot

    def _y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * value / SCALE_TOP
