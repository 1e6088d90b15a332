"""Settings, Families: every family code, open or closed; closing one when the family leaves
the programme, opening it again, and forgetting a family when the agency's rules say its
notes must go.

Like the rest of Settings it holds no journal: it shows what it is given and emits signals
asking for things (`family_flows` performs them).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from reflect.domain.family_code import FamilyCode
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.settings.family_words import family_row
from reflect.ui.settings.section_parts import button_row, section_column
from reflect.ui.widgets.page_column import button

CODE_ROLE = Qt.ItemDataRole.UserRole
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 1


class FamilySettings(QWidget):
    """Emits `active_change_requested(code, active)` and `forget_requested(code)`."""

    active_change_requested = Signal(str, bool)
    forget_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        layout = section_column(
            self,
            self.tr("Families"),
            self.tr(
                "When a family leaves your program, close its code: it leaves the lists you "
                "choose from, and its reflections stay. When your agency's rules say a "
                "family's notes must go, forget the family: everything under its code is "
                "deleted, and Reflect tells you which backups still hold it."
            ),
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Family codes"))
        self.list.setMaximumHeight(em * 10)
        self.list.currentItemChanged.connect(lambda *_: self._chosen())
        layout.addWidget(self.list)
        self.close_button = button(
            self.tr("&Close this family"), self.tr("Close this family"), self._close_or_open
        )
        self.forget_button = button(
            self.tr("&Forget this family…"), self.tr("Forget this family"), self._forget
        )
        layout.addLayout(button_row(self.close_button, self.forget_button))
        self.outcome = QuietLabel()
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self._chosen()

    def set_families(self, families: Sequence[FamilyCode]) -> None:
        """Show these codes (open and closed), keeping the one chosen if it is still there."""
        chosen = self.current_code()
        self.list.clear()
        for family in families:
            item = QListWidgetItem(family_row(family))
            item.setData(CODE_ROLE, family.code)
            item.setData(ACTIVE_ROLE, family.active)
            self.list.addItem(item)
            if family.code == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._chosen()

    def current_code(self) -> str:
        """The code chosen in the list ("" for none)."""
        item = self.list.currentItem()
        return str(item.data(CODE_ROLE)) if item is not None else ""

    def say(self, text: str) -> None:
        """A quiet line under the buttons."""
        self.outcome.setText(text)

    def clear(self) -> None:
        """Forget what is shown (on lock)."""
        self.list.clear()
        self.outcome.clear()
        self._chosen()

    def _active(self) -> bool:
        item = self.list.currentItem()
        return item is not None and bool(item.data(ACTIVE_ROLE))

    def _chosen(self) -> None:
        chosen = bool(self.current_code())
        self.close_button.setEnabled(chosen)
        self.forget_button.setEnabled(chosen)
        if chosen and not self._active():
            self.close_button.setText(self.tr("Re&open this family"))
            self.close_button.setAccessibleName(self.tr("Reopen this family"))
        else:
            self.close_button.setText(self.tr("&Close this family"))
            self.close_button.setAccessibleName(self.tr("Close this family"))

    def _close_or_open(self) -> None:
        if code := self.current_code():
            self.active_change_requested.emit(code, not self._active())

    def _forget(self) -> None:
        if code := self.current_code():
            self.forget_requested.emit(code)
