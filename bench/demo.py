"""How long `reflect --demo` takes to build its journal: one JSON object on stdout.

    python bench/demo.py [--runs 7] [--baseline FILE]

The demo is built before its window opens, so this is start-up time a newcomer waits
through. `build_ms` is the median of whole builds (two journals, a shared packet and two
replies included); `read_data_ms` is the part spent reading the data files. `--baseline`
names another Python file with a `create_demo_journal(folder, today)` (for example an
earlier `reflect/demo.py`, from `git show`), timed in turn with this one in the same run,
since this machine is too noisy for figures from different runs to be compared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reflect.demo import create_demo_journal, demo_reflections
from reflect.demo.check_ins import demo_check_ins
from reflect.demo.supervision_items import demo_comments, demo_sessions

Builder = Callable[[Path, dt.date], None]


def _timed_build(build: Builder, today: dt.date) -> float:
    with tempfile.TemporaryDirectory(prefix="reflect-demo-bench-") as folder:
        start = time.perf_counter()
        build(Path(folder), today)
        return time.perf_counter() - start


def _read_data(today: dt.date) -> float:
    start = time.perf_counter()
    reflections = demo_reflections(today)
    demo_comments(today, [r.uuid for r in reflections])
    demo_sessions(today, "Supervisor")
    demo_check_ins(today)
    return time.perf_counter() - start


def _baseline(path: str) -> Builder:
    spec = importlib.util.spec_from_file_location("baseline_demo", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path} is not a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    builder: Builder = module.create_demo_journal
    return builder


def main() -> None:
    """Time the builds and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed builds of each")
    parser.add_argument("--baseline", help="a file with another create_demo_journal")
    args = parser.parse_args()
    today = dt.date.today()
    builders: dict[str, Builder] = {"build": create_demo_journal}
    if args.baseline:
        builders["baseline"] = _baseline(args.baseline)
    for build in builders.values():
        _timed_build(build, today)  # warm: imports, first connection
    times: dict[str, list[float]] = {name: [] for name in builders}
    for _ in range(args.runs):
        for name, build in builders.items():  # in turn, so both meet the same noise
            times[name].append(_timed_build(build, today))
    reads = sorted(_read_data(today) for _ in range(args.runs))
    figures: dict[str, object] = {"benchmark": "demo-build", "runs": args.runs}
    for name, values in times.items():
        figures[f"{name}_ms"] = round(statistics.median(values) * 1000, 1)
    if args.baseline:
        figures["build_x_baseline"] = round(
            statistics.median(times["build"]) / statistics.median(times["baseline"]), 2
        )
    figures["read_data_ms"] = round(statistics.median(reads) * 1000, 2)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
