"""The parts a card is shown with: its body text, quieter lines, and chips naming cards.

The Cards library and the side panel beside the reflection editor show cards with these;
the editor names each prompt's cards with the same chips.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeyEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTextBrowser,
    QWidget,
)

from reflect.ui.widgets.readable_palette import blend

# Links go to the visitor's own browser, and only links of these kinds.
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


class QuietLabel(QLabel):
    """Word-wrapped plain text in a quieter tone: the text colour moved toward the background.

    Worked out from the palette in use, so it follows light and dark themes, and only
    part of the way, so it stays easy to read.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._quieting = False
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._quiet()

    def changeEvent(self, event: QEvent) -> None:
        """Work the colour out again when the palette or the parent changes."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._quiet()

    def _quiet(self) -> None:
        parent = self.parentWidget()
        if self._quieting or parent is None:
            return
        text = parent.palette().color(self.foregroundRole())
        back = parent.palette().color(parent.backgroundRole())
        palette = self.palette()
        palette.setColor(self.foregroundRole(), blend(text, back, 0.3))
        self._quieting = True  # setPalette sends PaletteChange straight back to us
        self.setPalette(palette)
        self._quieting = False


class CardBody(QTextBrowser):
    """The card's Markdown, as tall as its text so the whole card scrolls as one page.

    Nothing is ever fetched: images and other resources are refused, and a link opens
    in the system browser only when the visitor clicks it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._markdown = ""
        self.document().setDocumentMargin(0)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.anchorClicked.connect(self._open_link)

    def show_markdown(self, markdown: str) -> None:
        """Show `markdown` with room between paragraphs and lines for easy reading."""
        self._markdown = markdown
        # Lists indent by a few letters of the current font, not a fixed 40 pixels.
        self.document().setIndentWidth(self.fontMetrics().averageCharWidth() * 4)
        self.document().setMarkdown(
            markdown, QTextDocument.MarkdownFeature.MarkdownDialectCommonMark
        )
        line = self.fontMetrics().lineSpacing()
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        while block.isValid():
            spacing = QTextBlockFormat(block.blockFormat())
            heading = spacing.headingLevel() > 0
            spacing.setTopMargin(line * (1.0 if heading else 0.0))
            spacing.setBottomMargin(line * (0.25 if heading or block.textList() else 0.6))
            spacing.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(spacing)
            block = block.next()

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Refuse every resource: a card is text, and Reflect never reaches the network."""
        return None

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for a side panel; the text wraps to whatever width it gets."""
        return QSize(self.fontMetrics().horizontalAdvance("M" * 12), self.height())

    def changeEvent(self, event: QEvent) -> None:
        """Lay the text out again at a new text size, spacing included."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.show_markdown(self._markdown)

    def _fit_height(self, size: QSizeF) -> None:
        margins = self.contentsMargins()
        self.setFixedHeight(math.ceil(size.height()) + margins.top() + margins.bottom())

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)


class Chip(QPushButton):
    """A small button that names one card and carries its id.

    Enter and Return press it as well as Space, because people expect Enter to act on
    the thing that has the focus. In a row narrower than its title (a side panel at a
    large font) the title is shortened with an ellipsis instead of being cut off.
    """

    def __init__(self, text: str, card_id: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full_text = text
        self._card_id = card_id
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def card_id(self) -> str:
        """The id of the card this chip names."""
        return self._card_id

    def full_text(self) -> str:
        """The whole title, even while the chip shows it shortened."""
        return self._full_text

    def sizeHint(self) -> QSize:
        """Wide enough for the whole title, whatever is shown at the moment."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        extra = metrics.horizontalAdvance(self._full_text) - metrics.horizontalAdvance(self.text())
        return QSize(hint.width() + extra, hint.height())

    def minimumSizeHint(self) -> QSize:
        """Narrow enough to fit any row; the title is shortened to match."""
        hint = super().minimumSizeHint()
        padding = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())
        return QSize(padding + self.fontMetrics().horizontalAdvance("Mmmm…"), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shorten the title to the width the row gave, or restore it when there is room."""
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        padding = super().sizeHint().width() - metrics.horizontalAdvance(self.text())
        room = self.width() - padding
        shown = self._full_text
        # Measured the same way as the size hint, so a chip given its full width never
        # loses a letter to rounding inside elidedText.
        if metrics.horizontalAdvance(shown) > room:
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Press the chip on Enter or Return; other keys behave as on any button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)


class FlowLayout(QLayout):
    """Lays its widgets left to right and starts a new row when the next one won't fit.

    It has no margins of its own; wrap it in a widget for those.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        """Take ownership of an item (called by `addWidget`)."""
        self._items.append(item)

    def count(self) -> int:
        """How many items the layout holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at `index`, or None past the end."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at `index`."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """Chips never stretch."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """The height depends on how many rows the width allows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the chips need when laid out in `width`."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the chips inside `rect`."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """The size of the widest single chip; the height comes from heightForWidth."""
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """Wide enough for the widest chip, so no chip is ever cut off."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        # Unless told otherwise, the gap between chips is the style's gap between controls.
        gap = self.spacing()
        if gap < 0 and (parent := self.parentWidget()) is not None:
            gap = parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            # A chip wider than the row is shrunk to the row rather than overflowing it.
            width = min(hint.width(), max(rect.width(), item.minimumSize().width()))
            if x > rect.x() and x + width > rect.right() + 1:
                x, y, row_height = rect.x(), y + row_height + max(gap, 0), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + max(gap, 0)
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()
