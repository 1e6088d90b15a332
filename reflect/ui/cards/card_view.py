"""One reference card to read: title, summary, body, sources and related cards.

The same widget is the reading pane of the Cards library and the side panel beside the
reflection editor, so everything in it wraps to the width it is given and scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.card import Card
from reflect.domain.library import Library
from reflect.ui.cards.card_parts import CardBody, Chip, FlowLayout, QuietLabel
from reflect.ui.cards.role_heading import RoleHeading
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import Spacing, TextRole
from reflect.ui.widgets.key_names import key_names

HISTORY_LIMIT = 50
"""How many cards Back remembers; the oldest are forgotten first."""

READING_WIDTH = 65
"""The widest the text column grows, in average characters of the body's font: about 65
letters a line reads most easily; longer lines tire the eye."""

# Keys that scroll the card as a whole while the body text has the focus.
_SCROLL_STEPS = {
    Qt.Key.Key_Up: QAbstractSlider.SliderAction.SliderSingleStepSub,
    Qt.Key.Key_Down: QAbstractSlider.SliderAction.SliderSingleStepAdd,
    Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
    Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_Space: QAbstractSlider.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
    Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
}


class ReadingPage(QWidget):
    """A page in the Base colour, like text in an editor, with one centred column.

    The column is no wider than reads comfortably and narrows with the page, down to a
    side panel; its margins and spacing are generous.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        look(self, Look.READING)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._margin = Spacing.of(self.font()).xl
        self._holder = QWidget()
        self._holder.setBackgroundRole(QPalette.ColorRole.Base)  # what quiet text blends toward
        self._column = QVBoxLayout(self._holder)
        self._column.setContentsMargins(self._margin, self._margin, self._margin, self._margin)
        self._column.setSpacing(self._margin // 2)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self._holder, 100)
        row.addStretch(1)
        self._fit()

    def column(self) -> QVBoxLayout:
        """The layout to fill, top to bottom."""
        return self._column

    def changeEvent(self, event: QEvent) -> None:
        """Widen or narrow the column with the text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        width = self.fontMetrics().averageCharWidth() * READING_WIDTH
        self._holder.setMaximumWidth(width + 2 * self._margin)


class CardView(QWidget):
    """One card to read, with Back (Alt+Left) to the cards read before it.

    `related_requested` carries the id of a related card whose chip was clicked; unless
    `set_follows_related(False)` was called, the view also shows that card itself.
    `card_shown` carries the id of each card as it appears, however it was reached.
    """

    related_requested = Signal(str)
    card_shown = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._card: Card | None = None
        self._history: list[str] = []
        self._follows_related = True

        self._back = look(QPushButton(self.tr("Back")), Look.QUIET)
        set_icon(self._back, "arrow-left")
        self._back.setAccessibleName(self.tr("Back to the previous card"))
        self._back.setAutoDefault(False)
        self._back.clicked.connect(self.go_back)
        self._back.hide()
        shortcut = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.go_back)

        self._placeholder = QuietLabel(self.tr("Choose a card to read it here."))
        self._title = RoleHeading("", TextRole.PAGE_TITLE)
        self._summary = QuietLabel()
        for label in (self._title, self._summary):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._body = CardBody()
        self._body.setAccessibleName(self.tr("Card text"))
        self._body.installEventFilter(self)
        self.setFocusProxy(self._body)
        self._sources_heading = RoleHeading(self.tr("Sources"), TextRole.CAPTION)
        self._sources = QVBoxLayout()
        self._sources.setSpacing(Spacing.of(self.font()).s)
        self._related_heading = RoleHeading(self.tr("Related cards"), TextRole.QUESTION)
        self._chips = FlowLayout()

        self._scroll = QScrollArea()
        self._scroll.setWidget(self._build_page())
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self._set_parts_visible(False)

    def card_id(self) -> str | None:
        """The id of the card on show, or None before the first one."""
        return self._card.id if self._card else None

    def show_card(self, card_id: str) -> None:
        """Show the card with this id; the one on show now is remembered for Back.

        Raises KeyError for an id the library does not have.
        """
        card = self._library.card(card_id)
        if self._card is not None and self._card.id == card_id:
            return
        if self._card is not None:
            self._history = [*self._history, self._card.id][-HISTORY_LIMIT:]
        self._display(card)

    def can_go_back(self) -> bool:
        """Whether Back has a card to return to."""
        return bool(self._history)

    def go_back(self) -> None:
        """Return to the card shown before this one; nothing happens if there is none."""
        if self._history:
            *self._history, previous = self._history
            self._display(self._library.card(previous))

    def set_follows_related(self, follows: bool) -> None:
        """Whether a click on a related chip shows that card here as well as signalling."""
        self._follows_related = follows

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """The mouse's own Back button goes back too."""
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
            event.accept()
            return
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let the arrow and page keys scroll the whole card while the body has the focus."""
        if (
            watched is self._body
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _SCROLL_STEPS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._scroll.verticalScrollBar().triggerAction(_SCROLL_STEPS[Qt.Key(event.key())])
            return True
        return super().eventFilter(watched, event)

    def _build_page(self) -> QWidget:
        page = ReadingPage()
        column = page.column()
        gap = column.spacing()
        # Back sits in line with the text; a new card always opens scrolled to the top.
        column.addWidget(self._back, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self._placeholder, self._title, self._summary):
            column.addWidget(widget)
        column.addSpacing(gap)
        column.addWidget(self._body)
        column.addSpacing(gap)
        column.addWidget(self._related_heading)
        column.addLayout(self._chips)
        column.addSpacing(gap * 2)
        # The sources close the card, smaller and quieter, under a soft rule.
        footer = self._footer = look(QFrame(), Look.SOURCES)
        footer_column = QVBoxLayout(footer)
        footer_column.setContentsMargins(0, gap, 0, 0)
        footer_column.setSpacing(gap // 2)
        footer_column.addWidget(self._sources_heading)
        footer_column.addLayout(self._sources)
        column.addWidget(footer)
        column.addStretch(1)
        return page

    def _set_parts_visible(self, visible: bool) -> None:
        for part in (self._title, self._summary, self._body, self._footer):
            part.setVisible(visible)
        self._placeholder.setVisible(not visible)
        if not visible:  # shown again only for a card that has related cards
            self._related_heading.hide()

    def _display(self, card: Card) -> None:
        self._card = card
        self._title.setText(card.title)
        self._summary.setText(card.summary)
        self._body.show_markdown(card.body)
        self._fill_sources(card)
        self._fill_related(card)
        self._set_parts_visible(True)
        self._back.setVisible(bool(self._history))
        if self._history:
            previous = self._library.card(self._history[-1]).title
            self._back.setToolTip(
                self.tr("Back to “{title}” ({keys})").format(
                    title=previous, keys=key_names("Alt+Left")
                )
            )
        self.setAccessibleName(self.tr("Card: {title}").format(title=card.title))
        self._scroll.verticalScrollBar().setValue(0)
        self.card_shown.emit(card.id)

    def _fill_sources(self, card: Card) -> None:
        _clear(self._sources)
        for source in card.sources:
            credit = text_role(QLabel(source.cite_as or source.seed), TextRole.CAPTION)
            credit.setWordWrap(True)
            credit.setTextFormat(Qt.TextFormat.PlainText)
            if source.original:
                where = self.tr("“{where}”, drawing on {original}")
            else:
                where = self.tr("“{where}”")
            place = QuietLabel(where.format(where=source.where, original=source.original))
            text_role(place, TextRole.CAPTION)
            entry = QVBoxLayout()
            entry.setSpacing(1)
            entry.addWidget(credit)
            entry.addWidget(place)
            self._sources.addLayout(entry)
            # Shown at once rather than on the next pass of the event loop, as Qt would.
            credit.show()
            place.show()

    def _fill_related(self, card: Card) -> None:
        _clear(self._chips)
        related = self._library.related_cards(card.id)
        self._related_heading.setVisible(bool(related))
        previous: QWidget = self._body
        for other in related:
            chip = look(Chip(other.title, other.id), Look.CHIP)
            chip.setAccessibleName(self.tr("Related card: {title}").format(title=other.title))
            chip.setToolTip(other.summary)
            chip.clicked.connect(lambda _=False, card_id=other.id: self._related_clicked(card_id))
            self._chips.addWidget(chip)
            chip.show()
            QWidget.setTabOrder(previous, chip)
            previous = chip

    def _related_clicked(self, card_id: str) -> None:
        if self._follows_related:
            self.show_card(card_id)
        self.related_requested.emit(card_id)


def _clear(layout: QLayout) -> None:
    """Remove and delete everything in `layout`, nested layouts included."""
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.hide()
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            _clear(inner)
            inner.deleteLater()
