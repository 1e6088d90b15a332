"""The journal list's filters: family, theme or card, status, sharing and time, folded
away under one "Filters" button so the top of the list stays calm; each keeps its keyboard
place and its name while shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from reflect.domain.library import Library
from reflect.domain.reflection import ShareState, Status
from reflect.domain.search import ReflectionFilter
from reflect.ui.design.looks import Look, look
from reflect.ui.journal.family_filter import FamilyFilter


class ListFilters(QWidget):
    """Five combo boxes in two columns and "Clear filters". Emits `changed` when the
    filter they describe changes."""

    changed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.family = self._combo(
            self.tr("Filter by family code"), [(self.tr("All families"), None)], self._family
        )
        self.families = FamilyFilter(self.family, self)
        self.theme = self._combo(self.tr("Filter by theme or card"), self._theme_items())
        self.status = self._combo(
            self.tr("Filter by status"),
            [
                (self.tr("Any status"), None),
                (self.tr("Drafts"), Status.DRAFT),
                (self.tr("Complete"), Status.COMPLETE),
            ],
        )
        self.shared = self._combo(
            self.tr("Filter by sharing"),
            [
                (self.tr("Any sharing"), None),
                (self.tr("To bring to supervision"), ShareState.TO_SHARE),
                (self.tr("Shared"), ShareState.SHARED),
                (self.tr("Not shared"), ShareState.PRIVATE),
            ],
        )
        self.dates = self._combo(
            self.tr("Filter by date"),
            [
                (self.tr("Any time"), None),
                (self.tr("Last 7 days"), 7),
                (self.tr("Last 30 days"), 30),
                (self.tr("Last 3 months"), 92),
                (self.tr("Last 12 months"), 366),
            ],
        )
        for i, combo in enumerate(self.combos):
            grid.addWidget(combo, i // 2, i % 2)
        self.clear_button = look(QPushButton(self.tr("Clear filters")), Look.QUIET)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        grid.addWidget(self.clear_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        for column in (0, 1):  # two even columns: the combos line up under each other
            grid.setColumnStretch(column, 1)

    @property
    def combos(self) -> tuple[QComboBox, ...]:
        """The filters in reading order."""
        return (self.family, self.theme, self.status, self.shared, self.dates)

    def _combo(
        self, name: str, items: list[tuple[str, object]], changed: object = None
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        # Qt on Linux names a combo box by its value and says its question from a label
        # that has it as buddy: this one is heard, not seen (the values speak for the eye).
        said = QLabel(name, self)
        said.setBuddy(combo)
        said.hide()
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(changed or self.changed)
        return combo

    def _theme_items(self) -> list[tuple[str, object]]:
        items: list[tuple[str, object]] = [(self.tr("All themes and cards"), None)]
        for theme in self.library.themes:
            items.append((self.tr("Theme: {title}").format(title=theme.title), f"theme:{theme.id}"))
        for card in sorted(self.library.cards, key=lambda c: c.title.casefold()):
            items.append((self.tr("Card: {title}").format(title=card.title), f"card:{card.id}"))
        return items

    def _family(self) -> None:
        if self.families.take_choice():
            self.changed.emit()

    def count(self) -> int:
        """How many filters narrow the list."""
        return sum(combo.currentIndex() > 0 for combo in self.combos)

    def clear(self) -> None:
        """Every filter back to "all", then `changed`."""
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.families.cleared()
        self.changed.emit()

    def current(self) -> ReflectionFilter:
        """The filter the combos describe."""
        theme: str | None = None
        prompts: tuple[str, ...] = ()
        kind, _, ident = str(self.theme.currentData() or "").partition(":")
        if kind == "theme":
            theme = ident
        elif kind == "card":
            prompts = tuple(p.id for p in self.library.prompts_for_card(ident)) or ("-",)
        days = self.dates.currentData()
        return ReflectionFilter(
            family_code=self.family.currentData(),
            theme=theme,
            answered_prompts=prompts,
            status=self.status.currentData(),
            share_state=self.shared.currentData(),
            date_from=dt.date.today() - dt.timedelta(days=days) if days else None,
        )
