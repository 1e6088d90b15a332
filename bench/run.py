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
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PASSPHRASE = "benchmark passphrase"
QUERY_KINDS = {
    "rare": ("zephyr", "quokka", "marzipan"),
    "common": ("baby", "mother", "calm", "cried smiled"),
    "prefix": ("sooth*", "gran*", "wor*"),
    "phrase": ('"the baby"', '"felt safe"', '"held the"'),
}
QUERIES = tuple(query for queries in QUERY_KINDS.values() for query in queries)
FILTER_CODES = ("F03", "F17", "F29")  # a filtered search ranks every match, not a window
OPENS = 5
SAVES = 200


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


def high_water_mb() -> float:
    """The process's peak resident memory so far (VmHWM), in MiB (ru_maxrss off Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def timed_starts(paths: Any) -> dict[str, float]:
    """Unlock to the first list page, `OPENS` times; the key derivation is timed on its own
    and left out, so that start-to-list counts everything else Reflect does.

    Each start does what the app's session does at unlock: open with the background work
    deferred, read the first page, then begin that work (the integrity check, the backup).
    """
    import reflect.storage.journal_opening as journal_module
    from reflect.storage.journal import Journal
    from reflect.storage.key_slot import unwrap_slot

    started = time.perf_counter()
    unwrap_slot(paths.keys, PASSPHRASE)
    kdf_ms = ms(started)
    unlock_key = journal_module.unlock_key
    kdf_spent: list[float] = []

    def timed_unlock(*args: Any) -> bytes:
        began = time.perf_counter()
        try:
            return unlock_key(*args)
        finally:
            kdf_spent.append(ms(began))

    journal_module.unlock_key = timed_unlock
    starts, opens, pages = [], [], []
    try:
        for _ in range(OPENS):
            started = time.perf_counter()
            journal = Journal.open(paths, PASSPHRASE, auto_backup=False, defer_background=True)
            opened = time.perf_counter()
            journal.list_reflections(limit=100)
            starts.append(ms(started) - kdf_spent[-1])
            opens.append((opened - started) * 1000 - kdf_spent[-1])
            pages.append(ms(opened))
            journal.start_background_work()
            journal.close()
    finally:
        journal_module.unlock_key = unlock_key
    return {
        "open_s": round((statistics.median(opens) + kdf_ms) / 1000, 3),
        "kdf_ms": round(kdf_ms, 1),
        "start_to_list_ms": round(statistics.median(starts), 2),
        "first_page_cold_ms": round(statistics.median(pages), 2),
    }


def timed_searches(journal: Any) -> dict[str, float]:
    """Every kind of query five times over, and searches within one family."""
    from reflect.domain.search import ReflectionFilter

    searches: dict[str, list[float]] = {kind: [] for kind in QUERY_KINDS}
    for _ in range(5):
        for kind, queries in QUERY_KINDS.items():
            for query in queries:
                started = time.perf_counter()
                journal.search(query, limit=50)
                searches[kind].append(ms(started))
    filtered = []
    for _ in range(5):
        for code in FILTER_CODES:
            started = time.perf_counter()
            journal.search("baby", limit=50, filter=ReflectionFilter(family_code=code))
            filtered.append(ms(started))
    every = [value for values in searches.values() for value in values]
    return {
        "search_p50_ms": round(percentile(every, 50), 2),
        "search_p95_ms": round(percentile(every, 95), 2),
        **{f"search_{kind}_ms": round(statistics.median(v), 2) for kind, v in searches.items()},
        "search_filtered_ms": round(statistics.median(filtered), 2),
    }


def timed_saves(journal: Any, uuid: str) -> dict[str, float]:
    """`SAVES` autosaves of one reflection, each with one answer changed."""
    target = journal.get_reflection(uuid)
    saves = []
    for index in range(SAVES):
        answers = list(target.answers)
        answers[0] = dataclasses.replace(answers[0], text=f"{answers[0].text} edit {index}")
        target = dataclasses.replace(target, answers=tuple(answers))
        started = time.perf_counter()
        journal.update_reflection(target)
        saves.append(ms(started))
    return {
        "save_p50_ms": round(percentile(saves, 50), 2),
        "save_p99_ms": round(percentile(saves, 99), 2),
    }


def measure(folder: Path) -> dict[str, Any]:
    """Reflect's own figures, in a fresh process; `hwm_mb` says where memory peaked."""
    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths

    paths = JournalPaths(folder)
    hwm = {"start": high_water_mb()}
    figures: dict[str, Any] = timed_starts(paths)
    hwm["opens"] = high_water_mb()
    journal = Journal.open(paths, PASSPHRASE, auto_backup=False)
    # A large journal is verified in the background after it opens (about 2 s at 100k);
    # the figures below are for the steady state once that pass has finished.
    journal.verify()
    warm = []
    for _ in range(21):
        started = time.perf_counter()
        journal.list_reflections(limit=100)
        warm.append(ms(started))
    figures["first_page_ms"] = round(statistics.median(warm), 2)
    figures.update(timed_searches(journal))
    hwm["searches"] = high_water_mb()
    everything = journal.list_all()
    middle = everything.uuids[len(everything) // 2]
    del everything
    figures.update(timed_saves(journal, middle))
    hwm["saves"] = high_water_mb()
    lists = []
    for _ in range(5):
        started = time.perf_counter()
        journal.list_all()
        lists.append(ms(started))
    hwm["list_all"] = high_water_mb()
    journal.close()
    figures["list_all_ms"] = round(statistics.median(lists), 1)
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent through fork and
    # exec, so after building a journal in the parent it would report the build's peak.
    figures["peak_rss_mb"] = high_water_mb()
    figures["hwm_mb"] = hwm
    return figures


def measure_floor(folder: Path) -> dict[str, float]:
    """The same figures through a bare sqlcipher3 connection (see bench/floor.py)."""
    import floor

    from reflect.storage import search_query
    from reflect.storage.key_slot import unwrap_slot
    from reflect.storage.paths import JournalPaths

    paths = JournalPaths(folder)
    key = unwrap_slot(paths.keys, PASSPHRASE)  # the same raw key; not timed
    database = paths.database
    starts = []
    for _ in range(OPENS):
        # Reflect's start follows the key derivation (left out of its figure), and a start
        # after 0.2 s of other work is slower (by ~0.5 ms here, sleeping or busy alike) than
        # one straight after the last: the floor starts after the same derivation (untimed).
        unwrap_slot(paths.keys, PASSPHRASE)
        started = time.perf_counter()
        conn = floor.connect(database, key)
        floor.first_page(conn)
        starts.append(ms(started))
        conn.close()
    conn = floor.connect(database, key)
    warm = []
    for _ in range(21):
        started = time.perf_counter()
        floor.first_page(conn)
        warm.append(ms(started))
    match = {
        kind: [search_query.to_fts(search_query.parse(q)) for q in queries]
        for kind, queries in QUERY_KINDS.items()
    }
    searches: dict[str, list[float]] = {kind: [] for kind in QUERY_KINDS}
    for _ in range(5):
        for kind, expressions in match.items():
            for expression in expressions:
                started = time.perf_counter()
                floor.search(conn, expression)
                searches[kind].append(ms(started))
    filtered = []
    for _ in range(5):
        for code in FILTER_CODES:
            started = time.perf_counter()
            floor.search_filtered(conn, '"baby"', code)
            filtered.append(ms(started))
    count = conn.execute("SELECT count(*) FROM reflections").fetchone()[0]
    row_id, prompt_id, body = conn.execute(
        "SELECT a.reflection_id, a.prompt_id, a.text FROM answers a JOIN (SELECT id FROM "
        "reflections ORDER BY visit_date DESC, id DESC LIMIT 1 OFFSET ?) r "
        "ON a.reflection_id = r.id ORDER BY a.position LIMIT 1",
        (count // 3,),
    ).fetchone()
    saves = []
    for index in range(SAVES):
        body = f"{body} edit {index}"
        started = time.perf_counter()
        floor.save(
            conn, row_id, prompt_id, body, preview=body[:80], now=f"2026-12-03T00:{index:04d}Z"
        )
        saves.append(ms(started))
    lists = []
    for _ in range(5):
        started = time.perf_counter()
        floor.list_all(conn)
        lists.append(ms(started))
    conn.close()
    every = [value for values in searches.values() for value in values]
    return {
        "start_to_list_ms": round(statistics.median(starts), 2),
        "first_page_ms": round(statistics.median(warm), 2),
        "search_p50_ms": round(percentile(every, 50), 2),
        **{f"search_{kind}_ms": round(statistics.median(v), 2) for kind, v in searches.items()},
        "search_filtered_ms": round(statistics.median(filtered), 2),
        "save_p50_ms": round(percentile(saves, 50), 2),
        "list_all_ms": round(statistics.median(lists), 1),
    }


def measure_index(folder: Path) -> dict[str, float]:
    """The search index's size beside the size of the text it indexes (UTF-8 bytes).

    The bundled SQLite has no `dbstat`, so the index's shadow tables are copied into an
    in-memory database (never a file) and its pages counted there.
    """
    import floor

    from reflect.storage.key_slot import unwrap_slot
    from reflect.storage.paths import JournalPaths

    paths = JournalPaths(folder)
    conn = floor.connect(paths.database, unwrap_slot(paths.keys, PASSPHRASE))
    conn.execute("ATTACH DATABASE ':memory:' AS copy")
    for (table,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search_index_%'"
    ).fetchall():
        conn.execute(f"CREATE TABLE copy.{table} AS SELECT * FROM main.{table}")
    pages = conn.execute("PRAGMA copy.page_count").fetchone()[0]
    size = conn.execute("PRAGMA copy.page_size").fetchone()[0]
    text_bytes = sum(
        conn.execute(
            f"SELECT coalesce(sum(length(CAST({column} AS BLOB))), 0) FROM {table}"
        ).fetchone()[0]
        for table, column in (("answers", "text"), ("reflections", "notes"), ("comments", "body"))
    )
    conn.close()
    return {
        "index_mb": round(int(pages) * int(size) / 1024 / 1024, 1),
        "text_mb": round(text_bytes / 1024 / 1024, 1),
    }


def pin_to_one_core() -> None:
    """Keep a measuring process on one core, the same for Reflect and the floor.

    Left free, a process that moves between cores mid-figure reads its sub-millisecond
    figures half as fast again, on either side, in about one run in two here.
    """
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})


