"""Shared test set-up: Qt renders offscreen, and slow tests run only when asked for."""

from __future__ import annotations

import os

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
