"""One prompt in the reflection form: the question, its help, the answer, private, cards.

The question is a clear step of the type scale over a roomy answer box; a private answer
shows a mark beside its question and a muted box. Its cards are small chips under it.
Under a written answer sit a quiet identifier hint and any comments from supervision on it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.comment import Comment
from reflect.domain.library import Library
from reflect.domain.prompt import AnswerKind, Prompt
from reflect.domain.reflection import Answer
from reflect.ui.cards.card_parts import Chip, FlowLayout
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import Spacing, TextRole
from reflect.ui.journal.comment_view import CommentList
from reflect.ui.journal.heavy_note import HeavyNote
from reflect.ui.journal.identifier_hint import IdentifierHint
from reflect.ui.widgets.growing_text_edit import GrowingTextEdit

NO_ANSWER = -1
HEAVINESS = ".heaviness"  # the 0-10 "how heavy" scale of a visit or a check-in


class PromptWidget(QWidget):
    """Asks one question. Emits `changed` on every edit and `card_requested(card_id)`."""

    changed = Signal()
    card_requested = Signal(str)

    def __init__(
        self,
        prompt: Prompt,
        library: Library,
        parent: QWidget | None = None,
        never_write: Callable[[], Sequence[str]] = tuple,
    ) -> None:
        super().__init__(parent)
        self.prompt = prompt
        space = Spacing.of(self.font())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, space.s, 0, space.m)
        layout.setSpacing(space.xs)
        self.question = text_role(QLabel(prompt.text), TextRole.QUESTION)
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setSpacing(space.s)
        row.addWidget(self.question, 1)
        self.private_mark = PrivateMark(self)
        row.addWidget(self.private_mark, 0, Qt.AlignmentFlag.AlignTop)
        if prompt.optional:  # said, so that an empty answer is not a thing left undone
            optional = look(QLabel(self.tr("optional"), self), Look.MARK)
            row.addWidget(optional, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        if prompt.help:
            layout.addWidget(_help(prompt.help, self))
        self.editor = self._make_editor(prompt)
        self.editor.setAccessibleName(prompt.text)
        if prompt.help:
            self.editor.setAccessibleDescription(prompt.help)
        self.question.setBuddy(self.editor)
        layout.addSpacing(space.xs)
        layout.addWidget(self.editor)
        if prompt.kind is AnswerKind.SCALE:
            layout.addWidget(self.scale_hint)
        self.hint = IdentifierHint(self.text, never_write, self, describes=self.editor)
        if isinstance(self.editor, GrowingTextEdit):  # numbers and choices identify no one
            self.editor.textChanged.connect(self.hint.schedule)
        layout.addWidget(self.hint)
        self.heavy_note: HeavyNote | None = None
        if prompt.kind is AnswerKind.SCALE and prompt.id.endswith(HEAVINESS):
            self.heavy_note = HeavyNote(library, self)
            self.heavy_note.card_requested.connect(self.card_requested)
            assert isinstance(self.editor, QSpinBox)
            self.editor.valueChanged.connect(self.heavy_note.follow)
            layout.addWidget(self.heavy_note)
        # The private mark and the cards are not Tab stops between two answers (F2 and F1
        # reach them from the answer), so Tab goes from answer to answer.
        self.private = QCheckBox(self.tr("Private (F2): leave out if I bring this to supervision"))
        self.private.setAccessibleName(self.tr("Keep this answer private"))
        self.private.setToolTip(
            self.tr("A private answer stays on this computer, even when you share the reflection.")
        )
        self.private.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.private.setChecked(prompt.private)
        self.private.toggled.connect(self.changed)
        self.private.toggled.connect(self._show_private)
        self._show_private(prompt.private)
        layout.addWidget(self.private)
        # Chips wrap onto more rows rather than widening the form.
        chips = FlowLayout()
        if prompt.cards:
            read_more = text_role(QLabel(self.tr("Read more (F1):"), self), TextRole.CAPTION)
            chips.addWidget(read_more)
        self.chips: list[Chip] = []
        for card_id in prompt.cards:
            card = library.card(card_id)
            chip = look(Chip(card.title, card_id), Look.CHIP)
            set_icon(chip, "book-open")
            chip.setAccessibleName(self.tr("Open the card {title}").format(title=card.title))
            chip.setToolTip(card.summary)
            chip.clicked.connect(lambda _=False, c=card_id: self.card_requested.emit(c))
            chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            chips.addWidget(chip)
            self.chips.append(chip)
        if self.chips:  # the words sit level with the chips' words, not at their top edge
            read_more.setMinimumHeight(self.chips[0].sizeHint().height())
            read_more.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(chips)
        self.comments = CommentList(self)
        layout.addWidget(self.comments)

    def _make_editor(self, prompt: Prompt) -> QWidget:
        if prompt.kind is AnswerKind.SCALE:
            spin = QSpinBox()
            spin.setRange(NO_ANSWER, 10)
            spin.setSpecialValueText(self.tr("Not answered"))
            spin.setValue(NO_ANSWER)
            low = prompt.scale_low or "0"
            high = prompt.scale_high or "10"
            spin.valueChanged.connect(self.changed)
            spin.setMinimumWidth(160)
            spin.setMaximumWidth(260)
            self.scale_hint = _help(
                self.tr("0 = {low}, 10 = {high}").format(low=low, high=high), self
            )
            spin.setAccessibleDescription(self.scale_hint.text())
            return spin
        if prompt.kind is AnswerKind.CHOICE:
            combo = QComboBox()
            combo.addItem(self.tr("Not answered"), "")
            for choice, key in zip(prompt.choices, prompt.keys, strict=True):
                combo.addItem(choice, key)  # shown in the reader's words, stored by key
            combo.currentIndexChanged.connect(self.changed)
            combo.setMaximumWidth(360)
            return combo
        text = look(GrowingTextEdit(), Look.ANSWER)
        text.typed.connect(self.changed)
        return text

    def _show_private(self, private: bool) -> None:
        """The mark beside the question and the muted box, while the answer is private."""
        self.private_mark.setVisible(private)
        self.editor.setProperty("private", private)
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)

    def answer(self) -> Answer | None:
        """What was answered (None when nothing, or only the prompt's own private mark),
        with its private mark."""
        value = self.text()
        private = self.private.isChecked()
        if not value.strip() and private == self.prompt.private:
            return None
        return Answer(self.prompt.id, value, private=private)

    def focus_chain(self) -> list[QWidget]:
        """What Tab visits here: the answer, then the heavy note's cards while it shows."""
        return [self.editor, *(self.heavy_note.chips if self.heavy_note is not None else [])]

    def toggle_private(self) -> None:
        """F2: keep this answer private, or not."""
        self.private.toggle()

    def text(self) -> str:
        """The answer as stored: the typed text, the scale number, or the chosen option."""
        editor = self.editor
        if isinstance(editor, QSpinBox):
            return "" if editor.value() == NO_ANSWER else str(editor.value())
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        assert isinstance(editor, GrowingTextEdit)
        return editor.toPlainText()

    def set_answer(self, answer: Answer | None) -> None:
        """Show a stored answer without emitting `changed`."""
        self.blockSignals(True)
        editor = self.editor
        editor.blockSignals(True)
        value = answer.text if answer else ""
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value) if value.strip().isdigit() else NO_ANSWER)
        elif isinstance(editor, QComboBox):
            found = editor.findData(self.prompt.key_of(value) or value)
            if found < 0 and value:
                editor.addItem(value, value)  # an answer from an older template's choices
                found = editor.count() - 1
            editor.setCurrentIndex(max(found, 0))
        else:
            assert isinstance(editor, GrowingTextEdit)
            editor.setPlainText(value)
        # An answer keeps the mark it was saved with; a new one starts as the prompt says.
        self.private.setChecked(answer.private if answer else self.prompt.private)
        self._show_private(self.private.isChecked())  # its signals were blocked
        editor.blockSignals(False)
        self.blockSignals(False)
        if isinstance(editor, GrowingTextEdit):
            self.hint.refresh()
        elif self.heavy_note is not None and isinstance(editor, QSpinBox):
            self.heavy_note.follow(editor.value())

    def set_comments(self, comments: Sequence[Comment]) -> None:
        """Show supervision's comments on this answer (none hides the list)."""
        self.comments.set_comments(comments)


class PrivateMark(QWidget):
    """ "Private" with an eye crossed out, beside the question of a private answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(Spacing.of(self.font()).xs)
        self.icon = look(QLabel(self), Look.MARK)
        set_icon(self.icon, "eye-slash")
        self.words = look(QLabel(self.tr("Private"), self), Look.MARK)
        self.words.setToolTip(self.tr("Left out when you bring this reflection to supervision."))
        row.addWidget(self.icon)
        row.addWidget(self.words)
        self.setAccessibleName(self.tr("Private answer"))


def _help(text: str, parent: QWidget) -> QLabel:
    """A question's help: quieter, smaller words under it."""
    label = text_role(QLabel(text, parent), TextRole.HELP)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
