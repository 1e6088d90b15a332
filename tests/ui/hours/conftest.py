"""What the hours tests share: a real journal, unlocked through the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.sessions import unlocked_session
from tests.helpers.windows import PASSPHRASE


@pytest.fixture
def session(qtbot: QtBot, existing: tuple[JournalPaths, str]) -> Iterator[JournalSession]:
    """The test's journal, unlocked; locked again afterwards."""
    paths, _ = existing
    opened = unlocked_session(qtbot, paths, PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def journal(session: JournalSession) -> Journal:
    """The open journal behind the session."""
    assert isinstance(session.journal, Journal)
    return session.journal
