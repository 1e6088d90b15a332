"""Where the files of other journals are kept for these tests, and a way to copy one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

IMPORTS = Path(__file__).resolve().parents[1] / "data" / "imports"


@pytest.fixture
def imports() -> Path:
    """The folder of jrnl-made, Day One-shaped and Markdown files (see its README)."""
    return IMPORTS


def copied(name: str, to: Path) -> Path:
    """A copy of one of those files (`jrnl/journal.txt`) in `to`, to change freely."""
    target = to / Path(name).name
    shutil.copyfile(IMPORTS / name, target)
    return target
