"""Unlocking through the session: the first page of the list comes before any background
work, and that work (the integrity check, the daily backup) still follows."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reflect.domain.search import ReflectionFilter
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE


def _background_threads() -> list[threading.Thread]:
    """The journal's own background work (not the thread that opened it)."""
    return [
        t
        for t in threading.enumerate()
        if t.name.startswith("reflect-") and t.name != "reflect-errands"
    ]


def _unlock(qtbot: QtBot, session: JournalSession, then: Callable[[], None]) -> None:
    """Unlock as the window does; `then()` runs in the turn the journal arrives in."""
    arrived: list[bool] = []

    def opened() -> None:
        then()
        arrived.append(True)

    session.begin_unlock(PASSPHRASE, opened, pytest.fail)
    qtbot.waitUntil(lambda: bool(arrived), timeout=15_000)


def _session(tmp_path: Path) -> JournalSession:
    paths = JournalPaths(tmp_path / "journal")
    journal, _ = Journal.create(paths, PASSPHRASE)
    with journal:
        journal.add_reflections(reflection(f"visit {i}") for i in range(20))
    return JournalSession(paths)


def test_background_work_waits_for_the_first_page_then_runs(qtbot: QtBot, tmp_path: Path) -> None:
    session = _session(tmp_path)
    seen: list[object] = []

    def first_page() -> None:  # what the window does as the journal arrives
        seen.append(_background_threads())  # nothing competes with the first page
        seen.append(len(session.list_page(ReflectionFilter(), None).items))

    _unlock(qtbot, session, first_page)
    try:
        assert seen == [[], 20]
        assert session.journal is not None
        journal = session.journal
        qtbot.waitUntil(lambda: [b.reason for b in journal.backups()] == ["daily"])
        journal.verify()
    finally:
        session.lock()


def test_locking_before_background_work_begins_closes_the_journal(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = _session(tmp_path)
    _unlock(qtbot, session, session.lock)  # in the same turn as the journal arrives
    qtbot.wait(50)  # the turn the background work would have begun in
    assert not session.is_open
    assert not _background_threads()
    counted: list[int] = []
    _unlock(  # and the journal opens again
        qtbot,
        session,
        lambda: counted.append(len(session.list_page(ReflectionFilter(), None).items)),
    )
    try:
        assert counted == [20]
    finally:
        session.lock()
