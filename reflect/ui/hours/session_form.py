"""The form for logging or correcting a supervision session (saving as `RecordForm` says)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.endorsement import provider_key
from reflect.domain.reflection import Answer
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.domain.template import Template
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.hours.discussed_list import DiscussedList
from reflect.ui.hours.form_fields import date_box, name_box
from reflect.ui.hours.port import ReflectionChoice
from reflect.ui.hours.record_form import RecordForm
from reflect.ui.widgets.growing_text_edit import GrowingTextEdit
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.local_dates import pydate
from reflect.ui.widgets.minutes_box import MinutesBox
from reflect.ui.widgets.scrolling_dialog import resize_within_screen, scrolling_layout

NEXT_STEPS_PROMPT = "after-supervision.next-steps"
"""The template's next-steps answer is also kept as the session's `next_steps`."""


class SessionForm(RecordForm[SupervisionSession]):
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
        super().__init__(save, uuid=session.uuid, editing=editing, parent=parent)
        # By provider_key, so "dana reyes" finds what was written for "Dana Reyes".
        self._categories = {provider_key(name): c for name, c in categories.items()}
        self._titled(self.tr("Edit a session") if editing else self.tr("Log a session"))
        em = self.fontMetrics().height()

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(em, em, em, em)
        column.setSpacing(em // 2)
        form = self._fields()
        self.date = date_box(session.date, self.tr("Date of the session"), latest=today)
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
        self.provider = name_box(
            sorted(categories, key=str.casefold),
            session.provider,
            name=self.tr("Provider: who gave the supervision"),
            hint=self.tr("Who gave the supervision"),
        )
        self.provider.textActivated.connect(self._fill_category)
        form.addRow(self.tr("P&rovider"), self.provider)
        known = {c for c in self._categories.values() if c}
        self.category = name_box(
            sorted(known, key=str.casefold),
            session.provider_category,
            name=self.tr("The provider's endorsement category"),
            hint=self.tr("Their endorsement category, if you know it"),
        )
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
        scrolling_layout(self, body, self._buttons(self.tr("Save the session")))
        # Wide enough for a question on one or two lines; no taller than the screen.
        resize_within_screen(self, 90 * self.fontMetrics().averageCharWidth() + 6 * em, 50 * em)
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

    def record(self) -> SupervisionSession:
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
