"""Comments from supervision, shown in place in the editor: read-only, calm, "New" until read.

A comment is set apart by a soft panel and a thin bar on its left, drawn from the palette so
it follows light and dark themes; its words can be selected and copied but never edited.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reflect.domain.comment import Comment
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.plurals import english_plural

BAR = 3


def comment_date(comment: Comment) -> str:
    """The day it was written, in the visitor's time zone: '21 Nov 2026'."""
    local = comment.created_at.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")


class CommentCard(QWidget):
    """One comment: who and when, a "New" mark while unread, then its words."""

    def __init__(self, comment: Comment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comment = comment
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(BAR + em * 2 // 3, em // 3, em * 2 // 3, em // 2)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(em // 2)
        self.byline = QuietLabel(
            self.tr("{author} · {date}").format(author=comment.author, date=comment_date(comment)),
            self,
        )
        top.addWidget(self.byline)
        self.new_mark: QLabel | None = None
        if not comment.read:
            self.new_mark = QLabel(self.tr("New"))
            font = QFont(self.new_mark.font())
            font.setBold(True)
            self.new_mark.setFont(font)
            # The mark is words in a small filled pill: clear without being an alarm colour.
            self.new_mark.setStyleSheet(
                "QLabel { background: palette(highlight); color: palette(highlighted-text);"
                " border-radius: 4px; padding: 0px 6px; }"
            )
            self.new_mark.setAccessibleDescription(self.tr("New comment"))
            top.addWidget(self.new_mark)
        top.addStretch(1)
        layout.addLayout(top)
        self.body = QLabel(comment.body)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        # Selectable by keyboard too, so Tab reaches the comment and a screen reader reads it.
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body.setAccessibleName(self.spoken_name())
        self.body.setAccessibleDescription(comment.body)
        layout.addWidget(self.body)

    def spoken_name(self) -> str:
        """What a screen reader says first: 'New comment from Dana, 21 Nov 2026'."""
        date = comment_date(self.comment)
        if self.comment.read:
            return self.tr("Comment from {author}, {date}").format(
                author=self.comment.author, date=date
            )
        return self.tr("New comment from {author}, {date}").format(
            author=self.comment.author, date=date
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """A soft panel with a thin bar on the left, in the palette's own colours."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(QRectF(self.rect()), 6, 6)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(QRectF(0, 0, BAR, self.height()), 1.5, 1.5)
        painter.end()
        super().paintEvent(event)


class CommentList(QWidget):
    """Comments one under the other; hidden while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 0)
        self._layout.setSpacing(6)
        self.cards: list[CommentCard] = []
        self.hide()

    def set_comments(self, comments: Sequence[Comment]) -> None:
        """Show these comments (oldest first), replacing any shown before."""
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = [CommentCard(comment, self) for comment in comments]
        for card in self.cards:
            self._layout.addWidget(card)
        self.setVisible(bool(self.cards))


class SupervisionSection(QWidget):
    """The end of a reflection: 'From supervision' and the comments on it as a whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.setSpacing(4)
        self.heading = HeadingLabel(self.tr("From supervision"), 1.15, self)
        layout.addWidget(self.heading)
        self.comments = CommentList(self)
        layout.addWidget(self.comments)
        self.hide()

    def set_comments(self, comments: Sequence[Comment]) -> None:
        """Show these comments; the section disappears when there are none."""
        self.comments.set_comments(comments)
        self.setVisible(bool(comments))


class NewCommentsNote(QWidget):
    """A line near the top: how many new comments came back, and a way to reach the first."""

    go_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.button = QPushButton(self.tr("Show me"))  # one comment or several
        self.button.setAccessibleName(self.tr("Go to the first new comment"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.go_requested)
        row.addWidget(self.text)
        row.addWidget(self.button)
        row.addStretch(1)
        self.hide()

    def set_count(self, new: int) -> None:
        """Say how many comments are new (the note hides at none)."""
        self.text.setText(
            english_plural(self.tr("%n new comment(s) from supervision.", "", new), new)
        )
        self.setVisible(new > 0)
