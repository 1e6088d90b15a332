"""Hours: the endorsement record. A Supervision tab (progress toward a goal, the sessions
logged, and their export), a Training and renewal tab, and the portfolio export.

The page reads and writes through an `HoursPort` and shows failures as sentences. Locking
empties it; a form open at that moment is closed and its contents kept in memory only, to
be opened again when the page is next shown, and a portfolio dialog is closed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from reflect.domain import endorsement
from reflect.domain.errors import ReflectError
from reflect.domain.library import Library
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.exchange.hours_csv import write_hours_csv
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.cards.role_heading import RoleHeading
from reflect.ui.changes import JournalChanges
from reflect.ui.design.scales import TextRole
from reflect.ui.hours.export import HoursExport
from reflect.ui.hours.hours_words import hours_phrase, long_date
from reflect.ui.hours.port import HoursPort
from reflect.ui.hours.portfolio_export import PortfolioExport
from reflect.ui.hours.session_form import SessionForm
from reflect.ui.hours.session_forms import SessionForms
from reflect.ui.hours.sessions_tab import SessionsTab, page_button
from reflect.ui.hours.training_tab import TrainingTab, renewal_needs
from reflect.ui.widgets import messages
from reflect.ui.widgets.plurals import english_plural
from reflect.ui.widgets.scrolled import scrolled

GOAL_KEY = "endorsement_goal"
START_KEY = "endorsement_start"
TEMPLATE_ID = "after-supervision"


class HoursPage(QWidget):
    """Two tabs, Supervision and Training and renewal, and the portfolio button above them.

    Emits `edit_requested(uuid, prompt_id)` when the check before a portfolio sends the
    visitor back to edit a reflection.
    """

    edit_requested = Signal(str, str)

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
        self._port = port
        self._today = today
        self._sessions: list[SupervisionSession] = []
        self.forms = SessionForms(self, library.template(TEMPLATE_ID), port)
        self.forms.saved.connect(self._session_saved)
        now = today()
        self._progress = endorsement.progress([], endorsement.DEFAULT_GOAL, now, now)
        self._warnings: list[endorsement.ProviderWarning] = []
        self.exports = HoursExport(self)
        self.portfolio = PortfolioExport(self, port, library, today)
        em = self.fontMetrics().height()
        column = QVBoxLayout(self)
        column.setContentsMargins(2 * em, em, 2 * em, em)
        column.setSpacing(em // 2)
        top = QHBoxLayout()
        title = RoleHeading(self.tr("Endorsement hours"), TextRole.PAGE_TITLE)
        top.addWidget(title, 1)
        self.portfolio_button = page_button(
            self.tr("Export a p&ortfolio…"), self.tr("Export a portfolio for your endorsement")
        )
        top.addWidget(self.portfolio_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        tab = self.sessions_tab = SessionsTab()
        self.progress, self.table, self.tiles = tab.progress, tab.table, tab.tiles
        self.empty, self.totals = tab.empty, tab.totals
        self.log_button, self.edit_button = tab.log_button, tab.edit_button
        self.delete_button, self.csv_button = tab.delete_button, tab.csv_button
        self.pdf_button = tab.pdf_button
        self.training = TrainingTab(port, today)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scrolled(tab), self.tr("S&upervision"))
        self.tabs.addTab(scrolled(self.training), self.tr("&Training and renewal"))
        column.addWidget(self.tabs, 1)
        self.message = QuietLabel()
        column.addWidget(self.message)
        for button, slot in (
            (self.log_button, self.log_session),
            (self.edit_button, self.edit_session),
            (self.delete_button, self.delete_session),
            (self.csv_button, self.export_csv),
            (self.pdf_button, self.export_pdf),
            (self.portfolio_button, self.export_portfolio),
        ):
            # `clicked` passes a checked flag; the slots take a path, not a flag.
            button.clicked.connect(lambda _checked=False, s=slot: s())
        self.progress.goal_chosen.connect(lambda g: self._keep(GOAL_KEY, g))
        self.progress.start_chosen.connect(lambda d: self._keep(START_KEY, d.isoformat()))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.training.needs_changed.connect(self.refresh)
        for source in (self.training.said, self.portfolio.said):
            source.connect(self.message.setText)
        self.portfolio.edit_requested.connect(self.edit_requested)
        self._selection_changed()
        changes.locked.connect(self.clear)
        changes.hours_changed.connect(self._hours_changed)

    # ----------------------------------------------------------------- reading
    def showEvent(self, event: QShowEvent) -> None:
        """Read the journal afresh each time the page comes into view."""
        super().showEvent(event)
        if self._port.is_open:
            self.refresh()
            self.forms.reopen(self._sessions, self._today())

    @property
    def form(self) -> SessionForm | None:
        """The session form, while one is open."""
        return self.forms.form

    def _hours_changed(self) -> None:
        forms_closed = self.form is None and self.training.form is None
        if self.isVisible() and self._port.is_open and forms_closed:
            self.refresh()

    def refresh(self) -> bool:
        """Read the sessions, the goal and the trainings, and show them; False (and a
        sentence) on failure."""
        try:
            self._sessions = self._port.sessions()
            goal = endorsement.goal(self._port.setting(GOAL_KEY))
            start = self._start()
            needs = renewal_needs(self._port)
        except ReflectError as error:
            messages.show_error(self, error)
            return False
        # The renewal asks for the supervision hours the visitor set.
        renewing = endorsement.goal("renewal")
        renewing = dataclasses.replace(renewing, hours=max(1, needs.supervision_hours))
        self.progress.name_renewal(renewing)
        goal = renewing if goal.repeats else goal
        today = self._today()
        progress = endorsement.progress(self._sessions, goal, start, today)
        counted = endorsement.in_period(self._sessions, progress.first_day, progress.last_day)
        self._warnings = endorsement.provider_warnings(counted)
        self._progress = progress
        self.progress.show_progress(progress, start, self._warnings)
        self.tiles.show_sessions(self._sessions, counted, today)
        self._fill_table()
        return self.training.show_hours(self._sessions, start)

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
        self.tiles.setVisible(bool(self._sessions))
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
        self.tabs.setCurrentIndex(0)
        last = self._sessions[0] if self._sessions else None
        session = SupervisionSession(
            date=self._today(),
            minutes=60,
            provider=last.provider if last else "",
            provider_category=last.provider_category if last else "",
            format=last.format if last else SessionFormat.INDIVIDUAL,
            mode=last.mode if last else SessionMode.IN_PERSON,
        )
        self.forms.open(session, False, self._sessions, self._today())

    def edit_session(self) -> None:
        """Open the form on the chosen session."""
        chosen = self._chosen()
        if chosen is not None:
            self.forms.open(chosen, True, self._sessions, self._today())

    def _session_saved(self, saved: SupervisionSession) -> None:
        self.refresh()
        self.table.select(saved.uuid)
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

    def export_portfolio(self) -> None:
        """Open the portfolio dialog on the renewal year shown (read afresh)."""
        if self.refresh() and self.training.progress is not None:
            year = self.training.progress
            self.portfolio.open(year.first_day, year.last_day)

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
        self.forms.put_away()
        self.portfolio.close()
        self.training.clear()
        self._sessions = []
        self.table.clear()
        self.progress.clear()
        self.tiles.clear()
        self.totals.clear()
        self.message.clear()
