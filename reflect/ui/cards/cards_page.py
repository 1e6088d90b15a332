"""The Cards library: every card grouped by theme, a search field, and the card to read.

Under the card, the reflections that used it. The page asks for them with
`reflections_wanted` and the window that owns the journal answers with `set_reflections`,
so this page never touches the journal itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.card import Card
from reflect.domain.library import Library
from reflect.domain.reflection import ReflectionSummary
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.cards.card_view import CardView, ReadingPage
from reflect.ui.cards.role_heading import RoleHeading
from reflect.ui.design.looks import Look, look
from reflect.ui.design.scales import TextRole

REFLECTION_ROWS = 5
"""How many reflections show under a card before the list scrolls."""

CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2

# A Markdown link's address is not words on the card, so search skips it.
_LINK_TARGET = re.compile(r"\]\([^)]*\)")

_UP = QAbstractItemView.CursorAction.MoveUp, QAbstractItemView.CursorAction.MovePageUp


def fold(text: str) -> str:
    """`text` without accents or case, so "Ghöst" and "ghost" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _searchable(card: Card) -> str:
    return fold(" ".join((card.title, card.summary, _LINK_TARGET.sub("]", card.body))))


def _card_id(index: QModelIndex | QPersistentModelIndex) -> str | None:
    value = index.data(CARD_ID_ROLE) if index.isValid() else None
    return value if isinstance(value, str) else None


