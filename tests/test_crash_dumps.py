"""Start-up switches off core dumps, so decrypted text and keys never land in a core file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROBE = textwrap.dedent(
    """
    import resource, sys, tempfile
    from PySide6.QtWidgets import QApplication
    from reflect.app import build_window
    from reflect.crash_dumps import is_dumpable
    print("before", is_dumpable())
    app = QApplication([])
    window = build_window(tempfile.mkdtemp())
    print("after", resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), flush=True)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_start_up_switches_core_dumps_off(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = result.stdout.splitlines()
    assert before == "before True", "the test starts from a process that could dump"
    assert after == "after (0, 0) False"
