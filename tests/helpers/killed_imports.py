"""Imports killed with kill -9 at random moments, each into a fresh copy of one journal.

The child opens the journal, gets ready, says READY, imports, and says DONE with how long
the import took. The first run goes to the end, to time an import on this machine; each
later one is killed somewhere between its start and `spread` times that long after it.
The test looks into each run's folder once its child is gone.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

from tests.helpers.passphrases import PASSPHRASE

RUNS = int(os.environ.get("REFLECT_CRASH_RUNS", "0")) or 12
ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys, time
from pathlib import Path
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths

journal = Journal.open(JournalPaths(Path(sys.argv[1])), sys.argv[2], auto_backup=False)
source = Path(sys.argv[3])
{prepare}
print("READY", flush=True)
started = time.monotonic()
{run}
print("DONE", time.monotonic() - started, flush=True)
"""


def importer(prepare: str, run: str) -> str:
    """The child's script: `prepare` readies the import, untimed (given `journal`, open,
    and `source`, the file to import); `run` is the import itself."""
    return CHILD.format(prepare=textwrap.dedent(prepare), run=textwrap.dedent(run))


def killed_imports(
    script: str,
    pristine: Path,
    source: Path,
    tmp_path: Path,
    *,
    seed: int,
    spread: float,
    timeout: float,
) -> Iterator[Path]:
    """Run `script` (see `importer`) `RUNS` times, each on a copy of the journal at
    `pristine`, yielding each copy's folder once its child has finished or been killed.
    `REFLECT_CRASH_SEED` replaces `seed` when set."""
    rng = random.Random(int(os.environ.get("REFLECT_CRASH_SEED", str(seed))))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    duration = 0.0
    for number in range(RUNS):
        folder = tmp_path / f"run{number}"
        shutil.copytree(pristine, folder)
        child = subprocess.Popen(
            [sys.executable, "-c", script, str(folder), PASSPHRASE, str(source)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        if number == 0:  # the first import runs to the end, to time it on this machine
            out, _ = child.communicate(timeout=timeout)
            duration = float(out.split()[-1])
        else:
            time.sleep(rng.uniform(0.0, spread * duration))
            child.send_signal(signal.SIGKILL)
            child.communicate(timeout=30)
        yield folder
