"""Start-up keeps the storage layer off the path to the first screen, then warms it up."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent(
    """
    import sys, tempfile
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from reflect.app import build_window
    app = QApplication([])
    window = build_window(tempfile.mkdtemp())
    print("before", "sqlalchemy" in sys.modules, flush=True)
    QTimer.singleShot(3000, app.quit)
    app.exec()  # the real event loop, which lets the warm-up thread run
    print("after", "sqlalchemy" in sys.modules, flush=True)
    """
)


def test_orm_is_loaded_only_after_the_first_paint(tmp_path: Path) -> None:
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
    assert result.stdout.splitlines() == ["before False", "after True"]
