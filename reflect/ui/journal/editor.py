"""The reflection form: a header line, then the template's sections down one scrolling page.

The editor only edits: it emits `changed` as the visitor types and hands out a `Reflection`
snapshot on request. Saving, autosave timing and errors belong to the journal page.
Comments from supervision are shown in place (`show_comments`) but are never part of the
snapshot: they cannot be edited here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.library import Library
from reflect.domain.own_templates import stand_in
from reflect.domain.reflection import Reflection, ShareState, Status, VisitKind
from reflect.domain.template import Template
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import Spacing, TextRole
from reflect.ui.journal.comment_view import SupervisionSection
from reflect.ui.journal.editor_header import NO_DURATION, EditorHeader
from reflect.ui.journal.editor_supervision import EditorSupervision
from reflect.ui.journal.form_section import FormSection
from reflect.ui.journal.identifier_hint import IdentifierHint
from reflect.ui.journal.prompt_widget import PromptWidget
from reflect.ui.widgets.growing_text_edit import GrowingTextEdit, keep_in_view
from reflect.ui.widgets.key_names import key_names
from reflect.ui.widgets.local_dates import pydate, qdate
from reflect.ui.widgets.spelling import Speller


class ReflectionEditor(EditorHeader, EditorSupervision, QScrollArea):
    """Edits one reflection. Signals: `changed`, `card_requested(card_id)`,
    `complete_requested`."""

    changed = Signal()
    card_requested = Signal(str)
    complete_requested = Signal()
    draft_requested = Signal()
    deeper_toggled = Signal(str, bool)
    loaded = Signal()  # a reflection was put on the form
    """A section's "Go deeper" was opened or closed: "template-id/section-id", open."""

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
        self.sections: list[FormSection] = []
        self.open_sections: set[str] = set()
        """Sections whose "Go deeper" the visitor left open ("template-id/section-id")."""
        self._page = QWidget()
        space = Spacing.of(self.font())
        self._layout = QVBoxLayout(self._page)
        self._layout.setContentsMargins(space.xl, space.m, space.xl, space.xl)
        self._layout.setSpacing(space.xs)
        self.setWidget(self._page)
        self._build_header()
        self._sections = QVBoxLayout()
        self._sections.setSpacing(0)
        self._layout.addLayout(self._sections)
        self._layout.addSpacing(space.l)
        notes_label = text_role(
            QLabel(self.tr("Anything else you want to remember")), TextRole.QUESTION
        )
        notes_label.setWordWrap(True)
        self.notes = look(GrowingTextEdit(), Look.ANSWER)
        self.notes.setAccessibleName(self.tr("Other notes"))
        notes_label.setBuddy(self.notes)
        self.notes.typed.connect(self._edited)
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
        self.status_label = look(QLabel(), Look.MARK)
        self.complete_button = look(QPushButton(self.tr("Mark complete")), Look.PRIMARY)
        self.complete_button.setAccessibleName(self.tr("Mark this reflection complete"))
        self.complete_button.setToolTip(
            self.tr("{keys}. A complete reflection can still be added to.").format(
                keys=key_names("Ctrl+Enter")
            )
        )
        self.complete_button.clicked.connect(self._complete_clicked)
        # Ctrl+Enter completes only while the editor has the focus, not from anywhere.
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._complete_clicked)
        private = QShortcut(QKeySequence("F2"), self)
        private.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        private.activated.connect(self._toggle_private)
        footer.addWidget(self.status_label)
        footer.addStretch(1)
        footer.addWidget(self.complete_button)
        self._layout.addSpacing(space.m)
        self._layout.addLayout(footer)
        self._layout.addStretch(1)
        self._loading = False
        self._save_text = ""

    # ----------------------------------------------------------------- loading
    def load(self, reflection: Reflection) -> None:
        """Show a reflection (new or stored) without emitting `changed`."""
        self._loading = True
        self._reflection = reflection
        template = self.template_for(reflection)
        self._fill_template_box(template)
        self._show_template(template)
        self.visit_date.setDate(qdate(reflection.visit_date))
        self.family_code.setEditText(reflection.family_code)
        self.visit_kind.setCurrentIndex(
            max(0, self.visit_kind.findData(reflection.visit_kind.value))
        )
        self.duration.setValue(reflection.duration_minutes or NO_DURATION)
        self.share.setChecked(reflection.share_state != ShareState.PRIVATE)
        self._fit_header(template)
        self._save_text = ""
        for widget in self.prompts:
            widget.set_answer(reflection.answer(widget.prompt.id))
        for section in self.sections:
            section.show_answered(reflection)
        self._order_tabs()
        self.notes.setPlainText(reflection.notes)
        self.notes_hint.refresh()
        self.show_comments([])  # the page shows this reflection's own, once it has them
        # Only a reflection with nothing in it yet may switch template.
        self.template_box.setEnabled(not any(a.text.strip() for a in reflection.answers))
        self._show_status()
        self._loading = False
        self.loaded.emit()

    def _show_template(self, template: Template) -> None:
        if self._template is not None and self._template.id == template.id:
            return
        self._template = template
        while self._sections.count():
            item = self._sections.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.prompts = []
        self.sections = []
        self.show_notice(template.notice)
        for section in template.sections:
            form_section = FormSection(section, self.library, self.never_write)
            key = f"{template.id}/{section.id}"
            form_section.set_open(key in self.open_sections)
            form_section.deeper_toggled.connect(lambda open_, k=key: self._deeper_toggled(k, open_))
            for widget in form_section.prompts:
                self._spell(widget.editor)
                widget.changed.connect(self._edited)
                widget.card_requested.connect(self.card_requested)
                keep_in_view(self, widget.editor)
            self._sections.addWidget(form_section)
            self.sections.append(form_section)
            self.prompts.extend(form_section.prompts)
        self._order_tabs()

    def remember_open(self, keys: frozenset[str]) -> None:
        """The sections whose "Go deeper" this visitor leaves open."""
        self.open_sections = set(keys)
        if self._template is not None:
            for section in self.sections:
                section.set_open(f"{self._template.id}/{section.section.id}" in keys)
            self._order_tabs()

    def _deeper_toggled(self, key: str, open_: bool) -> None:
        if open_:
            self.open_sections.add(key)
        else:
            self.open_sections.discard(key)
        self._order_tabs()
        self.deeper_toggled.emit(key, open_)

    def _order_tabs(self) -> None:
        """Tab in the order the eye reads: the header, each answer top to bottom (with each
        section's "Go deeper"), then the notes and Mark complete."""
        chain: list[QWidget] = [
            self.template_box,
            self.visit_date,
            self.family_code,
            self.visit_kind,
            self.duration,
            self.share,
        ]
        for section in self.sections:
            chain.extend(section.focus_chain())
        chain.extend([self.notes, self.complete_button])
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _template_chosen(self) -> None:
        if self._loading or self._reflection is None:
            return
        template = self.library_template(str(self.template_box.currentData()))
        if template is None:  # the stand-in for a set of questions no longer here
            return
        self._show_template(template)
        self._fit_header(template)
        self._edited()

    def set_speller(self, speller: Speller, add_word: Callable[[str], None]) -> None:
        """Check spelling in every answer and the notes from now on."""
        self._speller = (speller, add_word)
        self._spell(self.notes)
        for widget in self.prompts:
            self._spell(widget.editor)

    def _spell(self, box: QWidget) -> None:
        speller = getattr(self, "_speller", None)
        if speller is not None and isinstance(box, GrowingTextEdit):
            box.check_spelling(*speller)

    def set_library(self, library: Library) -> None:
        """Use this library from now on (the visitor's own sets of questions changed);
        the reflection on screen stays as it is."""
        self.library = library
        current = self._template
        if current is not None:
            was_loading, self._loading = self._loading, True
            self._fill_template_box(self.library_template(current.id) or current)
            self._loading = was_loading

    def library_template(self, template_id: str) -> Template | None:
        """The library's template with this id, or None."""
        try:
            return self.library.template(template_id)
        except KeyError:
            return None

    def template_for(self, reflection: Reflection) -> Template:
        """The reflection's template; for one whose set of questions is no longer here, a
        stand-in that still shows (and so keeps) every answer."""
        return self.library_template(reflection.template_id) or stand_in(reflection)

    def _show_status(self) -> None:
        done = self._reflection is not None and self._reflection.status == Status.COMPLETE
        self.status_label.setText(self.tr("Complete") if done else self.tr("Draft"))
        self.complete_button.setText(
            self.tr("Mark as draft again") if done else self.tr("Mark complete")
        )
        self.complete_button.setAccessibleName(self.complete_button.text())
        # Finishing is the way forward; going back to a draft is not the page's main action.
        look(self.complete_button, Look.PLAIN if done else Look.PRIMARY)
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
            for section in self.sections:
                if section.deeper.isAncestorOf(widget):
                    section.set_open(True)  # found behind "Go deeper": shown, not hidden
            self.ensureWidgetVisible(widget, 0, 60)
            widget.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_to_prompt(self, step: int) -> None:
        """Ctrl+Down / Ctrl+Up: the cursor to the next or previous question's answer."""
        if not self.prompts:
            return
        shown = [w for w in self.prompts if w.isVisibleTo(self._page)] or self.prompts
        current = self.focused_prompt()
        index = shown.index(current) + step if current in shown else (0 if step > 0 else -1)
        target = shown[max(0, min(len(shown) - 1, index))]
        self.ensureWidgetVisible(target, 0, 60)
        target.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _toggle_private(self) -> None:
        widget = self.focused_prompt()
        if widget is not None:
            widget.toggle_private()

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
