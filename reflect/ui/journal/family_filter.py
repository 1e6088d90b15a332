"""The journal list's family filter: every open family code, and the closed ones only when
asked for (a family that left the program stays out of the way; its reflections stay in
the list, and can be filtered once its code is shown)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QComboBox

from reflect.ui.widgets.announce import announce

# Entries that show or hide the closed families instead of filtering by a code.
SHOW_CLOSED = "\x00show-closed"
HIDE_CLOSED = "\x00hide-closed"


class FamilyFilter(QObject):
    """Fills `combo` with "All families", the open codes and, at the end, the closed codes
    (or the entry that shows them)."""

    def __init__(self, combo: QComboBox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.combo = combo
        self._open: list[str] = []
        self._closed: list[str] = []
        self._showing_closed = False
        self._chosen: object = None  # the code filtered by (None: all families)

    def set_codes(self, codes: list[str], closed: list[str]) -> None:
        """Offer these codes, keeping the current choice where it is still offered."""
        self._open, self._closed = list(codes), list(closed)
        self._fill(self.combo.currentData())

    @property
    def known_codes(self) -> frozenset[str]:
        """Every code the filter knows of, open or closed."""
        return frozenset(self._open + self._closed)

    def cleared(self) -> None:
        """The filters were cleared: all families again."""
        self._chosen = None

    def take_choice(self) -> bool:
        """The combo's choice changed: an entry that shows or hides the closed families does
        so (and is said). True when the filter itself changed."""
        chosen = self.combo.currentData()
        if chosen in (SHOW_CLOSED, HIDE_CLOSED):
            self._showing_closed = chosen == SHOW_CLOSED
            before = self._chosen
            self._fill(before)
            said = (
                self.tr("Closed families are listed at the end.")
                if self._showing_closed
                else self.tr("Closed families are hidden.")
            )
            announce(self.combo, said)
            if self.combo.currentData() == before:
                return False
        self._chosen = self.combo.currentData()
        return True

    def _fill(self, keep: object) -> None:
        combo = self.combo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("All families"), None)
            for code in self._open:
                combo.addItem(code, code)
            if self._closed and self._showing_closed:
                for code in self._closed:
                    combo.addItem(self.tr("{code} (closed)").format(code=code), code)
                combo.addItem(self.tr("Hide closed families"), HIDE_CLOSED)
            elif self._closed:
                shown = self.tr("Show closed families ({count})")
                combo.addItem(shown.format(count=len(self._closed)), SHOW_CLOSED)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
        self._chosen = combo.currentData()
