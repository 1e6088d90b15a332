"""What the Hours page needs from the journal, as a narrow interface.

The page never holds the `Journal` itself: each call goes through the session, which
refuses with `JournalClosed` once Reflect is locked, so nothing stays reachable after a lock.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, Protocol

from reflect.domain.reflection import Reflection
from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.template import Template
from reflect.domain.training import Training


class ReflectionChoice(NamedTuple):
    """A reflection that can be ticked as discussed: mine, or one a supervisee shared."""

    uuid: str
    visit_date: dt.date
    family_code: str
    preview: str
    shared_by: str | None = None
    """The supervisee who shared it ("" when unnamed); None for my own reflections."""


class HoursPort(Protocol):
    """Calls raise `ReflectError` subclasses with a sentence fit to show."""

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""

    def sessions(self) -> list[SupervisionSession]:
        """Every logged session, newest first."""

    def save_session(self, session: SupervisionSession) -> SupervisionSession:
        """Log or correct a session (same uuid)."""

    def delete_session(self, uuid: str) -> None:
        """Remove a logged session."""

    def trainings(self) -> list[Training]:
        """Every logged training, newest first."""

    def save_training(self, training: Training) -> Training:
        """Log or correct a training (same uuid); returns it as stored."""

    def delete_training(self, uuid: str) -> None:
        """Remove a logged training."""

    def setting(self, key: str, default: str = "") -> str:
        """A small value kept inside the encrypted journal."""

    def set_setting(self, key: str, value: str) -> None:
        """Keep a small value inside the encrypted journal."""

    def reflection_choices(self) -> list[ReflectionChoice]:
        """My reflections, newest first, then those supervisees shared with me."""

    def get(self, uuid: str) -> Reflection:
        """One of my reflections, whole (for a portfolio the visitor chose it for)."""

    def never_write(self) -> tuple[str, ...]:
        """The visitor's words never to share (names, streets, a workplace)."""

    def own_templates(self) -> tuple[Template, ...]:
        """The visitor's own sets of questions, whose questions a reflection may answer."""
