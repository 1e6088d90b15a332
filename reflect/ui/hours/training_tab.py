"""Training and renewal: the renewal year's progress, then the trainings logged.

The tab reads and writes through the `HoursPort` and shows failures as sentences. The page
hands it the sessions and the start date it read, so supervision hours in the renewal year
agree with the Supervision tab. Locking empties it; a training form open at that moment is
closed and its contents kept in memory only, to be opened again when the page is next shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reflect.domain.errors import ReflectError
from reflect.domain.renewal import RenewalNeeds, RenewalProgress, renewal_progress
from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.training import Training, TrainingCategory
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.cards.role_heading import RoleHeading
from reflect.ui.design.looks import Look, look
from reflect.ui.design.scales import TextRole
from reflect.ui.hours.hours_words import hours_phrase, long_date
from reflect.ui.hours.port import HoursPort
from reflect.ui.hours.renewal_progress import RenewalProgressView
from reflect.ui.hours.sessions_tab import page_button
from reflect.ui.hours.training_form import TrainingForm
from reflect.ui.hours.trainings_table import TrainingsTable
from reflect.ui.widgets import messages
from reflect.ui.widgets.plurals import english_plural

TRAINING_NEED_KEY = "renewal_training_hours"
SUPERVISION_NEED_KEY = "renewal_supervision_hours"
DEI_NEED_KEY = "renewal_dei_hours"
"""Where the renewal needs are kept among the journal's settings, in whole hours."""


def renewal_needs(port: HoursPort) -> RenewalNeeds:
    """The needs kept in the journal (the usual ones until the visitor sets others)."""
    return RenewalNeeds.parse(
        port.setting(TRAINING_NEED_KEY),
        port.setting(SUPERVISION_NEED_KEY),
        port.setting(DEI_NEED_KEY),
    )


