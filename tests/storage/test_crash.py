"""kill -9 at random moments: no corrupt journal, no lost acknowledged save, no half-save.

Set REFLECT_CRASH_RUNS to run more rounds than the default (30 for writes, 20 for
passphrase changes).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from reflect.domain.errors import WrongPassphrase
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE

# Every test here kills a process with kill -9; they run as their own step (make test-crash).
pytestmark = pytest.mark.crash

RUNS = int(os.environ.get("REFLECT_CRASH_RUNS", "0"))
WRITE_RUNS = RUNS or 30
CHANGE_RUNS = RUNS or 20

WRITER = textwrap.dedent(
    """
    import datetime as dt, sys, uuid
    from reflect.domain.reflection import Answer, Reflection
    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths

    journal = Journal.open_with_recovery_key(
        JournalPaths.resolve(sys.argv[1]), sys.argv[2], auto_backup=False
    )
    prompts = [f"after-visit.p{i}" for i in range(8)]

    def version(uid, token):
        answers = tuple(Answer(p, f"{token} " + "words " * 30 + token) for p in prompts)
        return Reflection(dt.date(2026, 11, 1), "KL", "after-visit", uuid=uid,
                          answers=answers, notes=token)

    steady = str(uuid.UUID(int=int(sys.argv[3])))
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        uid = str(uuid.uuid4())
        journal.add_reflection(version(uid, f"tok{sys.argv[3]}x{n}"))
        print("ACK", uid, f"tok{sys.argv[3]}x{n}", flush=True)
        journal.save_reflection(version(steady, f"upd{sys.argv[3]}x{n}"))
        print("ACK", steady, f"upd{sys.argv[3]}x{n}", flush=True)
    """
)


def _tokens(journal: Journal, uuid: str) -> set[str]:
    reflection = journal.get_reflection(uuid)
    found = {reflection.notes}
    for answer in reflection.answers:
        first, *_, last = answer.text.split()
        found.update({first, last})
    return found


def _kill_at_random(child: subprocess.Popen[str], rng: random.Random) -> list[str]:
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    time.sleep(rng.uniform(0.02, 0.4))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    return out.splitlines()


def test_kill_minus_nine_while_saving(created: tuple[JournalPaths, str]) -> None:
    paths, recovery_key = created
    rng = random.Random(int(os.environ.get("REFLECT_CRASH_SEED", "7")))
    acknowledged: dict[str, str] = {}
    for run in range(WRITE_RUNS):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(paths.folder), recovery_key, str(run + 1)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for line in _kill_at_random(child, rng):
            parts = line.split()
            if len(parts) == 3 and parts[0] == "ACK":
                acknowledged[parts[1]] = parts[2]
        with Journal.open_with_recovery_key(paths, recovery_key, auto_backup=False) as journal:
            journal.verify()  # the whole file passes SQLite's and SQLCipher's checks
            for uuid, token in acknowledged.items():
                tokens = _tokens(journal, uuid)
                assert len(tokens) == 1, f"half-saved reflection in run {run}"
                (stored,) = tokens
                if token.startswith("upd"):
                    # the save after the last acknowledged one may have committed unseen
                    acked_n, stored_n = int(token.split("x")[1]), int(stored.split("x")[1])
                    assert stored.split("x")[0] == token.split("x")[0], f"run {run}"
                    assert stored_n in (acked_n, acked_n + 1), f"lost update in run {run}"
                else:
                    assert stored == token, f"lost acknowledged save in run {run}"
            for summary in journal.list_all().uuids:
                assert len(_tokens(journal, summary)) == 1
    assert len(acknowledged) > WRITE_RUNS


CHANGER = textwrap.dedent(
    """
    import sys
    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths

    journal = Journal.open(JournalPaths.resolve(sys.argv[1]), sys.argv[2], auto_backup=False)
    print("READY", flush=True)
    journal.change_passphrase(sys.argv[3])
    print("CHANGED", flush=True)
    journal.close()
    """
)


def test_kill_minus_nine_during_passphrase_change(created: tuple[JournalPaths, str]) -> None:
    paths, _ = created
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        kept = [journal.add_reflection(reflection(f"kept {i}")).uuid for i in range(10)]
    rng = random.Random(11)
    current = PASSPHRASE
    outcomes: set[str] = set()
    for run in range(CHANGE_RUNS):
        new = f"passphrase number {run}"
        child = subprocess.Popen(
            [sys.executable, "-c", CHANGER, str(paths.folder), current, new],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        # The change takes about half a second: alternate kills early in it (during the
        # backup and key derivation) with kills late in or after it (around the rename).
        time.sleep(rng.uniform(0.0, 0.4) if run % 2 == 0 else rng.uniform(0.4, 2.0))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        opened = []
        for candidate in (current, new):
            try:
                with Journal.open(paths, candidate, auto_backup=False) as journal:
                    journal.verify()
                    assert sorted(journal.list_all().uuids) == sorted(kept)
                opened.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opened) == 1, f"run {run}: {len(opened)} passphrases open the journal"
        outcomes.add("new" if opened[0] == new else "old")
        current = opened[0]
    assert outcomes == {"old", "new"}  # both sides of the swap were really exercised
