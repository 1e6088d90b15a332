"""A heading drawn at a step of the design's type scale, heard as a heading."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget

from reflect.ui.design.looks import text_role
from reflect.ui.design.scales import TextRole
from reflect.ui.widgets.roles import speak_as


class RoleHeading(QLabel):
    """Word-wrapped plain text at `role`'s size and weight (the theme's stylesheet draws
    it), with the accessible role of a heading so screen readers can move between them."""

    def __init__(
        self, text: str = "", role: TextRole = TextRole.SECTION, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        speak_as(self, QAccessible.Role.Heading)
        text_role(self, role)
