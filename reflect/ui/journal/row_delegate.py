"""Paints one row of the journal list as a quiet card: the date, the family code as a chip,
the state marks, the comment badge, then the first words; and the date header over the
first row of each week or month.

Rows are painted, not built from widgets, so a list of 100,000 reflections costs no more
to show than a list of ten. Search snippets have their matching words in bold. Colours come
from the application's palette (the theme's, or the system's under high contrast).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reflect.domain.reflection import ReflectionSummary
from reflect.ui.design.scales import Spacing, TextRole, font_for
from reflect.ui.journal.list_model import GROUP_ROLE, SNIPPET_ROLE, SUMMARY_ROLE
from reflect.ui.journal.row_groups import row_day_text
from reflect.ui.journal.row_marks import draw_marked, draw_pill, pill_width
from reflect.ui.journal.row_text import comment_badge, marks, no_code, nothing_written
from reflect.ui.widgets.readable_palette import blend

Role = QPalette.ColorRole


class RowMetrics:
    """Fonts and distances of a row, worked out once per font (sizeHint runs per row)."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setWeight(QFont.Weight.DemiBold)
        self.small = font_for(font, TextRole.CAPTION)
        self.small_bold = QFont(self.small)
        self.small_bold.setWeight(QFont.Weight.DemiBold)
        self.header = font_for(font, TextRole.HELP)
        self.header.setWeight(QFont.Weight.DemiBold)
        self.space = Spacing.of(font)
        self.line = QFontMetrics(font).height()
        self.header_line = QFontMetrics(self.header).height()
        s = self.space
        self.pad_x, self.pad_y = s.m, s.s
        self.card = self.pad_y * 2 + self.line * 2 + s.xs
        self.row = self.card + s.xs  # the gap under a card, before the next
        self.header_height = s.m + self.header_line + s.xs


class ReflectionDelegate(QStyledItemDelegate):
    """Two lines per card, and a header above the first card of each week or month."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._metrics: dict[str, RowMetrics] = {}

    def metrics(self, font: QFont) -> RowMetrics:
        """The row's measures in `font` (kept: the font rarely changes)."""
        key = font.key()
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = RowMetrics(font)
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        """A card's height, and a header's above the first row of a group."""
        m = self.metrics(option.font)
        extra = m.header_height if index.data(GROUP_ROLE) else 0
        return QSize(m.line * 10, m.row + extra)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the header (if any) and the card."""
        summary: ReflectionSummary | None = index.data(SUMMARY_ROLE)
        if summary is None:
            return
        m = self.metrics(option.font)
        palette = QGuiApplication.palette()
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        group: str | None = index.data(GROUP_ROLE)
        if group:
            top = rect.top() + m.space.m
            painter.setFont(m.header)
            painter.setPen(palette.color(Role.PlaceholderText))
            box = QRect(rect.left() + m.space.xs, top, rect.width(), m.header_line)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, group)
            rect = rect.adjusted(0, m.header_height, 0, 0)
        card = QRect(rect.left() + 1, rect.top(), rect.width() - 2, m.card)
        self._card(painter, option, card, palette, m)
        inner = card.adjusted(m.pad_x, m.pad_y, -m.pad_x, -m.pad_y)
        self._first_line(
            painter, summary, QRect(inner.topLeft(), QSize(inner.width(), m.line)), palette, m
        )
        second = QRect(inner.left(), inner.top() + m.line + m.space.xs, inner.width(), m.line)
        painter.setPen(palette.color(Role.Text))
        snippet: str | None = index.data(SNIPPET_ROLE)
        if snippet:
            draw_marked(painter, second, snippet, m.font, m.bold)
        else:
            painter.setFont(m.font)
            if not summary.preview:
                painter.setPen(palette.color(Role.PlaceholderText))
            text = summary.preview or nothing_written()
            shown = QFontMetrics(m.font).elidedText(
                text, Qt.TextElideMode.ElideRight, second.width()
            )
            painter.drawText(
                second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
            )
        painter.restore()

    def _card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        card: QRect,
        palette: QPalette,
        m: RowMetrics,
    ) -> None:
        """The card's ground and edge: the accent's edge when chosen and the keyboard is in
        the list, a quieter firm edge when chosen while the keyboard is elsewhere (so where
        the keyboard is can be seen), firmer under the pointer."""
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        view = option.widget
        keyboard_here = view is not None and view.hasFocus()
        ground = palette.color(Role.Base)
        edge, width = palette.color(Role.Mid), 1.0
        if selected and keyboard_here:
            ground = blend(ground, palette.color(Role.Highlight), 0.16)
            edge, width = palette.color(Role.Highlight), 2.0
        elif selected:
            ground = blend(ground, palette.color(Role.Highlight), 0.08)
            edge = palette.color(Role.Dark)
        elif hovered:
            ground, edge = palette.color(Role.AlternateBase), palette.color(Role.Dark)
        radius = m.space.radius + 2
        shape = QRectF(card).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.setPen(QPen(edge, width))
        painter.setBrush(ground)
        painter.drawRoundedRect(shape, radius, radius)

    def _first_line(
        self,
        painter: QPainter,
        summary: ReflectionSummary,
        line: QRect,
        palette: QPalette,
        m: RowMetrics,
    ) -> None:
        """Date, family code chip and state marks from the left; the comment badge on the right."""
        middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = line.right()
        badge = comment_badge(summary)
        if badge is not None:
            words, unread = badge
            if unread:
                width = pill_width(words, m.small_bold, m.space)
                colours = (palette.color(Role.Highlight), palette.color(Role.HighlightedText))
                draw_pill(
                    painter,
                    words,
                    m.small_bold,
                    colours=colours,
                    line=line,
                    left=right - width,
                    space=m.space,
                )
            else:
                painter.setFont(m.small)
                painter.setPen(palette.color(Role.PlaceholderText))
                width = QFontMetrics(m.small).horizontalAdvance(words)
                painter.drawText(
                    QRect(right - width, line.top(), width, line.height()), middle, words
                )
            right -= width + m.space.s
        date = row_day_text(summary.visit_date, dt.date.today())
        painter.setFont(m.bold)
        painter.setPen(palette.color(Role.Text))
        x = line.left()
        date_width = QFontMetrics(m.bold).horizontalAdvance(date)
        painter.drawText(QRect(x, line.top(), date_width, line.height()), middle, date)
        x += date_width + m.space.s
        # The chip's ground: a whisper of the accent on the card.
        chip = blend(palette.color(Role.Base), palette.color(Role.Highlight), 0.16)
        code = summary.family_code or no_code()
        colours = (chip, palette.color(Role.Text))
        x += draw_pill(painter, code, m.small, colours=colours, line=line, left=x, space=m.space)
        x += m.space.s
        said = "  ·  ".join(marks(summary))
        if said and right > x:
            painter.setFont(m.small)
            painter.setPen(palette.color(Role.PlaceholderText))
            shown = QFontMetrics(m.small).elidedText(said, Qt.TextElideMode.ElideRight, right - x)
            painter.drawText(QRect(x, line.top(), right - x, line.height()), middle, shown)
