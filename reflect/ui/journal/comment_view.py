"""Comments from supervision, shown in place in the editor: read-only, calm, "New" until read.

A comment is set apart by a soft panel with a thin bar on its left (the design system's
comment look, in either theme); its words can be selected and copied but never edited.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reflect.domain.comment import Comment
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import TYPE, Spacing, TextRole
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.plurals import english_plural


def comment_date(comment: Comment) -> str:
    """The day it was written, in the visitor's time zone: '21 Nov 2026'."""
    local = comment.created_at.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")


class CommentCard(QFrame):
    """One comment: who and when, a "New" mark while unread, then its words."""

    def __init__(self, comment: Comment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        look(self, Look.COMMENT)
        self.comment = comment
        space = Spacing.of(self.font())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space.m, space.s, space.m, space.s)
        layout.setSpacing(space.xs)
        top = QHBoxLayout()
        top.setSpacing(space.s)
        said = QLabel(self)
        set_icon(said, "chat-circle-text")  # beside the words, never instead of them
        top.addWidget(said)
        self.byline = text_role(
            QLabel(
                self.tr("{author} · {date}").format(
                    author=comment.author, date=comment_date(comment)
                ),
                self,
            ),
            TextRole.CAPTION,
        )
        self.byline.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.byline)
        self.new_mark: QLabel | None = None
        if not comment.read:
            # Words in a small filled pill: clear without being an alarm colour.
            self.new_mark = look(QLabel(self.tr("New")), Look.BADGE)
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


class CommentList(QWidget):
    """Comments one under the other; hidden while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        space = Spacing.of(self.font())
        self._layout.setContentsMargins(0, space.xs, 0, 0)
        self._layout.setSpacing(space.s)
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
        space = Spacing.of(self.font())
        layout.setContentsMargins(0, space.xl, 0, 0)
        layout.setSpacing(space.xs)
        self.heading = HeadingLabel(self.tr("From supervision"), TYPE[TextRole.SECTION].scale, self)
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
        self.button = look(QPushButton(self.tr("Show me")), Look.QUIET)  # one or several
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
