"""Where the files of other journals are kept for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

IMPORTS = Path(__file__).resolve().parents[1] / "data" / "imports"


@pytest.fixture
def imports() -> Path:
    """The folder of jrnl-made, Day One-shaped and Markdown files (see its README)."""
    return IMPORTS
