"""An empty state: in place of an empty list, what would be there and what to do first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import Spacing, TextRole


class EmptyState(QFrame):
    """An icon beside a short title and the sentence that says what to do next."""

    def __init__(
        self, icon_name: str, title: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        look(self, Look.EMPTY)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        s = Spacing.of(self.font())
        row = QHBoxLayout(self)
        row.setContentsMargins(s.l, s.m, s.l, s.m)
        row.setSpacing(s.m)
        self.mark = QLabel()
        set_icon(self.mark, icon_name)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(s.xs)
        self.title = text_role(QLabel(title), TextRole.QUESTION)
        self.title.setWordWrap(True)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        column.addWidget(self.title)
        column.addWidget(self.text)
        row.addLayout(column, 1)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
