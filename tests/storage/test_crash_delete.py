"""kill -9 while a reflection is being deleted: during its backup, between the synced backup
and the delete's commit, and at random. After reopening, the reflection is either all there
or all gone, the journal passes its checks, and every listed backup is a whole one.

Set REFLECT_CRASH_RUNS to run more rounds than the default.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reflect.domain.errors import NotFound
from reflect.storage.database import connect, structure_intact
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from tests.helpers.journals import reflection

RUNS = int(os.environ.get("REFLECT_CRASH_RUNS", "0")) or 4

DELETER = textwrap.dedent(
    """
    import sys, time
    from reflect.storage import backups, journal_reflections
    from reflect.storage.background_task import StopSignal
    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths
    from tests.helpers.journals import reflection

    folder, recovery_key, mode, marker = sys.argv[1:5]
    if mode == "between":  # stop for the kill once the backup is synced and named
        def commit_delete(raw, uuid):
            print("BACKED-UP", flush=True)
            time.sleep(60)
        journal_reflections.commit_delete = commit_delete
    elif mode == "backup":  # a slow copy, one page a step, so the kill lands inside it
        class Slow(StopSignal):
            def check(self):
                time.sleep(0.002)
        copy_pages = backups.copy_pages
        def slow_copy(connection, target, key, stop):
            print("COPYING", flush=True)
            copy_pages(connection, target, key, Slow())
        backups.STEP_PAGES = 1
        backups.copy_pages = slow_copy

    journal = Journal.open_with_recovery_key(
        JournalPaths.resolve(folder), recovery_key, auto_backup=False
    )
    uuid = journal.add_reflection(reflection(marker)).uuid
    print("READY", uuid, flush=True)
    journal.begin_delete(uuid)
    time.sleep(60)
    """
)


def _run_once(paths: JournalPaths, recovery_key: str, mode: str, marker: str, delay: float) -> str:
    child = subprocess.Popen(
        [sys.executable, "-c", DELETER, str(paths.folder), recovery_key, mode, marker],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    ready, uuid = child.stdout.readline().split()
    assert ready == "READY"
    if mode == "between":
        assert child.stdout.readline().strip() == "BACKED-UP"
    elif mode == "backup":
        assert child.stdout.readline().strip() == "COPYING"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    return uuid


def _backup_holds(path: Path, key: bytes, uuid: str) -> bool:
    connection = connect(path, key)
    try:
        assert structure_intact(connection), f"{path.name} is not a whole journal"
        row = connection.execute("SELECT 1 FROM reflections WHERE uuid = ?", (uuid,)).fetchone()
        return row is not None
    finally:
        connection.close()


def _check(paths: JournalPaths, recovery_key: str, uuid: str, marker: str) -> str:
    """'there' or 'gone'; fails on anything in between."""
    key = decode_recovery_key(recovery_key)
    with Journal.open_with_recovery_key(paths, recovery_key, auto_backup=False) as journal:
        journal.verify()
        assert not list(paths.backups.glob(".*.partial")), "a half backup was left"
        held = {b.name: _backup_holds(paths.backups / b.name, key, uuid) for b in journal.backups()}
        found = [h.summary.uuid for h in journal.search(marker)]
        try:
            stored = journal.get_reflection(uuid)
        except NotFound:
            assert found == [] and uuid not in journal.list_all().uuids
            newest = journal.backups()[0]
            assert newest.reason == "before-delete" and held[newest.name]
            return "gone"
        assert found == [uuid] and marker in stored.answers[0].text
        assert len(stored.answers) == 3
        return "there"


@pytest.mark.parametrize("mode", ["backup", "between", "random"])
def test_kill_minus_nine_while_deleting(created: tuple[JournalPaths, str], mode: str) -> None:
    paths, recovery_key = created
    with Journal.open_with_recovery_key(paths, recovery_key, auto_backup=False) as journal:
        journal.add_reflections(reflection(f"filler {i} " + "words " * 100) for i in range(300))
    rng = random.Random(17)
    outcomes = set()
    for run in range(RUNS if mode != "random" else RUNS * 2):
        marker = f"doomed{mode}{run}"
        # At random: alternate kills early in the delete (its backup takes ~50 ms here)
        # with kills after it has committed.
        late = mode == "random" and run % 2 == 1
        delay = rng.uniform(0.05, 0.5) if late else rng.uniform(0.0, 0.04)
        uuid = _run_once(paths, recovery_key, mode, marker, delay)
        outcome = _check(paths, recovery_key, uuid, marker)
        outcomes.add(outcome)
    if mode == "backup":
        assert outcomes == {"there"}  # killed before the backup was whole: nothing deleted
    if mode == "between":
        assert outcomes == {"there"}  # the backup was durable, the delete never committed
    if mode == "random":
        assert "gone" in outcomes  # the deletes that had time to commit stayed committed
