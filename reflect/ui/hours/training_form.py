"""The form for logging or correcting a training.

As with a session, saving goes through the `save` callable the page gives it; when saving
fails, the sentence is shown and the form stays open with everything typed in it, and the
training keeps one uuid across tries, so a second try never logs it twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.errors import ReflectError
from reflect.domain.training import MAX_TRAINING_MINUTES, Training, TrainingCategory
from reflect.ui.hours.hours_words import category_word, short_pattern
from reflect.ui.widgets import messages
from reflect.ui.widgets.growing_text_edit import GrowingTextEdit
from reflect.ui.widgets.hours_box import HoursBox
from reflect.ui.widgets.local_dates import pydate, qdate

MAX_NAME = 300
"""Characters in a title or a provider's name (the journal refuses more, with a sentence)."""


class TrainingForm(QDialog):
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
        super().__init__(parent)
        self._save = save
        self._uuid = training.uuid
        self.editing = editing
        self.saved: Training | None = None
        title = self.tr("Edit a training") if editing else self.tr("Add a training")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        em = self.fontMetrics().height()
        form = QFormLayout()
        form.setVerticalSpacing(em // 2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(short_pattern())
        self.date.setMaximumDate(qdate(today))
        self.date.setDate(qdate(training.date))
        self.date.setAccessibleName(self.tr("Date of the training"))
        form.addRow(self.tr("&Date"), self.date)
        self.title = QLineEdit(training.title)
        self.title.setMaxLength(MAX_NAME)
        self.title.setAccessibleName(self.tr("Title of the training"))
        self.title.setPlaceholderText(self.tr("As the certificate names it"))
        form.addRow(self.tr("&Title"), self.title)
        self.provider = QComboBox()
        self.provider.setEditable(True)
        # Typing a name does not add it to the list; saved trainings are what it remembers.
        self.provider.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.provider.addItems(list(providers))
        self.provider.setCurrentText(training.provider)
        self.provider.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.provider.setMinimumContentsLength(24)
        self.provider.setAccessibleName(self.tr("Provider: who offered the training"))
        line = self.provider.lineEdit()
        if line is not None:
            line.setMaxLength(MAX_NAME)
            line.setPlaceholderText(self.tr("Who offered it, if you like"))
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

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save the training"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Cancel without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(em, em, em, em)
        outer.setSpacing(em)
        outer.addLayout(form)
        outer.addStretch(1)
        outer.addWidget(buttons)
        # Enter in the notes starts a new line; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.resize(60 * self.fontMetrics().averageCharWidth() + 4 * em, self.sizeHint().height())
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def training(self) -> Training:
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

    def accept(self) -> None:
        """Save, and close only once saved; a failure is said and the form stays as typed."""
        try:
            self.saved = self._save(self.training())
        except ReflectError as error:
            messages.show_error(self, error)
            return
        super().accept()
