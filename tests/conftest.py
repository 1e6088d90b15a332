"""Shared test set-up: Qt renders offscreen, and slow tests run only when asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SLOW = os.environ.get("REFLECT_SLOW_TESTS") == "1"
BUNDLE = os.environ.get("REFLECT_BUNDLE_TESTS") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect `slow` tests unless REFLECT_SLOW_TESTS=1, and `bundle` tests unless
    REFLECT_BUNDLE_TESTS=1 (deselected, not skipped)."""
    asked = {"slow": SLOW, "bundle": BUNDLE}
    left_out = {marker for marker, on in asked.items() if not on}

    def wanted(item: pytest.Item) -> bool:
        return not any(item.get_closest_marker(marker) for marker in left_out)

    kept = [item for item in items if wanted(item)]
    dropped = [item for item in items if not wanted(item)]
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
