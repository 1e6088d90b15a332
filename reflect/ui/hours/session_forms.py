"""The session form's life over the Hours page: opened to log or correct a session, heard
once saved, and put away on a lock with what it holds kept in memory only, to be opened
again when the page is next shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from reflect.domain import endorsement
from reflect.domain.errors import ReflectError
from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.template import Template
from reflect.ui.hours.port import HoursPort
from reflect.ui.hours.session_form import SessionForm
from reflect.ui.widgets import messages


class SessionForms(QObject):
    """Emits `saved(session)` once a form has saved its session and closed."""

    saved = Signal(object)

    def __init__(self, page: QWidget, template: Template, port: HoursPort) -> None:
        super().__init__(page)
        self._page = page
        self._template = template
        self._port = port
        self.form: SessionForm | None = None
        self._draft: tuple[SupervisionSession, bool] | None = None

    def open(
        self,
        session: SupervisionSession,
        editing: bool,
        sessions: Sequence[SupervisionSession],
        today: dt.date,
    ) -> None:
        """Open the form on `session`; `sessions` give the providers' known categories."""
        try:
            choices = self._port.reflection_choices()
        except ReflectError as error:
            messages.show_error(self._page, error)
            return
        self.form = SessionForm(
            self._template,
            self._port.save_session,
            session=session,
            editing=editing,
            categories=endorsement.latest_categories(sessions),
            choices=choices,
            today=max(today, session.date),
            parent=self._page,
        )
        self.form.finished.connect(self._closed)
        self.form.open()

    def _closed(self, result: int) -> None:
        form, self.form = self.form, None
        if form is None:
            return
        form.deleteLater()
        if result and form.saved is not None:
            self.saved.emit(form.saved)

    def put_away(self) -> None:
        """Close an open form, keeping what it holds in memory only (the journal is locking)."""
        if self.form is not None:
            form, self.form = self.form, None
            self._draft = (form.record(), form.editing)
            form.finished.disconnect(self._closed)
            form.reject()
            form.deleteLater()

    def reopen(self, sessions: Sequence[SupervisionSession], today: dt.date) -> None:
        """Open again the form put away at the last lock, as it was."""
        if self._draft is not None and self.form is None:
            session, editing = self._draft
            self._draft = None
            self.open(session, editing, sessions, today)
