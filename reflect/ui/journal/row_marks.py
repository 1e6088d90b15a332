"""The small painted pieces of a list row: a rounded pill (the family code, the badge of new
comments) and a search snippet with its matching words in bold."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from reflect.domain.search import MARK_END, MARK_START
from reflect.ui.design.scales import Spacing


def pill_width(text: str, font: QFont, space: Spacing) -> int:
    """How wide a pill holding `text` in `font` is drawn."""
    return QFontMetrics(font).horizontalAdvance(text) + space.s * 2


def draw_pill(
    painter: QPainter,
    text: str,
    font: QFont,
    *,
    colours: tuple[QColor, QColor],
    line: QRect,
    left: int,
    space: Spacing,
) -> int:
    """Draw `text` on a rounded ground from `left`, centred on `line`; `colours` are the
    ground and the ink. Returns the pill's width."""
    ground, ink = colours
    metrics = QFontMetrics(font)
    width = pill_width(text, font, space)
    height = min(line.height(), metrics.height() + 2)
    box = QRectF(left, line.top() + (line.height() - height) / 2, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ground)
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(ink)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return width


def draw_marked(painter: QPainter, rect: QRect, snippet: str, font: QFont, bold: QFont) -> None:
    """Draw a snippet on one line, its matched words in bold, cut off at the right edge."""
    x = rect.left()
    parts: list[tuple[str, bool]] = []
    for chunk in snippet.split(MARK_START):
        if MARK_END in chunk:
            hit, rest = chunk.split(MARK_END, 1)
            parts.append((hit, True))
            parts.append((rest, False))
        else:
            parts.append((chunk, False))
    middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
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
        painter.drawText(QRect(x, rect.top(), room, rect.height()), middle, shown)
        x += metrics.horizontalAdvance(shown)
        if shown != text:
            break
