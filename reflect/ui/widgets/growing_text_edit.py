"""A plain-text box that grows with what is typed, so the page scrolls, not the box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QScrollArea, QSizePolicy, QWidget

MIN_LINES = 3


class GrowingTextEdit(QPlainTextEdit):
    """Starts three lines tall and grows line by line; Tab moves on instead of typing a tab."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _lines(self) -> int:
        return max(MIN_LINES, int(self.document().documentLayout().documentSize().height()) + 1)

    def _fit(self, *_: object) -> None:
        line = QFontMetrics(self.font()).lineSpacing()
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(self._lines() * line + frame + 4)

    def sizeHint(self) -> QSize:
        """As tall as the text (at least three lines)."""
        return QSize(super().sizeHint().width(), self.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keep keystrokes inside; the page scrolls to follow the cursor."""
        super().keyPressEvent(event)
        self.ensureCursorVisible()


def keep_in_view(area: QScrollArea, editor: QWidget) -> None:
    """Keep the line being typed in `editor` (a box in `area`'s page) in sight: the box
    grows, so the page, not the box, has to follow the cursor."""
    if not isinstance(editor, QPlainTextEdit):
        return  # numbers and choices are one line: Tab already scrolls them into view

    def follow() -> None:
        page = area.widget()
        if page is None or not editor.hasFocus():
            return
        cursor = editor.cursorRect()
        where = editor.viewport().mapTo(page, cursor.center())
        area.ensureVisible(where.x(), where.y(), 0, cursor.height() + 24)

    editor.cursorPositionChanged.connect(follow)