def child(mode: str, folder: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, mode, str(folder)], check=True, capture_output=True, text=True
    ).stdout
    figures: dict[str, Any] = json.loads(out)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reflections", type=int, default=10_000)
    parser.add_argument("--dir", type=Path, help="build into (or reuse) this folder")
    parser.add_argument("--runs", type=int, default=3, help="pairs of measuring processes")
    for hidden in ("--measure-only", "--floor-only", "--index-only"):
        parser.add_argument(hidden, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    for flag, work in (
        ("measure_only", measure),
        ("floor_only", measure_floor),
        ("index_only", measure_index),
    ):
        if getattr(args, flag):
            pin_to_one_core()
            print(json.dumps(work(getattr(args, flag))))
            return
    folder = args.dir or Path(tempfile.mkdtemp(prefix="reflect-bench-"))
    build_s = None
    if not (folder / "journal.reflect").exists():
        build_s = round(build(folder, args.reflections), 1)
    # Reflect and the floor alternate, each in a fresh process (so that the peak memory is
    # Reflect's alone); each ratio is taken within a pair, then the median over the pairs.
    ours, floors = [], []
    for _ in range(args.runs):
        ours.append(child("--measure-only", folder))
        floors.append(child("--floor-only", folder))
    figures: dict[str, Any] = {}
    for name, value in ours[0].items():
        if isinstance(value, int | float):
            figures[name] = round(statistics.median(run[name] for run in ours), 2)
    figures["peak_rss_mb"] = max(run["peak_rss_mb"] for run in ours)
    figures["hwm_mb"] = max(ours, key=lambda run: run["peak_rss_mb"])["hwm_mb"]
    pairs = list(zip(ours, floors, strict=True))
    ratios = {
        f"{name}_x_floor": round(statistics.median(a[name] / b[name] for a, b in pairs), 2)
        for name in floors[0]
    }
    floor_figures = {
        name: round(statistics.median(low[name] for low in floors), 2) for name in floors[0]
    }
    db_mb = (folder / "journal.reflect").stat().st_size / 1024 / 1024
    print(
        json.dumps(
            {
                "reflections": args.reflections,
                "build_s": build_s,
                "runs": args.runs,
                **figures,
                **ratios,
                "floor": floor_figures,
                **child("--index-only", folder),
                "db_mb": round(db_mb, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
