"""Paints one row of the journal list: date, family code, badges, then the first words.

Rows are painted, not built from widgets, so a list of 100,000 reflections costs no more
to show than a list of ten. Search snippets have their matching words in bold.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reflect.domain.reflection import ReflectionSummary
from reflect.domain.search import MARK_END, MARK_START
from reflect.ui.journal.list_model import SNIPPET_ROLE, SUMMARY_ROLE
from reflect.ui.journal.row_text import badges, heading, nothing_written
from reflect.ui.widgets.local_dates import qdate

PADDING = 10
GAP = 4


class ReflectionDelegate(QStyledItemDelegate):
    """Two lines per row, the same height for every row (`setUniformItemSizes`)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        """Two lines of text and padding, whatever the row holds."""
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + GAP + PADDING * 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the row in the system palette (selection colours included)."""
        summary: ReflectionSummary | None = index.data(SUMMARY_ROLE)
        if summary is None:
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        painter.save()
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        date_text = option.locale.toString(qdate(summary.visit_date), "ddd d MMM yyyy")
        first = heading(summary, date_text)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, first
        )
        marks = badges(summary)
        if marks:
            used = QFontMetrics(bold).horizontalAdvance(first) + 16
            painter.setFont(font)
            painter.setPen(palette.color(quiet_role))
            badge_rect = QRect(rect.left() + used, rect.top(), max(0, rect.width() - used), line)
            text = metrics.elidedText(
                "  ·  ".join(marks), Qt.TextElideMode.ElideRight, badge_rect.width()
            )
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignLeft, text)
        second = QRect(rect.left(), rect.top() + line + GAP, rect.width(), line)
        snippet: str | None = index.data(SNIPPET_ROLE)
        painter.setPen(palette.color(text_role))
        if snippet:
            _draw_marked(painter, second, snippet, font)
        else:
            painter.setFont(font)
            preview = summary.preview or nothing_written()
            painter.drawText(
                second,
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(preview, Qt.TextElideMode.ElideRight, second.width()),
            )
        painter.restore()


def _draw_marked(painter: QPainter, rect: QRect, snippet: str, font: QFont) -> None:
    """Draw a snippet on one line, its matched words in bold, cut off at the right edge."""
    bold = QFont(font)
    bold.setBold(True)
    x = rect.left()
    parts: list[tuple[str, bool]] = []
    for chunk in snippet.split(MARK_START):
        if MARK_END in chunk:
            hit, rest = chunk.split(MARK_END, 1)
            parts.append((hit, True))
            parts.append((rest, False))
        else:
            parts.append((chunk, False))
    for text, strong in parts:
        if not text:
            continue
        face = bold if strong else font
        metrics = QFontMetrics(face)
        room = rect.right() - x
        if room <= 0:
            break
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.setFont(face)
        painter.drawText(
            QRect(x, rect.top(), room, rect.height()), Qt.AlignmentFlag.AlignLeft, shown
        )
        x += metrics.horizontalAdvance(shown)
        if shown != text:
            break
