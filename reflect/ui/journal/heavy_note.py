"""A gentle line under "how heavy" once the answer is 7 or more: not an alarm, never shared.

It is part of the form only (nothing of it is saved), and offers the self-care card and
the reminder that the supervisor is there to talk with now, not only at the next session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reflect.domain.library import Library
from reflect.ui.cards.card_parts import Chip, FlowLayout
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look
from reflect.ui.design.scales import Spacing

HEAVY = 7
"""From here on the 0-10 scale, the line shows (a product choice, not a clinical cut-off)."""

CARDS = ("self-care-and-belly-breathing", "secondary-traumatic-stress-and-burnout")


class HeavyNote(QFrame):
    """Hidden until `follow(value)` is given a heavy value. Emits `card_requested(card_id)`."""

    card_requested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        look(self, Look.CARD)  # a soft panel: care, not an alarm
        space = Spacing.of(self.font())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space.m, space.s, space.m, space.s)
        layout.setSpacing(space.s)
        line = QHBoxLayout()
        line.setSpacing(space.s)
        heart = QLabel(self)
        set_icon(heart, "heart")  # beside the words, never instead of them
        line.addWidget(heart, 0, Qt.AlignmentFlag.AlignTop)
        self.words = QLabel(
            self.tr(
                "That sounds like a heavy one. Be gentle with yourself today, and think about "
                "talking it over with your supervisor now rather than waiting for your next "
                "session. This note stays here; it is never shared."
            ),
            self,
        )
        self.words.setWordWrap(True)
        self.words.setAccessibleDescription(self.tr("A note after a heavy visit"))
        line.addWidget(self.words, 1)
        layout.addLayout(line)
        chips = FlowLayout()
        known = {card.id for card in library.cards}
        self.chips: list[Chip] = []
        """Tab stops after the answer while the note shows (hidden ones are skipped)."""
        for card_id in (c for c in CARDS if c in known):
            card = library.card(card_id)
            chip = look(Chip(card.title, card_id), Look.CHIP)
            set_icon(chip, "book-open")
            chip.setAccessibleName(self.tr("Open the card {title}").format(title=card.title))
            chip.clicked.connect(lambda _=False, c=card_id: self.card_requested.emit(c))
            chips.addWidget(chip)
            self.chips.append(chip)
        layout.addLayout(chips)
        self.hide()

    def follow(self, value: int) -> None:
        """Show the note for a heavy answer (7 or more); hide it otherwise."""
        self.setVisible(value >= HEAVY)
