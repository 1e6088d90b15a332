"""Sessions unlocked the way the window unlocks them: beside the window, answered on its
thread."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reflect.domain.errors import ReflectError
from reflect.session.journal_session import JournalSession
from reflect.storage.paths import JournalPaths


def unlocked_session(qtbot: QtBot, paths: JournalPaths, passphrase: str) -> JournalSession:
    """A session over `paths`, unlocked with `passphrase` (raises what unlocking raised)."""
    session = JournalSession(paths)
    errors: list[ReflectError] = []
    session.begin_unlock(passphrase, lambda: None, errors.append)
    qtbot.waitUntil(lambda: not session.errands.busy, timeout=15_000)
    if errors:
        raise errors[0]
    return session
