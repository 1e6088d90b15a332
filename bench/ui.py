"""Desktop benchmark: how long Reflect's window takes to do what a visitor waits for.

    QT_QPA_PLATFORM=offscreen python bench/ui.py --reflections 10000 [--dir FOLDER]

Builds a synthetic journal as bench/run.py does (or reuses the one already in --dir), then
measures in fresh processes (bench/ui_child.py), each building the window as `reflect.app`
does, and prints one JSON object:

- launch_to_unlock_ms: spawning the process to the end of the first frame that painted the
  unlock screen (median of --launches processes, after one uncounted launch that warms the
  disk cache and writes bytecode);
- unlock_to_list_ms: Return pressed in the passphrase field to the end of the first frame
  that painted rows in the journal list (Argon2id, opening, building the workspace);
- open_reflection_ms: `JournalPage.open_reflection` to the end of the frame that painted the
  editor, median over 21 reflections spread over the journal;
- search_results_ms: `ListPane.refresh` with the search text already set (no debounce) to
  the end of the frame that painted the hits, median over bench/run.py's QUERIES x 3;
- peak_rss_mb: the largest peak resident size of the measuring processes;
- delete_ms: `JournalPage.delete_current` (confirmation answered) to the painted list
  without the reflection, on the window's thread (median of --waits processes);
- lock_ms / quit_ms: Lock (to the painted unlock screen) and Quit (`MainWindow.close`)
  just after unlock (integrity check running), during the daily backup and just after a
  delete; the figure is the slowest of the three moments (`*_at_ms` has each);
- max_stall_ms: the longest gap between ticks of a 10 ms timer on the window's thread during
  the unlock (from the Return press to the painted list), the background work begun at
  unlock (integrity check, daily backup), a delete (until its background work is done) and
  searches; `stall_ms` has each phase.

With --code DIR the children import Reflect from DIR (another checkout: the code before a
change), so before and after can be measured in one run on copies of one journal.

The last four come from --sessions processes (their median; peak_rss_mb is the largest).
Alongside: each launch, whether SQLAlchemy was already imported at the first paint (the app
means to load it afterwards), the journal opening inside the unlock, the first opening of a
reflection (it builds the form), the slowest search, and `over_target` (the figures above
their targets for 100,000 reflections).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

CHILD = HERE / "ui_child.py"
# What a visitor should wait for at 100,000 reflections.
TARGETS = {
    "launch_to_unlock_ms": 350,
    "unlock_to_list_ms": 500,
    "open_reflection_ms": 50,
    "search_results_ms": 100,
    "peak_rss_mb": 200,
    "delete_ms": 150,
    "lock_ms": 200,
    "quit_ms": 200,
    "max_stall_ms": 100,
}
MOMENTS = ("integrity", "backup", "delete")


def child_env() -> dict[str, str]:
    """The environment for a measured process.

    An installed Reflect has compiled bytecode; a checkout run with PYTHONDONTWRITEBYTECODE
    would compile every module of the app on every launch, so that setting is dropped (the
    uncounted first launch writes the bytecode).
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def child(*args: str) -> tuple[float, dict[str, Any]]:
    """Run bench/ui_child.py; the wall-clock time just before it was spawned, and its JSON."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(CHILD), *args],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"bench/ui_child.py {args[0]} failed ({done.returncode})")
    return started, json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reflections", type=int, default=10_000)
    parser.add_argument("--dir", type=Path, help="build into (or reuse) this folder")
    parser.add_argument("--launches", type=int, default=9, help="fresh processes to time launch")
    parser.add_argument("--sessions", type=int, default=3, help="fresh processes for the rest")
    parser.add_argument("--waits", type=int, default=3, help="processes timing delete, stalls")
    parser.add_argument("--code", default="", help="import Reflect from this checkout")
    parser.add_argument("--only-waits", action="store_true", help="skip launch and session")
    args = parser.parse_args()
    if args.code:  # the children read it from their environment
        os.environ["REFLECT_BENCH_CODE"] = str(Path(args.code).resolve())
    folder = (args.dir or Path(tempfile.mkdtemp(prefix="reflect-bench-ui-"))).resolve()
    build_s = None
    if not (folder / "journal.reflect").exists():
        from run import build

        build_s = round(build(folder, args.reflections), 1)
        os.sync()  # the build's writes are not left to compete with the measurements

    load = os.getloadavg()[0]  # other work on the machine shows in every figure
    figures: dict[str, Any] = {"reflections": args.reflections, "build_s": build_s}
    if not args.only_waits:
        figures.update(launch_and_session(folder, args))
    figures.update(waiting(folder, args))
    figures["db_mb"] = round((folder / "journal.reflect").stat().st_size / 1024 / 1024, 1)
    figures["load_avg_1m"] = round(load, 2)
    figures["code"] = os.environ.get("REFLECT_BENCH_CODE", "this checkout")
    figures["over_target"] = [
        key for key, limit in TARGETS.items() if key in figures and figures[key] > limit
    ]
    print(json.dumps(figures))


def launch_and_session(folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Launch to the unlock screen; unlock, open and search in --sessions processes."""
    launches: list[float] = []
    seen: list[dict[str, Any]] = []
    child("launch", str(folder))  # not counted: disk cache, font cache, bytecode
    for _ in range(args.launches):
        started, result = child("launch", str(folder))
        launches.append((result["painted_at"] - started) * 1000)
        seen.append(result)
    sessions = [
        child("session", str(folder), str(args.reflections))[1] for _ in range(args.sessions)
    ]

    def median(key: str) -> float:
        return round(statistics.median(s[key] for s in sessions), 1)

    return {
        "launch_to_unlock_ms": round(statistics.median(launches), 1),
        "launch_to_unlock_runs_ms": [round(ms, 1) for ms in launches],
        "orm_loaded_before_paint": any(s["orm_loaded"] for s in seen)
        or any(s["orm_loaded_before_paint"] for s in sessions),
        "warm_up_started_before_paint": any(s["warm_up_started"] for s in seen),
        "unlock_to_list_ms": median("unlock_to_list_ms"),
        "journal_open_ms": median("journal_open_ms"),
        "open_reflection_ms": median("open_reflection_ms"),
        "open_reflection_first_ms": median("open_reflection_first_ms"),
        "search_results_ms": median("search_results_ms"),
        "search_results_max_ms": max(s["search_results_max_ms"] for s in sessions),
        "peak_rss_mb": max(s["peak_rss_mb"] for s in sessions),
        "built_with": seen[0]["built_with"],
    }


def waiting(folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Delete, Lock and Quit times and the window's longest stalls (bench/ui_waits.py)."""
    count = str(args.reflections)
    runs = [child("waits", str(folder), count)[1] for _ in range(args.waits)]
    phases = sorted({phase for run in runs for phase in run["stall_ms"]})
    stalls = {p: max(r["stall_ms"].get(p, 0.0) for r in runs) for p in phases}
    figures: dict[str, Any] = {
        "delete_ms": round(statistics.median(r["delete_ms"] for r in runs), 1),
        "delete_runs_ms": [r["delete_ms"] for r in runs],
        "delete_background_s": round(statistics.median(r["delete_background_s"] for r in runs), 2),
        "max_stall_ms": max(stalls.values()),
        "stall_ms": stalls,
    }
    for action in ("lock", "quit"):
        at = {m: child(action, str(folder), count, m)[1] for m in MOMENTS}
        figures[f"{action}_ms"] = max(result[f"{action}_ms"] for result in at.values())
        figures[f"{action}_at_ms"] = {m: result[f"{action}_ms"] for m, result in at.items()}
        figures[f"{action}_busy"] = {m: result["busy"] for m, result in at.items()}
    return figures


if __name__ == "__main__":
    main()
