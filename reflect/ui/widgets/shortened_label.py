"""A one-line label that is never wider than the room it is given: it shortens what it
shows with "…", while screen readers and its tooltip still have the whole text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ShortenedLabel(QLabel):
    """Takes the room its row has, from `least` pixels up, whatever its text's length: so
    a changing text (Saving…, Saved 10:42) never moves what is around it."""

    def __init__(self, least: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(least)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        """Show `text`, shortened if it does not fit; the tooltip holds it whole."""
        super().setText(text)
        self._tip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The tooltip says the whole text only when some of it is cut."""
        super().resizeEvent(event)
        self._tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the text shortened to the width there is."""
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, room.width()
        )
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(room, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)

    def _tip(self) -> None:
        cut = self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()
        self.setToolTip(self.text() if cut else "")
