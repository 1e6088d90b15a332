"""kill -9 during an import: afterwards the journal holds all of the packet or none of it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.exchange_pair import Pair, visit
from tests.helpers.passphrases import PASSPHRASE

RUNS = int(os.environ.get("REFLECT_CRASH_RUNS", "0")) or 12
SHARED = 300

IMPORTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from reflect.exchange.supervision import Supervision
    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths

    journal = Journal.open(JournalPaths(Path(sys.argv[1])), sys.argv[2], auto_backup=False)
    supervision = Supervision(journal)
    raw = Path(sys.argv[3]).read_bytes()
    print("READY", flush=True)
    started = time.monotonic()
    supervision.import_bytes(raw)
    print("DONE", time.monotonic() - started, flush=True)
    """
)


@pytest.mark.crash
def test_kill_minus_nine_during_import_leaves_all_or_nothing(pair: Pair, tmp_path: Path) -> None:
    words = " ".join(["the baby turned toward her voice"] * 60)
    uuids = [
        pair.visitor.journal.add_reflection(visit(f"{i} {words}", day=1 + i % 28)).uuid
        for i in range(SHARED)
    ]
    packet = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, uuids, pair.visitor.folder
    )
    pristine = pair.supervisor.journal.paths.folder
    pair.supervisor.journal.close()
    rng = random.Random(int(os.environ.get("REFLECT_CRASH_SEED", "3")))
    outcomes: list[int] = []
    duration = 0.0
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for run in range(RUNS):
        folder = tmp_path / f"run{run}"
        shutil.copytree(pristine, folder)
        child = subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(folder), PASSPHRASE, str(packet)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        if run == 0:  # the first import runs to the end, to time it on this machine
            out, _ = child.communicate(timeout=60)
            duration = float(out.split()[-1])
        else:
            time.sleep(rng.uniform(0.0, 2 * duration))
            child.send_signal(signal.SIGKILL)
            child.communicate(timeout=30)
        with Journal.open(JournalPaths(folder), PASSPHRASE, auto_backup=False) as journal:
            count = len(journal.exchange.shared_reflections())
            recorded = journal.exchange.last_received(pair.visitor.key_id)
        assert count in (0, SHARED)
        assert (recorded is not None) == (count == SHARED)
        outcomes.append(count)
    # Some kills landed before the commit: they left nothing, not a part.
    assert outcomes[0] == SHARED and 0 in outcomes, outcomes
