"""The reflection form: a header line, then the template's sections down one scrolling page.

The editor only edits: it emits `changed` as the visitor types and hands out a `Reflection`
snapshot on request. Saving, autosave timing and errors belong to the journal page.
Comments from supervision are shown in place (`show_comments`) but are never part of the
snapshot: they cannot be edited here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.library import Library
from reflect.domain.reflection import Reflection, ShareState, Status, VisitKind
from reflect.domain.template import Template
from reflect.ui.journal.comment_view import NewCommentsNote, SupervisionSection
from reflect.ui.journal.editor_supervision import EditorSupervision
from reflect.ui.journal.identifier_hint import IdentifierHint
from reflect.ui.journal.prompt_widget import PromptWidget
from reflect.ui.widgets.growing_text_edit import GrowingTextEdit
from reflect.ui.widgets.local_dates import pydate, qdate

NO_DURATION = 0


class ReflectionEditor(EditorSupervision, QScrollArea):
    """Edits one reflection. Signals: `changed`, `card_requested(card_id)`,
    `complete_requested`."""

    changed = Signal()
    card_requested = Signal(str)
    complete_requested = Signal()
    draft_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWidgetResizable(True)
        # The form fits the width it is given (text wraps, chips flow); it never scrolls sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Reflection"))
        self._reflection: Reflection | None = None
        self._template: Template | None = None
        self._never_write: tuple[str, ...] = ()
        self.prompts: list[PromptWidget] = []
        self._page = QWidget()
        self._layout = QVBoxLayout(self._page)
        self._layout.setContentsMargins(24, 16, 24, 24)
        self._layout.setSpacing(10)
        self.setWidget(self._page)
        self._build_header()
        self._sections = QVBoxLayout()
        self._sections.setSpacing(6)
        self._layout.addLayout(self._sections)
        notes_label = QLabel(self.tr("Anything else you want to remember"))
        self.notes = GrowingTextEdit()
        self.notes.setAccessibleName(self.tr("Other notes"))
        notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._edited)
        self.notes_hint = IdentifierHint(
            self.notes.toPlainText, self.never_write, describes=self.notes
        )
        self.notes.textChanged.connect(self.notes_hint.schedule)
        self._layout.addWidget(notes_label)
        self._layout.addWidget(self.notes)
        self._layout.addWidget(self.notes_hint)
        self.supervision = SupervisionSection()
        self._layout.addWidget(self.supervision)
        footer = QHBoxLayout()
        self.status_label = QLabel()
        self.complete_button = QPushButton(self.tr("Mark complete"))
        self.complete_button.setAccessibleName(self.tr("Mark this reflection complete"))
        self.complete_button.setToolTip(
            self.tr("Ctrl+Enter. A complete reflection can still be added to.")
        )
        self.complete_button.clicked.connect(self._complete_clicked)
        # Ctrl+Enter completes only while the editor has the focus, not from anywhere.
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._complete_clicked)
        footer.addWidget(self.status_label)
        footer.addStretch(1)
        footer.addWidget(self.complete_button)
        self._layout.addLayout(footer)
        self._layout.addStretch(1)
        self._loading = False
        self._save_text = ""

    # ----------------------------------------------------------------- header
    def _build_header(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.template_box = QComboBox()
        self.template_box.setAccessibleName(self.tr("Kind of reflection"))
        for template in self._ordered_templates():
            self.template_box.addItem(template.title, template.id)
        self.template_box.currentIndexChanged.connect(self._template_chosen)
        self.visit_date = QDateEdit()
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setDisplayFormat("ddd d MMM yyyy")
        self.visit_date.setAccessibleName(self.tr("Visit date"))
        self.visit_date.dateChanged.connect(self._edited)
        self.family_code = QComboBox()
        self.family_code.setEditable(True)
        self.family_code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.family_code.setAccessibleName(self.tr("Family code"))
        line = self.family_code.lineEdit()
        assert line is not None  # an editable combo box always has its line
        line.setPlaceholderText(self.tr("Code or initials, never a name"))
        line.setMaxLength(16)
        line.textEdited.connect(self._edited)
        self.family_code.activated.connect(self._edited)
        self.family_code.setMinimumWidth(220)
        self.visit_kind = QComboBox()
        self.visit_kind.setAccessibleName(self.tr("Kind of visit"))
        for kind, label in self._visit_kinds():
            self.visit_kind.addItem(label, kind.value)
        self.visit_kind.currentIndexChanged.connect(self._edited)
        self.duration = QSpinBox()
        self.duration.setRange(NO_DURATION, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" minutes"))
        self.duration.setSpecialValueText(self.tr("Not noted"))
        self.duration.setAccessibleName(self.tr("Visit length in minutes"))
        self.duration.valueChanged.connect(self._edited)
        self.share = QCheckBox(self.tr("Bring to supervision"))
        self.share.setAccessibleName(self.tr("Bring this reflection to supervision"))
        self.share.setToolTip(
            self.tr("Marks it for your next supervision. Private answers are always left out.")
        )
        self.share.toggled.connect(self._edited)
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save status"))
        form.addRow(self.tr("Questions"), self.template_box)
        form.addRow(self.tr("Visit date"), self.visit_date)
        form.addRow(self.tr("Family code"), self.family_code)
        form.addRow(self.tr("Visit"), self.visit_kind)
        form.addRow(self.tr("Length"), self.duration)
        form.addRow("", self.share)
        form.addRow(self.tr("Status"), self.save_state)
        hint = QLabel(
            self.tr(
                "This is your private reflective-practice journal, not the case record. "
                "Use codes or initials, never names."
            )
        )
        hint.setWordWrap(True)
        self._layout.addLayout(form)
        self._layout.addWidget(hint)
        self.new_comments = NewCommentsNote()
        self.new_comments.go_requested.connect(self.go_to_first_new_comment)
        self._layout.addWidget(self.new_comments)

    def _visit_kinds(self) -> list[tuple[VisitKind, str]]:
        return [
            (VisitKind.HOME_VISIT, self.tr("Home visit")),
            (VisitKind.VIRTUAL, self.tr("Virtual visit")),
            (VisitKind.PHONE, self.tr("Phone call")),
            (VisitKind.GROUP, self.tr("Group")),
            (VisitKind.OTHER, self.tr("Other")),
        ]

    def _ordered_templates(self) -> list[Template]:
        order = ["after-visit", "quick-check-in", "before-supervision", "after-supervision"]
        known = {t.id: t for t in self.library.templates}
        return [known[i] for i in order if i in known] + [
            t for t in self.library.templates if t.id not in order
        ]

    # ----------------------------------------------------------------- loading
    def set_family_codes(self, codes: Sequence[str]) -> None:
        """Offer these codes in the family-code box (typing a new one is fine too)."""
        current = self.family_code.currentText()
        self.family_code.blockSignals(True)
        self.family_code.clear()
        self.family_code.addItems(list(codes))
        self.family_code.setEditText(current)
        self.family_code.blockSignals(False)

    def load(self, reflection: Reflection) -> None:
        """Show a reflection (new or stored) without emitting `changed`."""
        self._loading = True
        self._reflection = reflection
        self.template_box.setCurrentIndex(
            max(0, self.template_box.findData(reflection.template_id))
        )
        self._show_template(self.library.template(reflection.template_id))
        self.visit_date.setDate(qdate(reflection.visit_date))
        self.family_code.setEditText(reflection.family_code)
        self.visit_kind.setCurrentIndex(
            max(0, self.visit_kind.findData(reflection.visit_kind.value))
        )
        self.duration.setValue(reflection.duration_minutes or NO_DURATION)
        self.share.setChecked(reflection.share_state != ShareState.PRIVATE)
        self._save_text = ""
        for widget in self.prompts:
            widget.set_answer(reflection.answer(widget.prompt.id))
        self.notes.setPlainText(reflection.notes)
        self.notes_hint.refresh()
        self.show_comments([])  # the page shows this reflection's own, once it has them
        # Only a reflection with nothing in it yet may switch template.
        self.template_box.setEnabled(not any(a.text.strip() for a in reflection.answers))
        self._show_status()
        self._loading = False

    def _show_template(self, template: Template) -> None:
        if self._template is not None and self._template.id == template.id:
            return
        self._template = template
        while self._sections.count():
            item = self._sections.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.prompts = []
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        for section in template.sections:
            title = QLabel(section.title)
            title.setFont(heading_font)
            title.setContentsMargins(0, 14, 0, 0)
            self._sections.addWidget(title)
            for prompt in section.prompts:
                widget = PromptWidget(prompt, self.library, never_write=self.never_write)
                widget.changed.connect(self._edited)
                widget.card_requested.connect(self.card_requested)
                self._sections.addWidget(widget)
                self.prompts.append(widget)

    def _template_chosen(self) -> None:
        if self._loading or self._reflection is None:
            return
        template_id = str(self.template_box.currentData())
        self._show_template(self.library.template(template_id))
        self._edited()

    def _show_status(self) -> None:
        done = self._reflection is not None and self._reflection.status == Status.COMPLETE
        self.status_label.setText(self.tr("Complete") if done else self.tr("Draft"))
        self.complete_button.setText(
            self.tr("Mark as draft again") if done else self.tr("Mark complete")
        )
        self.complete_button.setAccessibleName(self.complete_button.text())
        self.show_save_state(self._save_text)

    def show_save_state(self, text: str) -> None:
        """The header's status: Draft or Complete, then Saving…, Saved 10:42 or Not saved."""
        self._save_text = text
        state = self.status_label.text()
        self.save_state.setText(f"{state} · {text}" if text else state)

    def _complete_clicked(self) -> None:
        if self._reflection is not None and self._reflection.status == Status.COMPLETE:
            self.draft_requested.emit()
        else:
            self.complete_requested.emit()

    def _edited(self, *_: object) -> None:
        if not self._loading and self._reflection is not None:
            self.changed.emit()

    # ----------------------------------------------------------------- reading
    @property
    def reflection(self) -> Reflection | None:
        """The reflection as last loaded (not including unsaved edits)."""
        return self._reflection

    def snapshot(self) -> Reflection | None:
        """The reflection as it stands on screen now."""
        if self._reflection is None or self._template is None:
            return None
        answers = tuple(a for w in self.prompts if (a := w.answer()) is not None)
        minutes = self.duration.value()
        return dataclasses.replace(
            self._reflection,
            template_id=self._template.id,
            visit_date=pydate(self.visit_date.date()),
            family_code=self.family_code.currentText().strip(),
            visit_kind=VisitKind(self.visit_kind.currentData()),
            duration_minutes=None if minutes == NO_DURATION else minutes,
            answers=answers,
            notes=self.notes.toPlainText(),
            share_state=self._share_state(),
        )

    def _share_state(self) -> ShareState:
        assert self._reflection is not None
        if not self.share.isChecked():
            return ShareState.PRIVATE
        if self._reflection.share_state == ShareState.SHARED:
            return ShareState.SHARED
        return ShareState.TO_SHARE

    def is_blank(self) -> bool:
        """Nothing typed and no code chosen: a new reflection not worth saving yet."""
        snapshot = self.snapshot()
        return (
            snapshot is not None
            and not snapshot.family_code
            and not any(a.text.strip() for a in snapshot.answers)
            and not snapshot.notes.strip()
        )

    def mark_saved(self, reflection: Reflection) -> None:
        """Remember what the journal now holds (timestamps, status) without reloading."""
        self._reflection = reflection
        self._show_status()

    def prompt_widget(self, prompt_id: str) -> PromptWidget | None:
        """The widget asking `prompt_id`, if this template has it."""
        return next((w for w in self.prompts if w.prompt.id == prompt_id), None)

    def scroll_to_prompt(self, prompt_id: str) -> None:
        """Bring a prompt into view and put the cursor in its answer."""
        widget = self.prompt_widget(prompt_id)
        if widget is not None:
            self.ensureWidgetVisible(widget, 0, 60)
            widget.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_to_prompt(self, step: int) -> None:
        """Ctrl+Down / Ctrl+Up: the cursor to the next or previous question's answer."""
        if not self.prompts:
            return
        current = self.focused_prompt()
        index = self.prompts.index(current) + step if current else (0 if step > 0 else -1)
        target = self.prompts[max(0, min(len(self.prompts) - 1, index))]
        self.ensureWidgetVisible(target, 0, 60)
        target.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_first_answer(self) -> None:
        """The cursor in the first question's answer, its text selected to type over."""
        if self.prompts:
            first = self.prompts[0]
            self.ensureWidgetVisible(first, 0, 60)
            first.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if isinstance(first.editor, QAbstractSpinBox):  # "Not answered" goes at a digit
                first.editor.selectAll()

    def focused_prompt(self) -> PromptWidget | None:
        """The prompt whose answer has the keyboard focus (for F1)."""
        focus = self.focusWidget()
        return next((w for w in self.prompts if focus is not None and w.isAncestorOf(focus)), None)

    def clear(self) -> None:
        """Show nothing (used when the journal locks)."""
        self._loading = True
        self._reflection = None
        for widget in self.prompts:
            widget.set_answer(None)
        self.notes.clear()
        self.show_comments([])
        self.family_code.setEditText("")
        self._loading = False

    def today(self) -> dt.date:
        """Today's date as the visitor's computer sees it."""
        return pydate(QDate.currentDate())
