"""The hours page's port: supervision sessions, trainings, the hours goal and renewal needs,
and what can be discussed."""

from __future__ import annotations

from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.training import Training
from reflect.session.base import SessionBase
from reflect.ui.hours.port import ReflectionChoice


class HoursAccess(SessionBase):
    """Implements `reflect.ui.hours.port.HoursPort`."""

    def sessions(self) -> list[SupervisionSession]:
        """Every logged session, newest first."""
        return list(self._open().sessions())

    def save_session(self, session: SupervisionSession) -> SupervisionSession:
        """Log or correct a session (same uuid)."""
        saved = self._open().save_session(session)
        self.changes.hours_changed.emit()
        return saved

    def delete_session(self, uuid: str) -> None:
        """Remove a logged session."""
        self._open().delete_session(uuid)
        self.changes.hours_changed.emit()

    def trainings(self) -> list[Training]:
        """Every logged training, newest first."""
        return list(self._open().trainings())

    def save_training(self, training: Training) -> Training:
        """Log or correct a training (same uuid); returns it as stored."""
        saved = self._open().save_training(training)
        self.changes.hours_changed.emit()
        return saved

    def delete_training(self, uuid: str) -> None:
        """Remove a logged training."""
        self._open().delete_training(uuid)
        self.changes.hours_changed.emit()

    def setting(self, key: str, default: str = "") -> str:
        """A small value kept inside the encrypted journal."""
        return self._open().exchange.setting(key, default)

    def set_setting(self, key: str, value: str) -> None:
        """Keep a small value inside the encrypted journal."""
        self._open().exchange.set_setting(key, value)
        self.changes.settings_changed.emit(key)

    def reflection_choices(self) -> list[ReflectionChoice]:
        """My reflections, newest first, then those supervisees shared with me."""
        journal = self._open()
        titles = journal.list_all()
        choices = [ReflectionChoice(*titles.row(i)) for i in range(len(titles))]
        for shared in journal.exchange.shared_reflections():
            reflection = shared.reflection
            choices.append(
                ReflectionChoice(
                    reflection.uuid,
                    reflection.visit_date,
                    reflection.family_code,
                    reflection.preview,
                    shared.supervisee_name,
                )
            )
        return choices
