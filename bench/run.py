"""Storage benchmark: build a synthetic journal of N reflections and time what users feel.

    python bench/run.py --reflections 10000

Prints one JSON object. Timings are medians (and tails) of repeated runs; the build is not a
user-facing figure. Measurements after the build run in a fresh process so that peak memory
is that of opening and using the journal, not of building it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PASSPHRASE = "benchmark passphrase"
QUERIES = (
    "zephyr",
    "quokka",
    "marzipan",  # rare
    "baby",
    "mother",
    "calm",
    "cried smiled",  # common
    "sooth*",
    "gran*",
    "wor*",  # prefix
    '"the baby"',
    '"felt safe"',
    '"held the"',  # phrase
)


def build(folder: Path, count: int) -> float:
    from synthetic import reflections

    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths

    started = time.perf_counter()
    journal, _ = Journal.create(JournalPaths(folder), PASSPHRASE)
    batch: list = []
    for reflection in reflections(count):
        batch.append(reflection)
        if len(batch) == 5000:
            journal.add_reflections(batch)
            batch.clear()
    journal.add_reflections(batch)
    journal.create_backup("daily")  # as on a day the journal was already opened
    journal.close()
    return time.perf_counter() - started


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def measure(folder: Path) -> dict[str, float]:
    from reflect.storage.journal import Journal
    from reflect.storage.key_slot import unwrap_slot
    from reflect.storage.paths import JournalPaths

    paths = JournalPaths(folder)
    started = time.perf_counter()
    unwrap_slot(paths.keys, PASSPHRASE)
    kdf_ms = (time.perf_counter() - started) * 1000

    opens = []
    for _ in range(3):
        started = time.perf_counter()
        journal = Journal.open(paths, PASSPHRASE, auto_backup=False)
        opened = time.perf_counter()
        journal.list_reflections(limit=100)
        listed = time.perf_counter()
        opens.append((opened - started, (listed - opened) * 1000))
        journal.close()
    journal = Journal.open(paths, PASSPHRASE, auto_backup=False)
    # A large journal is verified in the background after it opens (about 2 s at 100k);
    # the figures below are for the steady state once that pass has finished.
    journal.verify()

    searches = []
    for _ in range(5):
        for query in QUERIES:
            started = time.perf_counter()
            journal.search(query, limit=50)
            searches.append((time.perf_counter() - started) * 1000)

    everything = journal.list_all()
    target = journal.get_reflection(everything.uuids[len(everything) // 2])
    saves = []
    for index in range(200):
        answers = list(target.answers)
        answers[0] = dataclasses.replace(answers[0], text=f"{answers[0].text} edit {index}")
        target = dataclasses.replace(target, answers=tuple(answers))
        started = time.perf_counter()
        journal.update_reflection(target)
        saves.append((time.perf_counter() - started) * 1000)

    del everything
    lists = []
    for _ in range(5):
        started = time.perf_counter()
        journal.list_all()
        lists.append((time.perf_counter() - started) * 1000)
    journal.close()
    return {
        "open_s": round(statistics.median(o[0] for o in opens), 3),
        "kdf_ms": round(kdf_ms, 1),
        "first_page_ms": round(statistics.median(o[1] for o in opens), 2),
        "search_p50_ms": round(percentile(searches, 50), 2),
        "search_p95_ms": round(percentile(searches, 95), 2),
        "save_p50_ms": round(percentile(saves, 50), 2),
        "save_p99_ms": round(percentile(saves, 99), 2),
        "list_all_ms": round(statistics.median(lists), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reflections", type=int, default=10_000)
    parser.add_argument("--dir", type=Path, help="build into (or reuse) this folder")
    parser.add_argument("--measure-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_only:
        print(json.dumps(measure(args.measure_only)))
        return
    folder = args.dir or Path(tempfile.mkdtemp(prefix="reflect-bench-"))
    build_s = None
    if not (folder / "journal.reflect").exists():
        build_s = round(build(folder, args.reflections), 1)
    out = subprocess.run(
        [sys.executable, __file__, "--measure-only", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = json.loads(out)
    db_mb = (folder / "journal.reflect").stat().st_size / 1024 / 1024
    print(
        json.dumps(
            {
                "reflections": args.reflections,
                "build_s": build_s,
                **figures,
                "db_mb": round(db_mb, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
