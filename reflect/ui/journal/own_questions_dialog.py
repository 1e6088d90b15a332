"""Your own questions: copy a set of questions, then keep, reword, add and reorder them.

Reflect's own sets are copied (they never change); a set of the visitor's own is changed in
place. A question taken out of a set of her own is put away rather than deleted, so the
answers already given to it still show with their question.

By keyboard: arrows move through the questions, Space ticks one in or out, F2 changes its
words, Alt+Up and Alt+Down move it, Enter saves, Esc cancels.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.library import Library
from reflect.domain.own_templates import MAX_TEXT, MAX_TITLE, copy_of, is_own, new_question
from reflect.domain.prompt import Prompt
from reflect.domain.template import Section, Template
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.widgets.key_names import key_names

PROMPT = Qt.ItemDataRole.UserRole  # on a question: its Prompt, or None for a new one
SECTION = Qt.ItemDataRole.UserRole + 1  # on a section: its Section


class OwnQuestionsDialog(QDialog):
    """Makes or changes one set of the visitor's own; `template()` is the result."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your own questions"))
        self._library = library
        self._result: Template | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.start_from = QComboBox()
        self.start_from.setAccessibleName(self.tr("Start from"))
        for template in library.templates:
            if not template.retired:
                self.start_from.addItem(template.title, template.id)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_TITLE)
        self.name.setAccessibleName(self.tr("Name of your set of questions"))
        form.addRow(self.tr("&Start from"), self.start_from)
        form.addRow(self.tr("&Name"), self.name)
        layout.addLayout(form)
        self.how = QuietLabel("")
        layout.addWidget(self.how)
        self.questions = QTreeWidget()
        self.questions.setHeaderHidden(True)
        self.questions.setAccessibleName(self.tr("Questions"))
        self.questions.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.questions.setMinimumSize(420, 160)  # fits a 1024x600 screen with the rest
        layout.addWidget(self.questions, 1)
        keys = QuietLabel(
            self.tr(
                "Space: ask it or not · F2: change its words · {up}, {down}: move it. "
                "Reflect is a journal for your reflective practice, not a case record: ask "
                "what helps you reflect."
            ).format(up=key_names("Alt+Up"), down=key_names("Alt+Down"))
        )
        layout.addWidget(keys)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a question"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_question)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.offered = QCheckBox(self.tr("&Offer this set for new reflections"))
        self.offered.setChecked(True)
        row.addWidget(self.offered)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleDescription(self.tr("What needs changing"))
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys_, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            move = QShortcut(QKeySequence(keys_), self.questions)
            move.activated.connect(lambda s=step: self.move_question(s))
        self.start_from.currentIndexChanged.connect(self._start_chosen)
        self._start_chosen()
        self.start_from.setFocus()  # reading order: where to start, its name, its questions
        screen = self.screen().availableGeometry()
        self.resize(min(820, int(screen.width() * 0.9)), min(620, int(screen.height() * 0.9)))

    # ----------------------------------------------------------------- filling
    def start_with(self, template_id: str) -> None:
        """Begin from this set (a set of the visitor's own is then changed in place)."""
        index = self.start_from.findData(template_id)
        if index < 0:  # put away: offered here so that it can be brought back
            template = self._library.template(template_id)
            self.start_from.addItem(template.title, template.id)
            index = self.start_from.count() - 1
        self.start_from.setCurrentIndex(index)

    def _source(self) -> Template:
        return self._library.template(str(self.start_from.currentData()))

    def _start_chosen(self) -> None:
        source = self._source()
        own = is_own(source.id)
        title = source.title if own else self.tr("{title} (my own)").format(title=source.title)
        self.name.setText(title)
        # What is being changed: her own set itself, or a fresh copy with ids of its own.
        self._draft = source if own else copy_of(source, title)
        self.how.setText(
            self.tr("Your changes are saved to this set of your own.")
            if own
            else self.tr("Reflect's own set stays as it is: you are making a copy to change.")
        )
        self.offered.setVisible(own)
        self.offered.setChecked(not source.retired)
        self.questions.clear()
        bold = QFont(self.questions.font())
        bold.setBold(True)
        for section in self._draft.sections:
            head = QTreeWidgetItem(self.questions, [section.title or self.tr("Questions")])
            head.setFont(0, bold)
            head.setData(0, SECTION, section)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for prompt in section.prompts:
                if prompt.retired and not own:
                    continue
                self._question_item(head, prompt.text, prompt, asked=not prompt.retired)
            head.setExpanded(True)
        heads = self._heads()
        if heads and (first := heads[0].child(0)) is not None:
            self.questions.setCurrentItem(first)

    def _question_item(
        self, section: QTreeWidgetItem, text: str, prompt: Prompt | None, *, asked: bool = True
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(section, [text])
        item.setToolTip(0, text)  # a long question is shortened to the row: all of it here
        item.setData(0, PROMPT, prompt)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(0, Qt.CheckState.Checked if asked else Qt.CheckState.Unchecked)
        return item

    # ----------------------------------------------------------------- changing
    def add_question(self) -> None:
        """A new question after the one chosen (or at the end), its words ready to type."""
        current = self.questions.currentItem()
        if current is None:
            current = self.questions.topLevelItem(self.questions.topLevelItemCount() - 1)
        if current is None:
            return
        section = current.parent() or current
        item = self._question_item(section, "", None)
        if current.parent() is not None:  # just after the chosen question
            section.removeChild(item)
            section.insertChild(section.indexOfChild(current) + 1, item)
        self.questions.setCurrentItem(item)
        self.questions.setFocus()
        self.questions.editItem(item, 0)

    def move_question(self, step: int) -> None:
        """Move the chosen question up or down within its section."""
        item = self.questions.currentItem()
        section = item.parent() if item is not None else None
        if item is None or section is None:
            return
        at = section.indexOfChild(item) + step
        if not 0 <= at < section.childCount():
            return
        section.removeChild(item)
        section.insertChild(at, item)
        self.questions.setCurrentItem(item)

    # ----------------------------------------------------------------- saving
    def template(self) -> Template | None:
        """The set of questions as saved, once Save was chosen."""
        return self._result

    def _save(self) -> None:
        title = self.name.text().strip()
        if not title:
            self._say(self.tr("Give your set of questions a name, so you can find it."))
            self.name.setFocus()
            return
        made = self._draft
        own = is_own(self._source().id)
        taken = {p.id for p in made.iter_prompts()}  # ids given out are never given again
        sections: list[Section] = []
        for head in self._heads():
            original: Section = head.data(0, SECTION)
            prompts: list[Prompt] = []
            for item in (head.child(row) for row in range(head.childCount())):
                prompt = self._prompt(item, made.id, taken, own=own) if item else None
                if prompt is not None:
                    prompts.append(prompt)
            if prompts:
                sections.append(Section(original.id, original.title, tuple(prompts)))
        made = dataclasses.replace(
            made,
            title=title,
            sections=tuple(sections),
            retired=own and not self.offered.isChecked(),
        )
        if not any(not p.retired for p in made.iter_prompts()):
            self._say(self.tr("Tick at least one question to ask (with Space)."))
            self.questions.setFocus()
            return
        self._result = made
        self.accept()

    def _prompt(
        self,
        item: QTreeWidgetItem,
        template_id: str,
        taken: set[str],
        *,
        own: bool,
    ) -> Prompt | None:
        prompt: Prompt | None = item.data(0, PROMPT)
        words = item.text(0).strip()[:MAX_TEXT]
        asked = item.checkState(0) == Qt.CheckState.Checked
        if prompt is None:  # a question of her own
            if not words or not asked:
                return None
            return new_question(template_id, words, taken)
        if not asked and not own:
            return None  # a new copy simply leaves it out: nothing was answered in it yet
        return dataclasses.replace(prompt, text=words or prompt.text, retired=not asked)

    def _heads(self) -> list[QTreeWidgetItem]:
        """The section rows, top to bottom."""
        count = self.questions.topLevelItemCount()
        return [item for i in range(count) if (item := self.questions.topLevelItem(i))]

    def _say(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()
