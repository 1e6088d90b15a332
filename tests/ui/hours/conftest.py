"""What the hours tests share: a real journal, unlocked through the session, and the
Hours page over it on a fixed day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reflect.domain.library import Library
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.hours.hours_page import HoursPage
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


TODAY = dt.date(2026, 3, 20)
"""The day the hours tests' pages are shown on."""


def hours_page(qtbot: QtBot, library: Library, session: JournalSession) -> HoursPage:
    """The Hours page over `session`, shown at a laptop's size on `TODAY`."""
    page = HoursPage(library, session, session.changes, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot: QtBot, library: Library, session: JournalSession) -> HoursPage:
    """The Hours page over the test's journal."""
    return hours_page(qtbot, library, session)
