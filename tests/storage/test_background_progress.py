"""The journal says what it is doing in the background, and how far it has gone, so the
status bar can show it while the visitor writes on."""

from __future__ import annotations

import time

from reflect.domain.progress import Work
from reflect.storage.journal import Journal
from tests.helpers.journals import add_long_reflections, reflection


def test_a_deletes_backup_reports_how_far_it_has_gone_then_nothing(journal: Journal) -> None:
    add_long_reflections(journal, 3000)
    doomed = journal.add_reflection(reflection("goes")).uuid
    task = journal.begin_delete(doomed)
    seen = []
    while not task.done:
        seen.extend(p for p in journal.background_work() if p.work is Work.DELETE)
        time.sleep(0.001)
    task.wait()
    assert seen, "the delete was never reported while it ran"
    counted = [p for p in seen if p.total]
    assert counted and all(0 <= p.done <= p.total for p in counted)
    assert max(p.fraction or 0 for p in counted) > 0
    assert not [p for p in journal.background_work() if p.work is Work.DELETE]
