"""Running `python -m reflect` as the visitor runs it: in a terminal, as its own process,
nowhere near a real journal, and reading back the figures it prints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.passphrases import PASSPHRASE

CHECKOUT = Path(__file__).resolve().parents[2]


def reflect(
    tmp_path: Path, *args: str, stdin: str = PASSPHRASE + "\n"
) -> subprocess.CompletedProcess[str]:
    """`python -m reflect ARGS`, its passphrase on stdin, nowhere near a real journal."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REFLECT_DATA_DIR", "QT_QPA_PLATFORM"}
    }
    env.update(PYTHONPATH=str(CHECKOUT), HOME=str(tmp_path))
    return subprocess.run(
        [sys.executable, "-m", "reflect", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )


def figures(printed: str) -> dict[str, str]:
    """The "name  figure" rows a command printed, by name."""
    rows = [line.strip() for line in printed.splitlines() if line.startswith("  ")]
    return {
        " ".join(row.split("  ")[0].split()): row.split("  ", 1)[1].strip()
        for row in rows
        if "  " in row
    }
