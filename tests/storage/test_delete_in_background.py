"""Deleting a reflection answers at once; its backup and deletion finish in the background,
and locking part-way leaves the reflection either all there or all gone."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from reflect.domain.errors import NotFound, ReflectError
from reflect.storage.journal import Journal
from reflect.storage.key_slot import unwrap_slot
from reflect.storage.paths import JournalPaths
from reflect.storage.reflection_delete import NOT_DELETED_LOCKED
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE
from tests.helpers.sqlcipher_pages import decrypted_pages


def _filled(paths: JournalPaths, count: int) -> str:
    """A journal of `count` reflections; the uuid of one marked `doomedword`."""
    journal, _ = Journal.create(paths, PASSPHRASE)
    with journal:
        journal.add_reflections(reflection(f"filler {i} " + "words " * 150) for i in range(count))
        return journal.add_reflection(reflection("doomedword")).uuid


def test_a_deleted_reflection_leaves_the_list_and_search_before_its_backup_is_done(
    paths: JournalPaths,
) -> None:
    doomed = _filled(paths, 300)
    outcomes: list[ReflectError | None] = []
    finished = threading.Event()

    def done(error: ReflectError | None) -> None:
        outcomes.append(error)
        finished.set()

    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.wait_for_background()
        task = journal.begin_delete(doomed, done)
        assert doomed not in {s.uuid for s in journal.list_reflections(limit=500).items}
        assert journal.search("doomedword") == []
        assert doomed not in journal.list_all().uuids
        with pytest.raises(NotFound):
            journal.get_reflection(doomed)
        assert task.wait() is None and finished.wait(5)
        assert outcomes == [None]
        assert [b.reason for b in journal.backups()] == ["before-delete"]
        with pytest.raises(NotFound):
            journal.delete_reflection(doomed)
        assert journal.count_reflections() == 300
    backup = paths.backups / journal.backups()[0].name
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.restore_file(str(backup))
        assert journal.get_reflection(doomed).answers[0].text.endswith("doomedword")


def test_locking_while_the_delete_is_backing_up_leaves_the_reflection_whole(
    paths: JournalPaths,
) -> None:
    doomed = _filled(paths, 2000)
    outcomes: list[ReflectError | None] = []
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.wait_for_background()
        journal.begin_delete(doomed, outcomes.append)
    # Closing stopped the backup part-way: nothing was deleted and no backup is listed.
    assert outcomes == [NOT_DELETED_LOCKED]
    assert not [t for t in threading.enumerate() if t.name.startswith("reflect-")]
    assert list(paths.backups.iterdir()) == []
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.verify()
        assert journal.get_reflection(doomed).answers[0].text.endswith("doomedword")
        assert [h.summary.uuid for h in journal.search("doomedword")] == [doomed]


def test_deleted_words_leave_the_search_index_at_once_without_an_optimize(
    journal: Journal,
) -> None:
    kept = journal.add_reflection(reflection("keptword"))
    doomed = journal.add_reflection(reflection("firstdraftword"))
    edited = dataclasses.replace(doomed.answers[0], text="seconddraftword")
    journal.update_reflection(dataclasses.replace(doomed, answers=(edited, *doomed.answers[1:])))
    journal.delete_reflection(doomed.uuid)
    journal.close()
    key = _key(journal.paths)
    pages = b"".join(decrypted_pages(journal.paths.database, key))
    for word in (b"firstdraftword", b"seconddraftword"):
        assert word not in pages  # neither draft's words, in the index or anywhere else
    assert b"keptword" in pages
    with Journal.open(journal.paths, PASSPHRASE, auto_backup=False) as reopened:
        assert [h.summary.uuid for h in reopened.search("keptword")] == [kept.uuid]


def test_locking_before_the_deferred_background_work_begins_leaves_it_undone(
    paths: JournalPaths,
) -> None:
    _filled(paths, 300)
    journal = Journal.open(paths, PASSPHRASE, verify_before_open_bytes=0, defer_background=True)
    journal.list_reflections()
    journal.lock()  # before the caller began the check and the daily backup
    journal.start_background_work()  # too late: locked journals do no work
    assert not journal.is_open
    assert not [t for t in threading.enumerate() if t.name.startswith("reflect-")]
    assert journal.backups() == []
    with Journal.open(paths, PASSPHRASE, verify_before_open_bytes=0) as reopened:
        reopened.wait_for_background()  # the next opening runs both, to the end
        reopened.verify()
        assert [b.reason for b in reopened.backups()] == ["daily"]


def _key(paths: JournalPaths) -> bytes:
    return unwrap_slot(paths.keys, PASSPHRASE)


def test_locking_during_the_integrity_check_and_daily_backup_stops_them_cleanly(
    paths: JournalPaths,
) -> None:
    _filled(paths, 2000)
    journal = Journal.open(paths, PASSPHRASE, verify_before_open_bytes=0)
    journal.close()  # at once: the check and the daily backup have only just begun
    assert not [t for t in threading.enumerate() if t.name.startswith("reflect-")]
    assert not [p for p in paths.backups.glob("*") if p.name.endswith(".partial")]
    assert [b.reason for b in journal.backups()] == []  # stopped, not half-written
    with Journal.open(paths, PASSPHRASE, verify_before_open_bytes=0) as journal:
        journal.wait_for_background()  # the next opening runs both again, to the end
        journal.verify()
        assert [b.reason for b in journal.backups()] == ["daily"]
