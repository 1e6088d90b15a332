"""The card beside the editor: opened from a question, closed with Esc, never moving the
editor or taking its focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from reflect.domain.library import Library
from reflect.ui.cards.card_view import CardView
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look
from reflect.ui.design.scales import Spacing


class CardPanel(QWidget):
    """A `CardView` with a Close button above it; hidden until a card is asked for.
    Emits `closed` when it is put away."""

    closed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        space = Spacing.of(self.font())
        top.setContentsMargins(0, space.xs, space.s, 0)
        top.addStretch(1)
        # A quiet way out (a cross and its words), not a button competing with the card.
        close = look(QToolButton(), Look.DISCLOSURE)
        close.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        set_icon(close, "x")
        close.setText(self.tr("Close card"))
        close.setAccessibleName(self.tr("Close the card panel"))
        close.setShortcut("Esc")
        close.clicked.connect(self.hide)
        top.addWidget(close)
        box.addLayout(top)
        self.card_view = CardView(library)
        box.addWidget(self.card_view, 1)
        self.setMinimumWidth(320)
        self.hide()

    def show_card(self, card_id: str) -> None:
        """Open a card; the widget that had the focus keeps it."""
        focus = QApplication.focusWidget()
        self.card_view.show_card(card_id)
        self.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        """Say the card is put away (the list it may have covered comes back)."""
        super().hideEvent(event)
        self.closed.emit()
