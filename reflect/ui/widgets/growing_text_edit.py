"""A plain-text box that grows with what is typed, so the page scrolls, not the box.

Its lines stand apart (1.4 times the font's height) so a long answer reads easily at the
end of a tired day; it is a `QTextEdit` because the plain-text box ignores line height.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QTextEdit, QWidget

from reflect.ui.widgets.spelling import Speller, SpellingHighlighter, word_at

MIN_LINES = 3
LINE_HEIGHT = 140
"""Each line's height, in percent of the font's own."""


class GrowingTextEdit(QTextEdit):
    """Starts three lines tall and grows line by line; Tab moves on instead of typing a tab.

    `typed` is emitted when the words change; `textChanged` also fires when only their
    look does (a spelling underline drawn), which is no edit to save.
    """

    typed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted words come as words, never as formatting
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.document().contentsChange.connect(self._contents_changed)
        self._spaced = False
        self._space_lines()
        self._fit()

    def _contents_changed(self, _position: int, removed: int, added: int) -> None:
        if self._spaced:
            return  # only the lines' spacing changed: no edit
        if removed or added:
            self.typed.emit()  # blocked, like every signal of the box, while a form loads

    def setPlainText(self, text: str) -> None:
        """Show `text`, its lines spaced for reading (with nothing to undo)."""
        super().setPlainText(text)
        self._space_lines()

    def _space_lines(self) -> None:
        """Give every line the box's line height. New lines inherit it as they are typed;
        setting words afresh starts them without it."""
        document = self.document()
        spacing = QTextBlockFormat()
        spacing.setLineHeight(
            LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        undo = document.isUndoRedoEnabled()
        document.setUndoRedoEnabled(False)  # the spacing is no step of Ctrl+Z
        self._spaced = True
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(spacing)
        self._spaced = False
        document.setUndoRedoEnabled(undo)

    def _fit(self, *_: object) -> None:
        line = QFontMetricsF(self.font()).height() * LINE_HEIGHT / 100
        least = MIN_LINES * line + self.document().documentMargin() * 2
        text = max(least, self.document().size().height())
        margins = self.contentsMargins()
        viewport = self.viewportMargins()
        frame = margins.top() + margins.bottom() + viewport.top() + viewport.bottom()
        self.setFixedHeight(round(text) + frame + 2)

    def sizeHint(self) -> QSize:
        """As tall as the text (at least three lines)."""
        return QSize(super().sizeHint().width(), self.height())

    def check_spelling(self, speller: Speller, add_word: Callable[[str], None]) -> None:
        """Underline words `speller` does not know; right-click one for suggestions or to
        add it to the visitor's words (`add_word`)."""
        self._speller = speller
        self._add_word = add_word
        self._highlighter = SpellingHighlighter(self.document(), speller)

    def spelling_actions(self, point: QPoint) -> list[QAction]:
        """What the context menu offers for the word at `point`: its suggestions, then
        "Add to my words"; nothing for a word spelled right (or with no spell checking)."""
        speller = getattr(self, "_speller", None)
        if speller is None or not speller.loaded:
            return []
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        span = word_at(block.text(), cursor.positionInBlock())
        if span is None:
            return []
        word = block.text()[span[0] : span[1]]
        if speller.is_right(word):
            return []
        start, end = block.position() + span[0], block.position() + span[1]
        actions: list[QAction] = []
        for suggestion in speller.suggestions(word):
            action = QAction(suggestion, self)
            action.triggered.connect(lambda _=False, s=suggestion: self._replace(start, end, s))
            actions.append(action)
        if not actions:
            none = QAction(self.tr("No suggestions"), self)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(self.tr("Add “{word}” to my words").format(word=word), self)
        add.triggered.connect(lambda: self._add_word(word))
        actions.append(add)
        return actions

    def _replace(self, start: int, end: int, text: str) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        cursor.insertText(text)  # one step, undone by one Ctrl+Z
        self.setTextCursor(cursor)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The usual menu, with spelling first when the word under the pointer needs it."""
        menu = self.createStandardContextMenu(event.pos())
        spelling = self.spelling_actions(event.pos())
        if spelling:
            first = menu.actions()[0] if menu.actions() else None
            menu.insertActions(first, spelling)  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keep keystrokes inside; the page scrolls to follow the cursor.

        Enter always starts a new line: on an empty line the text box would otherwise take
        the first press to drop the line's spacing (as it drops a list's bullet)."""
        if event.matches(QKeySequence.StandardKey.InsertParagraphSeparator):
            cursor = self.textCursor()
            cursor.beginEditBlock()
            cursor.removeSelectedText()
            cursor.insertBlock()  # the new line keeps the spacing of the one before
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            event.accept()
        else:
            super().keyPressEvent(event)
        self.ensureCursorVisible()


def keep_in_view(area: QScrollArea, editor: QWidget) -> None:
    """Keep the line being typed in `editor` (a box in `area`'s page) in sight: the box
    grows, so the page, not the box, has to follow the cursor."""
    if not isinstance(editor, QTextEdit):
        return  # numbers and choices are one line: Tab already scrolls them into view

    def follow() -> None:
        page = area.widget()
        if page is None or not editor.hasFocus():
            return
        cursor = editor.cursorRect()
        where = editor.viewport().mapTo(page, cursor.center())
        area.ensureVisible(where.x(), where.y(), 0, cursor.height() + 24)

    editor.cursorPositionChanged.connect(follow)
