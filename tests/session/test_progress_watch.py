"""The session turns the journal's background work into progress for the status bar: what
runs and how far it has gone, then that it finished."""

from __future__ import annotations

import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from reflect.domain.progress import Progress, Work
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import add_long_reflections
from tests.helpers.sessions import unlocked_session
from tests.helpers.windows import PASSPHRASE


def test_a_running_delete_is_reported_then_its_end(qtbot: QtBot, tmp_path: Path) -> None:
    paths = JournalPaths(tmp_path / "journal")
    journal, _ = Journal.create(paths, PASSPHRASE)
    with journal:
        add_long_reflections(journal, 3000)
    session = unlocked_session(qtbot, paths, PASSPHRASE)
    reported: list[Progress] = []
    session.changes.progress.connect(reported.append)
    try:
        assert session.journal is not None
        session.journal.wait_for_background()
        uuid = session.journal.list_reflections(limit=1).items[0].uuid
        task = session.journal.begin_delete(uuid)
        while not task.done:
            session.progress.look()
            time.sleep(0.001)
        task.wait()
        session.progress.look()
    finally:
        session.lock()
    deleting = [p for p in reported if p.work is Work.DELETE]
    assert deleting and not deleting[0].finished
    assert deleting[-1].finished  # the line goes once the work is done
