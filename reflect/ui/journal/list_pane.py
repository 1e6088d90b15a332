"""The left pane of the journal: the page's two ways to start writing, the search field,
the filters folded under one button, and the list of reflections (or, when it has none, an
invitation or a way back to all of them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.library import Library
from reflect.domain.search import ReflectionFilter
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import Spacing, TextRole
from reflect.ui.journal.empty_state import EmptyState
from reflect.ui.journal.family_filter import FamilyFilter
from reflect.ui.journal.list_filters import ListFilters
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
        space = Spacing.of(self.font())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space.s, space.s, space.s, 0)
        layout.setSpacing(space.s)
        self.new_button = look(QPushButton(self.tr("New reflection")), Look.PRIMARY)
        set_icon(self.new_button, "plus")
        self.new_button.setAccessibleName(self.tr("New reflection"))
        self.new_button.setToolTip(
            self.tr("Write about a visit ({keys})").format(keys=key_names("Ctrl+N"))
        )
        self.new_button.clicked.connect(self.new_requested)
        self.check_in_button = QPushButton(self.tr("Quick check-in"))
        set_icon(self.check_in_button, "heart")
        self.check_in_button.setAccessibleName(self.tr("Quick check-in"))
        self.check_in_button.setToolTip(
            self.tr("A minute with yourself: energy, heaviness, one word ({keys})").format(
                keys=key_names("Ctrl+Shift+N")
            )
        )
        self.check_in_button.clicked.connect(self.check_in_requested)
        starts = QHBoxLayout()
        starts.addWidget(self.new_button, 3)
        starts.addWidget(self.check_in_button, 2)
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
        self.filters_button = QPushButton(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setAccessibleName(self.tr("Filters"))
        self.filters_button.setToolTip(self.tr("Show or hide the filters"))
        self.filters_button.toggled.connect(self._show_filters)
        finding = QHBoxLayout()
        finding.addWidget(self.search, 1)
        finding.addWidget(self.filters_button)
        layout.addLayout(finding)
        self.filters = ListFilters(library, self)
        self.filters.changed.connect(self.refresh)
        self.filters.hide()
        layout.addWidget(self.filters)
        self._show_filters(False)
        self.found = text_role(QLabel(), TextRole.CAPTION)
        self.found.hide()
        layout.addWidget(self.found)
        self.model = ReflectionListModel(self)
        self.view = QListView()
        look(self.view, Look.JOURNAL_LIST)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ReflectionDelegate(self.view))
        # Rows under a date header are taller, so sizes differ; the list is fetched a page at
        # a time, so laying it out stays cheap however long the journal is.
        self.view.setUniformItemSizes(False)
        self.view.setMouseTracking(True)
        self.view.setAccessibleName(self.tr("Reflections"))
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.empty = EmptyState(self)
        self.empty.new_requested.connect(self.new_requested)
        self.empty.show_all_requested.connect(self.show_all)
        self.nothing = self.empty.sentence
        self.places = QStackedWidget()
        self.places.addWidget(self.view)
        self.places.addWidget(self.empty)
        layout.addWidget(self.places, 1)
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

    # The filters by their old names (the page, its tests and its scripts use these).
    @property
    def library(self) -> Library:
        """The cards and themes the filters offer."""
        return self.filters.library

    @library.setter
    def library(self, library: Library) -> None:
        self.filters.library = library

    @property
    def family(self) -> QComboBox:
        """The family code filter."""
        return self.filters.family

    @property
    def families(self) -> FamilyFilter:
        """The family filter's open and closed codes."""
        return self.filters.families

    @property
    def theme(self) -> QComboBox:
        """The theme or card filter."""
        return self.filters.theme

    @property
    def status(self) -> QComboBox:
        """The draft or complete filter."""
        return self.filters.status

    @property
    def shared(self) -> QComboBox:
        """The sharing filter."""
        return self.filters.shared

    @property
    def dates(self) -> QComboBox:
        """The time filter."""
        return self.filters.dates

    @property
    def clear_filters(self) -> QPushButton:
        """ "Clear filters", shown while a filter narrows the list."""
        return self.filters.clear_button

    def _show_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)
        set_icon(self.filters_button, "caret-down" if shown else "caret-right")

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

    def set_family_codes(self, codes: list[str], closed: list[str] | None = None) -> None:
        """Offer these codes in the family filter, keeping the current choice; closed codes
        only when asked for (see `FamilyFilter`)."""
        self.families.set_codes(codes, closed or [])

    def current_filter(self) -> ReflectionFilter:
        """The filter the combos describe."""
        return self.filters.current()

    def _typed(self) -> None:
        self._quiet.stop()
        self._timer.start()

    def refresh(self) -> None:
        """Ask for the list again with the current search text and filters."""
        self._timer.stop()
        narrowing = self.filters.count()
        self.clear_filters.setVisible(bool(narrowing))
        words = self.tr("Filters ({count})").format(count=narrowing) if narrowing else ""
        self.filters_button.setText(words or self.tr("Filters"))
        self.filters_button.setAccessibleName(words or self.tr("Filters"))
        # The page answers by filling the model, then calls show_count().
        self.query_changed.emit(self.search.text().strip(), self.current_filter())

    def show_count(self) -> None:
        """How many reflections a search found; when none, say so (after a pause while
        typing) and offer them all again; an empty journal invites its first reflection."""
        self._quiet.stop()
        searching = bool(self.search.text().strip())
        narrowed = searching or bool(self.filters.count())
        found = self.model.rowCount()
        if found:
            matching = english_plural(self.tr("%n matching reflection(s).", "", found), found)
            self.found.setText(matching if searching else "")
            self.found.setVisible(searching)
            self.places.setCurrentWidget(self.view)
            if narrowed:
                announce(self.view, matching)  # heard while typing on, or in a filter
            return
        self.found.hide()
        if narrowed:
            self.empty.nothing_found()
            self.places.setCurrentWidget(self.view)  # until the pause: it may match soon
            self._quiet.start()
        else:
            self.empty.invite()
            self.places.setCurrentWidget(self.empty)

    def _say_nothing(self) -> None:
        """Show, and say, that nothing matches (after the pause)."""
        self.places.setCurrentWidget(self.empty)
        announce(self.view, self.nothing.text())

    def show_all(self) -> None:
        """Clear the search and the filters: every reflection again."""
        refocus = self.empty.action.hasFocus()
        with QSignalBlocker(self.search):
            self.search.clear()
        self.filters.clear()  # refreshes
        if refocus:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

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
