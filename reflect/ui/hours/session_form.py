"""The form for logging or correcting a supervision session.

Saving goes through the `save` callable the page gives it. When saving fails, the sentence
is shown and the form stays open with everything typed in it, to be put right and saved
again; the session keeps one uuid across tries, so a second try never logs it twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.endorsement import provider_key
from reflect.domain.errors import ReflectError
from reflect.domain.reflection import Answer
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.domain.template import Template
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.hours.discussed_list import DiscussedList
from reflect.ui.hours.hours_words import short_pattern
from reflect.ui.hours.port import ReflectionChoice
from reflect.ui.widgets import messages
from reflect.ui.widgets.growing_text_edit import GrowingTextEdit
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.local_dates import pydate, qdate
from reflect.ui.widgets.minutes_box import MinutesBox

NEXT_STEPS_PROMPT = "after-supervision.next-steps"
"""The template's next-steps answer is also kept as the session's `next_steps`."""


class SessionForm(QDialog):
    """Date, minutes, kind, provider, session notes and the reflections discussed."""

    def __init__(
        self,
        template: Template,
        save: Callable[[SupervisionSession], SupervisionSession],
        *,
        session: SupervisionSession,
        editing: bool,
        categories: Mapping[str, str],
        choices: Sequence[ReflectionChoice],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._uuid = session.uuid
        self.editing = editing
        # By provider_key, so "dana reyes" finds what was written for "Dana Reyes".
        self._categories = {provider_key(name): c for name, c in categories.items()}
        self.saved: SupervisionSession | None = None
        title = self.tr("Edit a session") if editing else self.tr("Log a session")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        em = self.fontMetrics().height()

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(em, em, em, em)
        column.setSpacing(em // 2)
        form = QFormLayout()
        form.setVerticalSpacing(em // 2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(short_pattern())
        self.date.setMaximumDate(qdate(today))
        self.date.setDate(qdate(session.date))
        self.date.setAccessibleName(self.tr("Date of the session"))
        form.addRow(self.tr("&Date"), self.date)
        self.minutes = MinutesBox()
        # 0 is allowed here so that a mistaken 0 gets a sentence rather than a silent bounce.
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setValue(session.minutes)
        self.minutes.setAccessibleName(self.tr("Length of the session in minutes"))
        form.addRow(self.tr("&Length"), self.minutes)
        self.format = QButtonGroup(self)
        self.individual = self._radio(self.tr("&Individual"), self.format)
        self.group = self._radio(self.tr("&Group"), self.format)
        self.group.setChecked(session.format is SessionFormat.GROUP)
        self.individual.setChecked(session.format is not SessionFormat.GROUP)
        form.addRow(self.tr("Supervision"), self._radio_row(self.individual, self.group))
        self.mode = QButtonGroup(self)
        self.in_person = self._radio(self.tr("In &person"), self.mode)
        self.phone = self._radio(self.tr("P&hone"), self.mode)
        self.video = self._radio(self.tr("&Video"), self.mode)
        self.phone.setChecked(session.mode is SessionMode.PHONE)
        self.video.setChecked(session.mode is SessionMode.VIDEO)
        self.in_person.setChecked(session.mode is SessionMode.IN_PERSON)
        form.addRow(self.tr("Held"), self._radio_row(self.in_person, self.phone, self.video))
        self.provider = self._combo(sorted(categories, key=str.casefold), session.provider)
        self.provider.setAccessibleName(self.tr("Provider: who gave the supervision"))
        self._hint(self.provider, self.tr("Who gave the supervision"))
        self.provider.textActivated.connect(self._fill_category)
        form.addRow(self.tr("P&rovider"), self.provider)
        known = {c for c in self._categories.values() if c}
        self.category = self._combo(sorted(known, key=str.casefold), session.provider_category)
        self.category.setAccessibleName(self.tr("The provider's endorsement category"))
        self._hint(self.category, self.tr("Their endorsement category, if you know it"))
        form.addRow(self.tr("Provider's &category"), self.category)
        column.addLayout(form)

        column.addSpacing(em // 2)
        column.addWidget(HeadingLabel(self.tr("Session notes")))
        column.addWidget(QuietLabel(template.description, self))
        self.answers: dict[str, GrowingTextEdit] = {}
        for prompt in template.iter_prompts():
            question = QLabel(prompt.text)
            question.setWordWrap(True)
            column.addSpacing(em // 3)
            edit = GrowingTextEdit()
            edit.setAccessibleName(prompt.text)
            edit.setPlainText(self._answer(session, prompt.id))
            question.setBuddy(edit)
            column.addWidget(question)
            column.addWidget(edit)
            self.answers[prompt.id] = edit
        column.addSpacing(em // 3)
        notes_label = QLabel(self.tr("&Other notes"))
        self.notes = GrowingTextEdit()
        self.notes.setAccessibleName(self.tr("Other notes"))
        self.notes.setPlainText(session.notes)
        notes_label.setBuddy(self.notes)
        column.addWidget(notes_label)
        column.addWidget(self.notes)

        column.addSpacing(em // 2)
        column.addWidget(HeadingLabel(self.tr("Reflections discussed")))
        self.discussed = DiscussedList(choices, session.reflection_uuids)
        column.addWidget(self.discussed)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save the session"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, em)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        outer.setSpacing(em // 2)
        buttons.setContentsMargins(em, 0, em, 0)
        # Enter in a notes box starts a new line; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        # Wide enough for a question on one or two lines; no taller than the screen.
        height = 50 * em
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() * 9 // 10)
        self.resize(90 * self.fontMetrics().averageCharWidth() + 6 * em, height)
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def _radio(self, text: str, group: QButtonGroup) -> QRadioButton:
        radio = QRadioButton(text)
        radio.setAccessibleName(text.replace("&", ""))
        group.addButton(radio)
        return radio

    def _radio_row(self, *radios: QRadioButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(self.fontMetrics().height())
        for radio in radios:
            row.addWidget(radio)
        row.addStretch(1)
        return row

    def _combo(self, items: Sequence[str], text: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        # Typing a name does not add it to the list; saved sessions are what the list remembers.
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(items))
        combo.setCurrentText(text)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        return combo

    @staticmethod
    def _hint(combo: QComboBox, text: str) -> None:
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(text)

    @staticmethod
    def _answer(session: SupervisionSession, prompt_id: str) -> str:
        for answer in session.answers:
            if answer.prompt_id == prompt_id:
                return answer.text
        return session.next_steps if prompt_id == NEXT_STEPS_PROMPT else ""

    def _fill_category(self, provider: str) -> None:
        """Choosing a known provider fills in their category, unless one is typed already."""
        known = self._categories.get(provider_key(provider), "")
        if known and not self.category.currentText().strip():
            self.category.setCurrentText(known)

    def session(self) -> SupervisionSession:
        """What the form holds now, checked or not (the journal checks it when saving)."""
        answers = tuple(
            Answer(prompt_id, edit.toPlainText())
            for prompt_id, edit in self.answers.items()
            if edit.toPlainText().strip()
        )
        next_steps = self.answers.get(NEXT_STEPS_PROMPT)
        return SupervisionSession(
            date=pydate(self.date.date()),
            minutes=self.minutes.value(),
            provider=self.provider.currentText().strip(),
            format=SessionFormat.GROUP if self.group.isChecked() else SessionFormat.INDIVIDUAL,
            mode=(
                SessionMode.PHONE
                if self.phone.isChecked()
                else SessionMode.VIDEO
                if self.video.isChecked()
                else SessionMode.IN_PERSON
            ),
            provider_category=self.category.currentText().strip(),
            notes=self.notes.toPlainText(),
            next_steps=next_steps.toPlainText() if next_steps is not None else "",
            reflection_uuids=self.discussed.chosen(),
            answers=answers,
            uuid=self._uuid,
        )

    def accept(self) -> None:
        """Save, and close only once saved; a failure is said and the form stays as typed."""
        try:
            self.saved = self._save(self.session())
        except ReflectError as error:
            messages.show_error(self, error)
            return
        super().accept()
