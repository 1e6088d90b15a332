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


def test_back_up_now_reports_how_far_it_has_gone(journal: Journal) -> None:
    import threading

    add_long_reflections(journal, 3000)
    journal.wait_for_background()
    seen = []
    taking = threading.Thread(target=journal.back_up_now)  # as beside the window
    taking.start()
    while taking.is_alive():
        seen.extend(p for p in journal.background_work() if p.work is Work.BACKUP)
        time.sleep(0.001)
    assert any(p.total and 0 < p.done <= p.total for p in seen)
    assert any(b.reason == "manual" for b in journal.backups())


def test_locking_stops_back_up_now_and_leaves_no_file(journal: Journal) -> None:
    import threading

    from reflect.domain.errors import JournalClosed

    add_long_reflections(journal, 3000)
    journal.wait_for_background()
    before = {b.name for b in journal.backups()}
    outcome: list[BaseException] = []

    def take() -> None:
        try:
            journal.back_up_now()
        except JournalClosed as error:
            outcome.append(error)

    taking = threading.Thread(target=take)
    taking.start()
    while not journal.background_work():
        time.sleep(0.001)
    started = time.perf_counter()
    journal.lock()
    assert time.perf_counter() - started < 0.5
    taking.join(5)
    assert outcome, "a stopped backup is not reported as taken"
    folder = journal.paths.backups
    assert {p.name for p in folder.iterdir() if p.name.endswith(".partial")} == set()
    from reflect.storage.backups import list_backups

    assert {b.name for b in list_backups(folder)} == before
