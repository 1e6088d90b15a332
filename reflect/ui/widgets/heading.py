"""A heading: a title screen readers hear as one (and can move between), sized to the text
around it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QLabel, QWidget

from reflect.ui.widgets.roles import speak_as


class HeadingLabel(QLabel):
    """A heading: word-wrapped plain text, demi-bold (or `weight`), `scale` times the text
    around it, with the accessible role of a heading.

    Worked out again whenever the surrounding text size changes.
    """

    def __init__(
        self,
        text: str = "",
        scale: float = 1.0,
        parent: QWidget | None = None,
        *,
        weight: QFont.Weight = QFont.Weight.DemiBold,
    ) -> None:
        super().__init__(text, parent)
        self._scale = scale
        self._weight = weight
        self._styling = False
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        speak_as(self, QAccessible.Role.Heading)
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a new text size around the heading."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ParentChange):
            self._restyle()

    def _restyle(self) -> None:
        parent = self.parentWidget()
        if self._styling or parent is None:
            return
        font = QFont(parent.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self._scale)
        else:
            font.setPixelSize(round(font.pixelSize() * self._scale))
        font.setWeight(self._weight)
        self._styling = True  # setFont sends FontChange straight back to us
        self.setFont(font)
        self._styling = False
