"""The form for logging or correcting a training (saving as `RecordForm` says)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from reflect.domain.training import MAX_TRAINING_MINUTES, Training, TrainingCategory
from reflect.ui.hours.form_fields import date_box, name_box
from reflect.ui.hours.hours_words import category_word
from reflect.ui.hours.record_form import RecordForm
from reflect.ui.widgets.growing_text_edit import GrowingTextEdit
from reflect.ui.widgets.hours_box import HoursBox
from reflect.ui.widgets.local_dates import pydate

MAX_NAME = 300
"""Characters in a title or a provider's name (the journal refuses more, with a sentence)."""


class TrainingForm(RecordForm[Training]):
    """Date, title, provider, hours, category and the visitor's own notes."""

    def __init__(
        self,
        save: Callable[[Training], Training],
        *,
        training: Training,
        editing: bool,
        providers: Sequence[str],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, uuid=training.uuid, editing=editing, parent=parent)
        self._titled(self.tr("Edit a training") if editing else self.tr("Add a training"))
        em = self.fontMetrics().height()
        form = self._fields()
        self.date = date_box(training.date, self.tr("Date of the training"), latest=today)
        form.addRow(self.tr("&Date"), self.date)
        self.title = QLineEdit(training.title)
        self.title.setMaxLength(MAX_NAME)
        self.title.setAccessibleName(self.tr("Title of the training"))
        self.title.setPlaceholderText(self.tr("As the certificate names it"))
        form.addRow(self.tr("&Title"), self.title)
        self.provider = name_box(
            providers,
            training.provider,
            name=self.tr("Provider: who offered the training"),
            hint=self.tr("Who offered it, if you like"),
            longest=MAX_NAME,
        )
        form.addRow(self.tr("P&rovider"), self.provider)
        self.hours = HoursBox()
        # 0 is allowed here so that a mistaken 0 gets a sentence rather than a silent bounce.
        self.hours.setRange(0, MAX_TRAINING_MINUTES / 60)
        self.hours.set_minutes(training.minutes)
        self.hours.setAccessibleName(self.tr("Length of the training in hours"))
        form.addRow(self.tr("&Hours"), self.hours)
        self.category = QComboBox()
        for category in TrainingCategory:
            self.category.addItem(category_word(category), category.value)
        self.category.setCurrentIndex(self.category.findData(training.category.value))
        self.category.setAccessibleName(self.tr("What the training was about"))
        form.addRow(self.tr("&About"), self.category)
        self.notes = GrowingTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for yourself"))
        self.notes.setPlainText(training.notes)
        form.addRow(self.tr("&Notes"), self.notes)

        buttons = self._buttons(self.tr("Save the training"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em, em, em, em)
        outer.setSpacing(em)
        outer.addLayout(form)
        outer.addStretch(1)
        outer.addWidget(buttons)
        self.resize(60 * self.fontMetrics().averageCharWidth() + 4 * em, self.sizeHint().height())
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def record(self) -> Training:
        """What the form holds now, checked or not (the journal checks it when saving)."""
        return Training(
            date=pydate(self.date.date()),
            title=self.title.text().strip(),
            minutes=self.hours.minutes(),
            provider=self.provider.currentText().strip(),
            category=TrainingCategory(self.category.currentData()),
            notes=self.notes.toPlainText(),
            uuid=self._uuid,
        )
