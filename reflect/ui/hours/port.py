"""What the Hours page needs from the journal, as a narrow interface, and its implementation.

The page never holds the `Journal` itself: each call goes through the session, which
refuses with `JournalClosed` once Reflect is locked, so nothing stays reachable after a lock.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple, Protocol

from reflect.domain.errors import JournalClosed
from reflect.domain.supervision_session import SupervisionSession
from reflect.ui.journal_session import JournalSession


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

    def setting(self, key: str, default: str = "") -> str:
        """A small value kept inside the encrypted journal."""

    def set_setting(self, key: str, value: str) -> None:
        """Keep a small value inside the encrypted journal."""

    def reflection_choices(self) -> list[ReflectionChoice]:
        """My reflections, newest first, then those supervisees shared with me."""


class JournalHours:
    """`HoursPort` over the window's `JournalSession`."""

    def __init__(self, session: JournalSession) -> None:
        self._session = session

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""
        return self._session.is_open

    def _journal(self) -> Any:
        if not self._session.is_open:
            raise JournalClosed
        return self._session.journal

    def sessions(self) -> list[SupervisionSession]:
        """Every logged session, newest first."""
        return list(self._journal().sessions())

    def save_session(self, session: SupervisionSession) -> SupervisionSession:
        """Log or correct a session (same uuid)."""
        saved: SupervisionSession = self._journal().save_session(session)
        return saved

    def delete_session(self, uuid: str) -> None:
        """Remove a logged session."""
        self._journal().delete_session(uuid)

    def setting(self, key: str, default: str = "") -> str:
        """A small value kept inside the encrypted journal."""
        return str(self._journal().exchange.setting(key, default))

    def set_setting(self, key: str, value: str) -> None:
        """Keep a small value inside the encrypted journal."""
        self._journal().exchange.set_setting(key, value)

    def reflection_choices(self) -> list[ReflectionChoice]:
        """My reflections, newest first, then those supervisees shared with me."""
        journal = self._journal()
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