class RoomyRows(QStyledItemDelegate):
    """Rows half a line taller than the style's own, so lists are easy to read and hit.

    A group heading after the first gets another half line above it, to set its group
    apart from the one before.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The style's size with room above and below the text."""
        hint = super().sizeHint(option, index)
        return QSize(
            hint.width(), hint.height() + option.fontMetrics.height() // 2 + _gap(option, index)
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the row below the gap a heading keeps above it."""
        moved = QStyleOptionViewItem(option)
        moved.rect = option.rect.adjusted(0, _gap(option, index), 0, 0)
        super().paint(painter, moved, index)


def _gap(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
    heading = index.row() > 0 and index.model().rowCount(index) > 0
    return option.fontMetrics.height() // 2 if heading else 0


class CardTree(QTreeView):
    """Theme titles with their cards under them; a card can sit under several themes.

    Theme titles are headings, not choices: the cursor passes over them so that every
    arrow press lands on a card.
    """

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._rows = RoomyRows(self)  # kept here: a view does not own its delegate
        self._cards = library.cards
        self._searchable: dict[str, str] = {}  # folded on the first search, not on building
        self.setModel(self._model)
        self.setItemDelegate(self._rows)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        bold = QFont()  # only the weight: size and family follow the list's own font
        bold.setWeight(QFont.Weight.DemiBold)
        for theme in library.themes:
            heading = QStandardItem(theme.title)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFont(bold)
            for card in library.cards_with_theme(theme.id):
                item = QStandardItem(card.title)
                item.setData(card.id, CARD_ID_ROLE)
                item.setToolTip(card.summary)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                heading.appendRow(item)
            if heading.rowCount():
                self._model.appendRow(heading)
        self.expandAll()

    def filter(self, text: str) -> bool:
        """Show only the cards holding every word of `text`; whether any are left."""
        words = fold(text).split()
        if not self._searchable:
            self._searchable = {card.id: _searchable(card) for card in self._cards}
        any_shown = False
        for row in range(self._model.rowCount()):
            heading = self._model.item(row)
            theme_shown = False
            for child in range(heading.rowCount()):
                haystack = self._searchable[heading.child(child).data(CARD_ID_ROLE)]
                match = all(word in haystack for word in words)
                self.setRowHidden(child, heading.index(), not match)
                theme_shown = theme_shown or match
            self.setRowHidden(row, QModelIndex(), not theme_shown)
            any_shown = any_shown or theme_shown
        return any_shown

    def select_card(self, card_id: str) -> None:
        """Make the card current where it shows: where it is already, or else its first place."""
        current = self.currentIndex()
        if _card_id(current) == card_id and not self._hidden(current):
            return
        for index in self._model.match(
            self._model.index(0, 0), CARD_ID_ROLE, card_id, -1, Qt.MatchFlag.MatchRecursive
        ):
            if not self._hidden(index):
                self.setCurrentIndex(index)
                self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                return
        self.selectionModel().clearSelection()

    def select_first_card(self) -> None:
        """Make the first card shown current, unless a shown card already is."""
        current = self.currentIndex()
        if _card_id(current) is None or self._hidden(current):
            home = QAbstractItemView.CursorAction.MoveHome
            self.setCurrentIndex(self.moveCursor(home, Qt.KeyboardModifier.NoModifier))

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Where the cursor goes, moved on past any theme title it would land on."""
        landed = super().moveCursor(action, modifiers)
        upward = action in _UP
        # First the way the key points; at the very top or bottom, the other way.
        for step_up in (upward, not upward):
            index = landed
            while index.isValid() and _card_id(index) is None:
                index = self.indexAbove(index) if step_up else self.indexBelow(index)
            if index.isValid():
                return index
        return self.currentIndex()

    def _hidden(self, index: QModelIndex) -> bool:
        # A theme is hidden only when all its cards are, so the card's own row tells.
        return self.isRowHidden(index.row(), index.parent())


class CardsPage(QWidget):
    """The Cards library page.

    Signals: `reflections_wanted(card_id)` whenever a card is shown, answered with
    `set_reflections`; `open_reflection_requested(uuid)` when one of those is activated.
    """

    reflections_wanted = Signal(str)
    open_reflection_requested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placed = False
        self._search = QLineEdit()
        self._search.setPlaceholderText(self.tr("Search cards"))
        self._search.setAccessibleName(self.tr("Search cards"))
        self._search.setClearButtonEnabled(True)
        for button in self._search.findChildren(QAbstractButton):
            button.setAccessibleName(self.tr("Clear the search"))
        self._search.textChanged.connect(self._filter)
        self._search.returnPressed.connect(self._focus_first_match)
        self._search.installEventFilter(self)
        self._tree = look(CardTree(library), Look.LIBRARY)
        self._tree.setAccessibleName(self.tr("Cards by theme"))
        self._tree.header().setAccessibleName(self.tr("Cards by theme"))
        self._tree.selectionModel().currentChanged.connect(self._current_changed)
        self._tree.activated.connect(self._activated)
        self._no_match = QuietLabel()
        self._no_match.hide()

        self._view = CardView(library)
        self._view.card_shown.connect(self._card_shown)
        self._reflections_heading = RoleHeading(
            self.tr("Reflections that used this card"), TextRole.QUESTION
        )
        self._reflections = QListWidget()
        self._reflections.setAccessibleName(self.tr("Reflections that used this card"))
        self._reflections.setItemDelegate(self._tree.itemDelegate())
        self._reflections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._reflections.itemActivated.connect(self._reflection_activated)
        self._no_reflections = QuietLabel(self.tr("No reflections use this card yet."))
        for widget in (self._reflections_heading, self._reflections, self._no_reflections):
            widget.hide()  # until there is a card to list them for
        self._lay_out()

    def show_card(self, card_id: str) -> None:
        """Show the card with this id and select it in the list."""
        self._view.show_card(card_id)

    def card_view(self) -> CardView:
        """The reading pane, for the window's menus (Back) and for tests."""
        return self._view

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected to type over (Ctrl+F)."""
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def set_reflections(self, card_id: str, summaries: Sequence[ReflectionSummary]) -> None:
        """Show the reflections that used `card_id`; an answer for another card is ignored."""
        if card_id != self._view.card_id():
            return
        self._reflections.clear()
        for summary in summaries:
            item = QListWidgetItem(self._reflection_text(summary))
            item.setData(UUID_ROLE, summary.uuid)
            self._reflections.addItem(item)
        if rows := min(len(summaries), REFLECTION_ROWS):
            height = self._reflections.sizeHintForRow(0) * rows
            self._reflections.setFixedHeight(height + 2 * self._reflections.frameWidth())
        self._reflections_heading.show()
        self._reflections.setVisible(bool(summaries))
        self._no_reflections.setVisible(not summaries)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: room for the card titles, but never more than a third."""
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            left = min(self.fontMetrics().averageCharWidth() * 56, self.width() // 3)
            self._splitter.setSizes([left, self.width() - left])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc empties the search field; Down moves from it into the list of cards."""
        if (
            watched is self._search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Escape and self._search.text():
                self._search.clear()
                return True
            if event.key() == Qt.Key.Key_Down:
                self._focus_first_match()
                return True
        return super().eventFilter(watched, event)

    def _lay_out(self) -> None:
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(margin, margin, margin // 2, margin)
        left_column.setSpacing(margin)
        left_column.addWidget(self._search)
        left_column.addWidget(self._tree, 1)
        left_column.addWidget(self._no_match)
        left_column.addStretch(0)
        # The reflections sit under the card, on the same page and in line with its text.
        below = ReadingPage()
        gaps = below.column().contentsMargins()
        below.column().setContentsMargins(gaps.left(), margin, gaps.right(), gaps.bottom())
        for widget in (self._reflections_heading, self._reflections, self._no_reflections):
            below.column().addWidget(widget)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        right = QWidget()
        right.setBackgroundRole(QPalette.ColorRole.Base)
        right.setAutoFillBackground(True)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(0)
        right_column.addWidget(self._view, 1)
        right_column.addWidget(rule)
        right_column.addWidget(below)
        splitter = self._splitter = QSplitter()
        splitter.setObjectName("cards")  # its position is remembered
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self._search, self._tree)
        self.setTabOrder(self._tree, self._view)
        self.setTabOrder(self._view, self._reflections)

    def _filter(self, text: str) -> None:
        any_shown = self._tree.filter(text)
        self._tree.setVisible(any_shown)
        self._no_match.setVisible(not any_shown)
        self._no_match.setText(
            self.tr(
                "No cards match “{text}”. Try other words, or press Esc to see them all."
            ).format(text=text.strip())
        )
        if (card_id := self._view.card_id()) is not None:
            self._tree.select_card(card_id)

    def _focus_first_match(self) -> None:
        if not self._tree.isHidden():
            self._tree.setFocus(Qt.FocusReason.OtherFocusReason)
            self._tree.select_first_card()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if (card_id := _card_id(current)) is not None:
            self._view.show_card(card_id)

    def _activated(self, index: QModelIndex) -> None:
        if _card_id(index) is not None:
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _card_shown(self, card_id: str) -> None:
        self._tree.select_card(card_id)
        self.set_reflections(card_id, ())
        self.reflections_wanted.emit(card_id)

    def _reflection_text(self, summary: ReflectionSummary) -> str:
        date = QDate(summary.visit_date.year, summary.visit_date.month, summary.visit_date.day)
        preview = summary.preview or self.tr("(nothing written yet)")
        return self.tr("{date} · {family} · {preview}").format(
            date=QLocale().toString(date, "d MMM yyyy"), family=summary.family_code, preview=preview
        )

    def _reflection_activated(self, item: QListWidgetItem) -> None:
        self.open_reflection_requested.emit(str(item.data(UUID_ROLE)))
