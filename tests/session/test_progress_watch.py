"""The session turns the journal's background work into progress for the status bar: what
runs and how far it has gone, then that it finished."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from reflect.domain.progress import Progress, Work
from reflect.domain.reflection import Answer, Reflection
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths

PASSPHRASE = "a calm test passphrase"


def test_a_running_delete_is_reported_then_its_end(qtbot: QtBot, tmp_path: Path) -> None:
    paths = JournalPaths(tmp_path / "journal")
    journal, _ = Journal.create(paths, PASSPHRASE)
    filler = " ".join(f"word{i}" for i in range(400))
    with journal:
        journal.add_reflections(
            Reflection(
                visit_date=dt.date(2026, 11, 2),
                family_code="AB",
                template_id="after-visit",
                answers=(Answer("after-visit.what-happened", f"{filler} {i}"),),
            )
            for i in range(3000)
        )
    session = JournalSession(paths)
    reported: list[Progress] = []
    session.changes.progress.connect(reported.append)
    session.unlock(PASSPHRASE)
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
