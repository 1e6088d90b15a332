"""Shared test set-up: Qt renders offscreen, and slow tests run only when asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SLOW = os.environ.get("REFLECT_SLOW_TESTS") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect `slow` tests unless REFLECT_SLOW_TESTS=1 (deselected, not skipped)."""
    if SLOW:
        return
    kept = [item for item in items if "slow" not in item.keywords]
    dropped = [item for item in items if "slow" in item.keywords]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


CHECKOUT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Reflect built as a wheel and installed (without dependencies) into its own folder."""
    root = tmp_path_factory.mktemp("wheel")
    dist, target = root / "dist", root / "target"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(CHECKOUT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("reflect-*.whl")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    return target
