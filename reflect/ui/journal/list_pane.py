"""The left pane of the journal: search field, filters, and the list of reflections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.library import Library
from reflect.domain.reflection import ShareState, Status
from reflect.domain.search import ReflectionFilter
from reflect.ui.journal.family_filter import FamilyFilter
from reflect.ui.journal.list_model import PROMPT_ROLE, UUID_ROLE, ReflectionListModel
from reflect.ui.journal.row_delegate import ReflectionDelegate
from reflect.ui.widgets.announce import announce
from reflect.ui.widgets.key_names import key_names
from reflect.ui.widgets.plurals import english_plural

SEARCH_DELAY_MS = 200
NOTHING_DELAY_MS = 700


class ListPane(QWidget):
    """Emits `query_changed` (text, filter), `open_requested(uuid, prompt_id or "")`,
    `new_requested` and `check_in_requested`."""

    search_asked = Signal()
    query_changed = Signal(str, object)
    open_requested = Signal(str, str)
    new_requested = Signal()
    check_in_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.new_button = QPushButton(self.tr("New reflection"))
        self.new_button.setAccessibleName(self.tr("New reflection"))
        self.new_button.setToolTip(
            self.tr("Write about a visit ({keys})").format(keys=key_names("Ctrl+N"))
        )
        self.new_button.clicked.connect(self.new_requested)
        self.check_in_button = QPushButton(self.tr("Quick check-in"))
        self.check_in_button.setAccessibleName(self.tr("Quick check-in"))
        self.check_in_button.setToolTip(
            self.tr("A minute with yourself: energy, heaviness, one word ({keys})").format(
                keys=key_names("Ctrl+Shift+N")
            )
        )
        self.check_in_button.clicked.connect(self.check_in_requested)
        starts = QHBoxLayout()
        starts.addWidget(self.new_button, 1)
        starts.addWidget(self.check_in_button, 1)
        layout.addLayout(starts)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search your reflections ({keys})").format(keys=key_names("Ctrl+F"))
        )
        self.search.setAccessibleName(self.tr("Search reflections"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._typed)
        # Down goes into the results, Esc clears the search; Enter on a result opens it.
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        filters = QGridLayout()
        filters.setSpacing(6)
        self.family = self._combo(
            self.tr("Filter by family code"),
            [(self.tr("All families"), None)],
            self._family_changed,
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
        for i, combo in enumerate((self.family, self.theme, self.status, self.shared, self.dates)):
            filters.addWidget(combo, i // 2, i % 2)
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.setAccessibleName(self.tr("Clear filters"))
        self.clear_filters.clicked.connect(self._clear_filters)
        self.clear_filters.hide()
        filters.addWidget(self.clear_filters, 2, 1)
        layout.addLayout(filters)
        self.nothing = QLabel()
        self.nothing.setWordWrap(True)
        self.nothing.hide()
        layout.addWidget(self.nothing)
        self.model = ReflectionListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ReflectionDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName(self.tr("Reflections"))
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        # "No reflections match" waits for a pause: half a word often matches nothing yet.
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(NOTHING_DELAY_MS)
        self._quiet.timeout.connect(self._say_nothing)
        self.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search field into the results; Esc there clears the search (and
        from the results, goes back to it)."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0))
            return True
        if watched is self.search and key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            self.refresh()
            return True
        if watched is self.view and key == Qt.Key.Key_Escape:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()
            return True
        return False

    def _combo(
        self,
        name: str,
        items: list[tuple[str, object]],
        changed: Callable[[], None] | None = None,
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
        combo.currentIndexChanged.connect(changed or self.refresh)
        return combo

    def _theme_items(self) -> list[tuple[str, object]]:
        items: list[tuple[str, object]] = [(self.tr("All themes and cards"), None)]
        for theme in self.library.themes:
            items.append((self.tr("Theme: {title}").format(title=theme.title), f"theme:{theme.id}"))
        for card in sorted(self.library.cards, key=lambda c: c.title.casefold()):
            items.append((self.tr("Card: {title}").format(title=card.title), f"card:{card.id}"))
        return items

    def set_family_codes(self, codes: list[str], closed: list[str] | None = None) -> None:
        """Offer these codes in the family filter, keeping the current choice; closed codes
        only when asked for (see `FamilyFilter`)."""
        self.families.set_codes(codes, closed or [])

    def _family_changed(self) -> None:
        if self.families.take_choice():
            self.refresh()

    def current_filter(self) -> ReflectionFilter:
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

    def _typed(self) -> None:
        self._quiet.stop()
        self._timer.start()

    def refresh(self) -> None:
        """Ask for the list again with the current search text and filters."""
        self._timer.stop()
        filtered = any(
            combo.currentIndex() > 0
            for combo in (self.family, self.theme, self.status, self.shared, self.dates)
        )
        self.clear_filters.setVisible(filtered)
        # The page answers by filling the model, then calls show_count().
        self.query_changed.emit(self.search.text().strip(), self.current_filter())

    def show_count(self) -> None:
        """How many reflections a search found; when none, say so (after a pause while
        typing) and why."""
        self._quiet.stop()
        searching = bool(self.search.text().strip())
        found = self.model.rowCount()
        if found:
            matching = english_plural(self.tr("%n matching reflection(s).", "", found), found)
            self.nothing.setText(matching if searching else "")
            self.nothing.setVisible(searching)
            if searching or self.clear_filters.isVisible():
                announce(self.view, matching)  # heard while typing on, or in a filter
            return
        self.nothing.hide()
        if searching or self.clear_filters.isVisible():
            self.nothing.setText(
                self.tr("No reflections match. Try other words, or clear the filters.")
            )
            self._quiet.start()
        else:
            self.nothing.setText(
                self.tr("No reflections yet. Choose New reflection to write about a visit.")
            )
            self.nothing.show()

    def _say_nothing(self) -> None:
        """Show, and say, that nothing matches (after the pause)."""
        self.nothing.show()
        announce(self.view, self.nothing.text())

    def _clear_filters(self) -> None:
        for combo in (self.family, self.theme, self.status, self.shared, self.dates):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.families.cleared()
        self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(index.data(UUID_ROLE), index.data(PROMPT_ROLE) or "")

    def select(self, uuid: str) -> None:
        """Highlight the row of this reflection, if it is loaded."""
        row = self.model.row_of(uuid)
        if row is not None:
            index = self.model.index(row)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field, its text selected."""
        self.search_asked.emit()  # on a narrow page, the list comes back first
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
