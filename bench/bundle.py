"""Bundle benchmark: how big the installable app is, and how long it takes to show its window
beside the same code run from this checkout.

    QT_QPA_PLATFORM=offscreen python bench/bundle.py [--launches 9] [--dist dist]

Needs `make bundle` first (it reads dist/). Prints one JSON object:

- bundle_mb: the one-folder app unpacked (its files' sizes, in MB of 10^6 bytes);
  archive_mb and deb_mb: the .tar.gz and the .deb (Linux), as downloaded;
- bundle_start_ms / source_start_ms: spawning the process to Reflect's first painted
  window (the unlock screen of a small journal), the bundle's program against `python -m
  reflect` from this checkout; the median of --launches processes each, taken in turns
  after one uncounted launch of each (disk cache, font cache, bytecode). The time is the
  one Reflect prints when REFLECT_QUIT_AFTER_FIRST_PAINT is set (`reflect/app.py`), as
  bench/ui.py measures from outside;
- *_runs_ms: every launch; limits: what the bundle must stay under.
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from ui import child_env  # noqa: E402

from reflect import __version__  # noqa: E402

MB = 1_000_000
LIMITS_MB = {"bundle_mb": 150, "archive_mb": 60}


def folder_bytes(folder: Path) -> int:
    """The unpacked size of `folder`: its files' sizes, links not followed."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def make_journal(folder: Path) -> None:
    """A small journal, so each launch opens on the unlock screen as a visitor's does."""
    from reflect.storage.journal import Journal
    from reflect.storage.key_slot import KdfParams
    from reflect.storage.paths import JournalPaths

    journal, _ = Journal.create(
        JournalPaths(folder), "bench passphrase", kdf=KdfParams(8 * 1024, 1, 1)
    )
    journal.close()


def launch(command: list[str], folder: Path) -> float:
    """Milliseconds from spawning `command` to its first painted window."""
    env = child_env()
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        REFLECT_QUIT_AFTER_FIRST_PAINT="1",
        PYTHONPATH=str(ROOT),
    )
    started = time.time()
    done = subprocess.run(
        [*command, "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    painted = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    if done.returncode != 0 or not painted:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{command[0]} did not paint its window ({done.returncode})")
    return (float(painted[-1].split()[1]) - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--launches", type=int, default=9)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    bundle = args.dist / "reflect"
    program = bundle / "reflect"
    if not program.exists():
        raise SystemExit(f"No bundle in {bundle}: run `make bundle` first.")
    figures: dict[str, object] = {"version": __version__}
    figures["bundle_mb"] = round(folder_bytes(bundle) / MB, 1)
    for key, pattern in (("archive_mb", "reflect-*.tar.gz"), ("deb_mb", "reflect_*.deb")):
        found = sorted(args.dist.glob(pattern))
        if found:
            figures[key] = round(found[-1].stat().st_size / MB, 1)
    commands = {"bundle": [str(program)], "source": [sys.executable, "-m", "reflect"]}
    runs: dict[str, list[float]] = {name: [] for name in commands}
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="reflect-bench-bundle-") as temp:
        folder = Path(temp) / "journal"
        make_journal(folder)
        for command in commands.values():
            launch(command, folder)  # not counted
        for _ in range(args.launches):
            for name, command in commands.items():
                runs[name].append(launch(command, folder))
    for name, times in runs.items():
        figures[f"{name}_start_ms"] = round(statistics.median(times), 1)
        figures[f"{name}_start_runs_ms"] = [round(t, 1) for t in times]
    figures["limits_mb"] = LIMITS_MB
    figures["over_limit"] = [k for k, v in LIMITS_MB.items() if float(str(figures[k])) > v]
    figures["load_avg_1m"] = round(load, 2)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