class TrainingTab(QWidget):
    """Emits `needs_changed` once a need is kept, and `said(text)` after a change."""

    needs_changed = Signal()
    said = Signal(str)

    def __init__(
        self, port: HoursPort, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._port = port
        self._today = today
        self._trainings: list[Training] = []
        self._sessions: Sequence[SupervisionSession] = ()
        self._start = today()
        self._draft: tuple[Training, bool] | None = None
        self.form: TrainingForm | None = None
        self.progress: RenewalProgress | None = None
        em = self.fontMetrics().height()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, em, 0, 0)
        column.setSpacing(em // 2)
        self.renewal = RenewalProgressView()
        self.renewal.needs_chosen.connect(self._keep_needs)
        column.addWidget(self.renewal)
        column.addSpacing(em)
        column.addWidget(RoleHeading(self.tr("Trainings"), TextRole.SECTION))
        self.add_button = look(page_button(self.tr("&Add a training…")), Look.PRIMARY)
        self.edit_button = page_button(self.tr("&Edit…"), self.tr("Edit the chosen training"))
        self.delete_button = page_button(self.tr("&Delete…"), self.tr("Delete the chosen training"))
        row = QHBoxLayout()
        for widget, slot in (
            (self.add_button, self.add_training),
            (self.edit_button, self.edit_training),
            (self.delete_button, self.delete_training),
        ):
            widget.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        self.table = TrainingsTable()
        self.table.setMinimumHeight(em * 8)
        self.table.itemActivated.connect(lambda *_: self.edit_training())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Only while the list has the focus: Delete in a text box elsewhere deletes text.
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_training,
            Qt.ShortcutContext.WidgetShortcut,
        )
        column.addWidget(self.table, 1)
        self.empty = QuietLabel(
            self.tr("No trainings logged yet. After a training, choose Add a training.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.empty, 1)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        column.addWidget(self.totals)
        self._selection_changed()

    # ----------------------------------------------------------------- reading
    def show_hours(self, sessions: Sequence[SupervisionSession], start: dt.date) -> bool:
        """Read the trainings and needs, and show them with these sessions; False (and a
        sentence) on failure."""
        self._sessions, self._start = sessions, start
        try:
            self._trainings = self._port.trainings()
            needs = renewal_needs(self._port)
        except ReflectError as error:
            messages.show_error(self, error)
            return False
        self.progress = renewal_progress(sessions, self._trainings, needs, start, self._today())
        self.renewal.show_progress(self.progress, needs)
        self.table.show_trainings(self._trainings)
        self.table.setVisible(bool(self._trainings))
        self.empty.setVisible(not self._trainings)
        n = len(self._trainings)
        trainings = english_plural(self.tr("%n training(s)", "", n), n)
        hours = hours_phrase(sum(t.minutes for t in self._trainings))
        self.totals.setText(
            self.tr("In all: {trainings}, {hours}.").format(trainings=trainings, hours=hours)
        )
        self.totals.setVisible(bool(self._trainings))
        self._selection_changed()
        if self._draft is not None and self.form is None:
            training, editing = self._draft
            self._draft = None
            self._open_form(training, editing)
        return True

    def _keep_needs(self, needs: RenewalNeeds) -> None:
        try:
            self._port.set_setting(TRAINING_NEED_KEY, str(needs.training_hours))
            self._port.set_setting(SUPERVISION_NEED_KEY, str(needs.supervision_hours))
            self._port.set_setting(DEI_NEED_KEY, str(needs.dei_hours))
        except ReflectError as error:
            messages.show_error(self, error)
        self.needs_changed.emit()

    def _chosen(self) -> Training | None:
        uuid = self.table.chosen_uuid()
        return next((t for t in self._trainings if t.uuid == uuid), None)

    def _selection_changed(self) -> None:
        chosen = self._chosen() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ----------------------------------------------------------------- changing
    def add_training(self) -> None:
        """Open the form for a new training: today, an hour, about infant mental health."""
        training = Training(
            date=self._today(), title="", minutes=60, category=TrainingCategory.INFANT_MENTAL_HEALTH
        )
        self._open_form(training, editing=False)

    def edit_training(self) -> None:
        """Open the form on the chosen training."""
        chosen = self._chosen()
        if chosen is not None:
            self._open_form(chosen, editing=True)

    def _open_form(self, training: Training, editing: bool) -> None:
        providers = sorted({t.provider for t in self._trainings if t.provider}, key=str.casefold)
        self.form = TrainingForm(
            self._port.save_training,
            training=training,
            editing=editing,
            providers=providers,
            today=max(self._today(), training.date),
            parent=self,
        )
        self.form.finished.connect(self._form_closed)
        self.form.open()

    def _form_closed(self, result: int) -> None:
        form, self.form = self.form, None
        if form is None:
            return
        form.deleteLater()
        if result and form.saved is not None:
            self.show_hours(self._sessions, self._start)
            self.table.select(form.saved.uuid)
            self.said.emit(self.tr("Training saved."))

    def delete_training(self) -> None:
        """Delete the chosen training, after a confirmation that names it."""
        chosen = self._chosen()
        if chosen is None:
            return
        text = self.tr(
            "Delete the training “{title}” of {date} ({hours})? Its notes go with it."
        ).format(
            title=chosen.title, date=long_date(chosen.date), hours=hours_phrase(chosen.minutes)
        )
        if not messages.confirm(self, self.tr("Delete a training"), text, self.tr("Delete")):
            return
        try:
            self._port.delete_training(chosen.uuid)
        except ReflectError as error:
            messages.show_error(self, error)
            return
        self.show_hours(self._sessions, self._start)
        self.said.emit(self.tr("Training deleted."))

    # ----------------------------------------------------------------- locking
    def clear(self) -> None:
        """Show nothing of the journal; a form being filled in is kept in memory only."""
        if self.form is not None:
            form, self.form = self.form, None
            self._draft = (form.record(), form.editing)
            form.finished.disconnect(self._form_closed)
            form.reject()
            form.deleteLater()
        self._trainings, self._sessions, self.progress = [], (), None
        self.table.clear()
        self.renewal.clear()
        self.totals.clear()
