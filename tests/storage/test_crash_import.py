"""kill -9 during an import of a Reflect export: afterwards the journal opens whole and
holds all of the import or none of it, never a part."""

from __future__ import annotations

import datetime as dt
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

from reflect.content import load_library
from reflect.domain.comment import Comment
from reflect.domain.export_request import ExportFormat, ExportRequest
from reflect.domain.reflection import Answer, Reflection
from reflect.exchange.export_run import run_export
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.passphrases import FAST, PASSPHRASE

pytestmark = pytest.mark.crash

RUNS = int(os.environ.get("REFLECT_CRASH_RUNS", "0")) or 12
COUNT = 3000

IMPORTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from reflect.domain.journal_import import ImportKind
    from reflect.exchange.import_run import prepare_import, run_import
    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths

    journal = Journal.open(JournalPaths(Path(sys.argv[1])), sys.argv[2], auto_backup=False)
    prepared = prepare_import(journal, ImportKind.REFLECT, Path(sys.argv[3]))
    print("READY", flush=True)
    started = time.monotonic()
    run_import(journal, prepared)
    print("DONE", time.monotonic() - started, flush=True)
    """
)


def _export(tmp_path: Path) -> Path:
    words = " ".join(["the baby turned toward her voice"] * 30)
    journal = Journal.create(JournalPaths(tmp_path / "source"), PASSPHRASE, kdf=FAST)[0]
    with journal:
        made = [
            Reflection(
                visit_date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                family_code="AB",
                template_id="after-visit",
                answers=(Answer("after-visit.what-happened", f"{i} {words}"),),
            )
            for i in range(COUNT)
        ]
        journal.add_reflections(made)
        for r in made[::10]:
            journal.add_comment(
                Comment(r.uuid, "Dana", "A question back", dt.datetime(2026, 2, 1, tzinfo=dt.UTC))
            )
        path = tmp_path / "export.json"
        run_export(journal, ExportRequest(path, ExportFormat.JSON), load_library(language="en"))
    return path


def test_kill_minus_nine_during_an_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    export = _export(tmp_path)
    pristine = tmp_path / "pristine"
    Journal.create(JournalPaths(pristine), PASSPHRASE, kdf=FAST)[0].close()
    rng = random.Random(int(os.environ.get("REFLECT_CRASH_SEED", "5")))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    outcomes: list[tuple[int, int]] = []
    duration = 0.0
    for run in range(RUNS):
        folder = tmp_path / f"run{run}"
        shutil.copytree(pristine, folder)
        child = subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(folder), PASSPHRASE, str(export)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        if run == 0:  # the first import runs to the end, to time it on this machine
            out, _ = child.communicate(timeout=120)
            duration = float(out.split()[-1])
        else:
            time.sleep(rng.uniform(0.0, 1.5 * duration))
            child.send_signal(signal.SIGKILL)
            child.communicate(timeout=30)
        with Journal.open(JournalPaths(folder), PASSPHRASE, auto_backup=False) as journal:
            journal.verify()
            counts = journal.record_counts()
        outcome = (counts["reflections"], counts["comments"])
        assert outcome in ((0, 0), (COUNT, COUNT // 10)), outcome
        outcomes.append(outcome)
    # Some kills landed before the commit (nothing), and the first run added it all.
    assert outcomes[0] == (COUNT, COUNT // 10) and (0, 0) in outcomes, outcomes
