"""Unlocking through the session: the first page of the list comes before any background
work, and that work (the integrity check, the daily backup) still follows."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from reflect.domain.search import ReflectionFilter
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE


def _background_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("reflect-")]


def _session(tmp_path: Path) -> JournalSession:
    paths = JournalPaths(tmp_path / "journal")
    journal, _ = Journal.create(paths, PASSPHRASE)
    with journal:
        journal.add_reflections(reflection(f"visit {i}") for i in range(20))
    return JournalSession(paths)


def test_background_work_waits_for_the_first_page_then_runs(qtbot: QtBot, tmp_path: Path) -> None:
    session = _session(tmp_path)
    session.unlock(PASSPHRASE)
    try:
        assert not _background_threads()  # nothing competes with the first page
        assert len(session.list_page(ReflectionFilter(), None).items) == 20
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
    session.unlock(PASSPHRASE)
    session.lock()  # in the same turn of the event loop as the unlock
    qtbot.wait(50)  # the turn the background work would have begun in
    assert not session.is_open
    assert not _background_threads()
    session.unlock(PASSPHRASE)  # and the journal opens again
    try:
        assert len(session.list_page(ReflectionFilter(), None).items) == 20
    finally:
        session.lock()
