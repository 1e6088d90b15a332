"""What the list's place shows when it has no rows: an invitation to write the first
reflection, or, when a search or a filter finds nothing, that it found nothing and a way
back to every reflection."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import Spacing, TextRole


class EmptyState(QWidget):
    """A title, a sentence (`sentence`) and one button (`action`). Emits `new_requested`
    or `show_all_requested`, depending on what it shows."""

    new_requested = Signal()
    show_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        space = Spacing.of(self.font())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space.m, space.xl, space.m, space.m)
        layout.setSpacing(space.s)
        self.title = text_role(QLabel(), TextRole.SECTION)
        self.title.setWordWrap(True)
        self.sentence = text_role(QLabel(), TextRole.BODY)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.action = QPushButton()
        self.action.clicked.connect(self._act)
        layout.addWidget(self.title)
        layout.addWidget(self.sentence)
        layout.addSpacing(space.s)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._first = True

    @property
    def inviting(self) -> bool:
        """True while it invites the first reflection (False: nothing matched)."""
        return self._first

    def invite(self) -> None:
        """The journal has no reflections yet: invite the first."""
        self._first = True
        self.title.setText(self.tr("Your journal is ready"))
        self.sentence.setText(
            self.tr(
                "After a visit, a few quiet minutes of writing can help you see the family, "
                "the baby and yourself more clearly. No reflections yet: choose New "
                "reflection to write about a visit."
            )
        )
        self._button(self.tr("New reflection"), Look.PRIMARY, "plus")

    def nothing_found(self) -> None:
        """A search or a filter found nothing: say so, and offer every reflection again."""
        self._first = False
        self.title.setText(self.tr("Nothing found"))
        self.sentence.setText(
            self.tr("No reflections match. Try other words, or clear the filters.")
        )
        self._button(self.tr("Show all reflections"), Look.QUIET, "x-circle")

    def _button(self, words: str, shape: Look, icon: str) -> None:
        self.action.setText(words)
        self.action.setAccessibleName(words)
        look(self.action, shape)
        set_icon(self.action, icon)

    def _act(self) -> None:
        if self._first:
            self.new_requested.emit()
        else:
            self.show_all_requested.emit()
