"""Hours: progress toward an endorsement goal, the sessions logged, and their export.

The page reads and writes through an `HoursPort` and shows failures as sentences. Locking
empties it; a session form open at that moment is closed and its contents kept in memory
only, to be opened again when the page is next shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.domain import endorsement
from reflect.domain.errors import ReflectError
from reflect.domain.library import Library
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.exchange.hours_csv import write_hours_csv
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.changes import JournalChanges
from reflect.ui.hours.export import HoursExport
from reflect.ui.hours.hours_words import hours_phrase, long_date
from reflect.ui.hours.port import HoursPort
from reflect.ui.hours.progress import HoursProgress
from reflect.ui.hours.session_form import SessionForm
from reflect.ui.hours.sessions_table import SessionsTable
from reflect.ui.widgets import messages
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.plurals import english_plural

GOAL_KEY = "endorsement_goal"
START_KEY = "endorsement_start"
TEMPLATE_ID = "after-supervision"


class HoursPage(QWidget):
    """Progress at the top, then the sessions with Log, Edit, Delete and Export."""

    def __init__(
        self,
        library: Library,
        port: HoursPort,
        changes: JournalChanges,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Hours"))
        self._template = library.template(TEMPLATE_ID)
        self._port = port
        self._today = today
        self._sessions: list[SupervisionSession] = []
        self._draft: tuple[SupervisionSession, bool] | None = None
        self.form: SessionForm | None = None
        now = today()
        self._progress = endorsement.progress([], endorsement.DEFAULT_GOAL, now, now)
        self._warnings: list[endorsement.ProviderWarning] = []
        self.exports = HoursExport(self)
        em = self.fontMetrics().height()
        column = QVBoxLayout(self)
        column.setContentsMargins(2 * em, 2 * em, 2 * em, 2 * em)
        column.setSpacing(em // 2)
        column.addWidget(HeadingLabel(self.tr("Supervision hours"), 1.5))
        column.addSpacing(em // 2)
        self.progress = HoursProgress()
        self.progress.goal_chosen.connect(lambda g: self._keep(GOAL_KEY, g))
        self.progress.start_chosen.connect(lambda d: self._keep(START_KEY, d.isoformat()))
        column.addWidget(self.progress)
        column.addSpacing(em)
        column.addWidget(HeadingLabel(self.tr("Sessions"), 1.2))
        self.log_button = self._button(self.tr("&Log a session…"), self.log_session)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_session)
        self.edit_button.setAccessibleName(self.tr("Edit the chosen session"))
        self.delete_button = self._button(self.tr("&Delete…"), self.delete_session)
        self.delete_button.setAccessibleName(self.tr("Delete the chosen session"))
        self.csv_button = self._button(self.tr("Export &CSV…"), self.export_csv)
        self.csv_button.setAccessibleName(self.tr("Export the hours log as CSV"))
        self.pdf_button = self._button(self.tr("Export &PDF…"), self.export_pdf)
        self.pdf_button.setAccessibleName(self.tr("Export the hours log as PDF"))
        row = QHBoxLayout()
        for widget in (self.log_button, self.edit_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)
        column.addLayout(row)
        self.table = SessionsTable()
        self.table.itemActivated.connect(lambda *_: self.edit_session())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Only while the list has the focus: Delete in a text box elsewhere deletes text.
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_session,
            Qt.ShortcutContext.WidgetShortcut,
        )
        column.addWidget(self.table, 1)
        self.empty = QuietLabel(
            self.tr("No sessions logged yet. After each supervision session, choose Log a session.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # With no list to show, the note takes the list's room, so nothing spreads apart.
        column.addWidget(self.empty, 1)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        column.addWidget(self.totals)
        self.message = QuietLabel()
        column.addWidget(self.message)
        self._selection_changed()
        changes.locked.connect(self.clear)
        changes.hours_changed.connect(self._hours_changed)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        # `clicked` passes a checked flag; the slots take a path, not a flag.
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # ----------------------------------------------------------------- reading
    def showEvent(self, event: QShowEvent) -> None:
        """Read the journal afresh each time the page comes into view."""
        super().showEvent(event)
        if self._port.is_open:
            self.refresh()
            if self._draft is not None and self.form is None:
                session, editing = self._draft
                self._draft = None
                self._open_form(session, editing)

    def _hours_changed(self) -> None:
        if self.isVisible() and self._port.is_open and self.form is None:
            self.refresh()

    def refresh(self) -> bool:
        """Read the sessions and the goal, and show them; False (and a sentence) on failure."""
        try:
            self._sessions = self._port.sessions()
            goal = endorsement.goal(self._port.setting(GOAL_KEY))
            start = self._start()
        except ReflectError as error:
            messages.show_error(self, error)
            return False
        today = self._today()
        progress = endorsement.progress(self._sessions, goal, start, today)
        counted = endorsement.in_period(self._sessions, progress.first_day, progress.last_day)
        self._warnings = endorsement.provider_warnings(counted)
        self._progress = progress
        self.progress.show_progress(progress, start, self._warnings)
        self._fill_table()
        return True

    def _start(self) -> dt.date:
        """The start date chosen, else the first session's date, else today."""
        stored = self._port.setting(START_KEY)
        try:
            return dt.date.fromisoformat(stored)
        except ValueError:
            dates = [s.date for s in self._sessions]
            return min(dates) if dates else self._today()

    def _keep(self, key: str, value: str) -> None:
        try:
            self._port.set_setting(key, value)
        except ReflectError as error:
            messages.show_error(self, error)
        self.refresh()

    def _fill_table(self) -> None:
        self.table.show_sessions(self._sessions)
        self.table.setVisible(bool(self._sessions))
        self.empty.setVisible(not self._sessions)
        hours, n = hours_phrase(sum(s.minutes for s in self._sessions)), len(self._sessions)
        sessions = english_plural(self.tr("%n session(s)", "", n), n)
        self.totals.setText(
            self.tr("In all: {sessions}, {hours}.").format(sessions=sessions, hours=hours)
        )
        self.totals.setVisible(bool(self._sessions))
        self._selection_changed()

    def _chosen(self) -> SupervisionSession | None:
        uuid = self.table.chosen_uuid()
        return next((s for s in self._sessions if s.uuid == uuid), None)

    def _selection_changed(self) -> None:
        chosen = self._chosen() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ----------------------------------------------------------------- changing
    def log_session(self) -> None:
        """Open the form for a new session, today, an hour, with the last provider."""
        last = self._sessions[0] if self._sessions else None
        session = SupervisionSession(
            date=self._today(),
            minutes=60,
            provider=last.provider if last else "",
            provider_category=last.provider_category if last else "",
            format=last.format if last else SessionFormat.INDIVIDUAL,
            mode=last.mode if last else SessionMode.IN_PERSON,
        )
        self._open_form(session, editing=False)

    def edit_session(self) -> None:
        """Open the form on the chosen session."""
        chosen = self._chosen()
        if chosen is not None:
            self._open_form(chosen, editing=True)

    def _open_form(self, session: SupervisionSession, editing: bool) -> None:
        try:
            choices = self._port.reflection_choices()
        except ReflectError as error:
            messages.show_error(self, error)
            return
        self.form = SessionForm(
            self._template,
            self._port.save_session,
            session=session,
            editing=editing,
            categories=endorsement.latest_categories(self._sessions),
            choices=choices,
            today=max(self._today(), session.date),
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
            self.refresh()
            self.table.select(form.saved.uuid)
            self.message.setText(self.tr("Session saved."))

    def delete_session(self) -> None:
        """Delete the chosen session, after a confirmation that names it."""
        chosen = self._chosen()
        if chosen is None:
            return
        text = self.tr(
            "Delete the session of {date} with {provider} (%n minute(s))? Its notes go "
            "with it. The reflections discussed stay in your journal.",
            "",
            chosen.minutes,
        )
        text = english_plural(text, chosen.minutes)
        text = text.format(date=long_date(chosen.date), provider=chosen.provider)
        if not messages.confirm(self, self.tr("Delete a session"), text, self.tr("Delete")):
            return
        try:
            self._port.delete_session(chosen.uuid)
        except ReflectError as error:
            messages.show_error(self, error)
            return
        self.refresh()
        self.message.setText(self.tr("Session deleted."))

    # ----------------------------------------------------------------- export
    def export_csv(self, path: str | None = None) -> bool:
        """Write the log as CSV to `path` (asked for when not given); True once written."""
        return self._export(path, "csv", lambda target: write_hours_csv(target, self._sessions))

    def export_pdf(self, path: str | None = None) -> bool:
        """Write the log, totals and progress as PDF to `path`; True once written."""
        return self._export(
            path, "pdf", lambda target: self.exports.report.write_pdf(target, self.pdf_html())
        )

    def pdf_html(self) -> str:
        """The rich text the PDF is rendered from."""
        return self.exports.report.html(
            self._sessions,
            self._progress,
            self.progress.goal_title(self._progress.goal),
            [self.progress.warning_text(w) for w in self._warnings],
            self._today(),
        )

    def _export(self, path: str | None, kind: str, write: Callable[[Path], None]) -> bool:
        target = path or self.exports.ask(kind)
        # Read afresh first, so the file holds what the journal holds now.
        if not target or not self.refresh():
            return False
        said = self.exports.write(target, write)
        self.message.setText(said)
        return bool(said)

    # ----------------------------------------------------------------- locking
    def clear(self) -> None:
        """Show nothing of the journal; a form being filled in is kept in memory only."""
        if self.form is not None:
            form, self.form = self.form, None
            self._draft = (form.session(), form.editing)
            form.finished.disconnect(self._form_closed)
            form.reject()
            form.deleteLater()
        self._sessions = []
        self.table.clear()
        self.progress.clear()
        self.totals.clear()
        self.message.clear()
