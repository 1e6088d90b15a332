"""`reflect --demo` takes its throwaway journal away when it closes, and clears what earlier
demos that crashed left in the temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from reflect.app import run
    app = QApplication([])

    def close():
        for widget in app.topLevelWidgets():
            if widget.isVisible() and hasattr(widget, "demo_folder"):
                print("running", widget.demo_folder.path.name, flush=True)
                widget.close()
                return
        QTimer.singleShot(100, close)

    QTimer.singleShot(500, close)
    sys.exit(run(demo=True))
    """
)


def test_the_demo_leaves_nothing_behind(tmp_path: Path) -> None:
    crashed = tmp_path / "reflect-demo-crashed"
    (crashed / "backups").mkdir(parents=True)
    (crashed / "journal.reflect").write_bytes(b"x" * 600)
    old = time.time() - 3600
    os.utime(crashed, (old, old))
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("running reflect-demo-")
    assert list(tmp_path.iterdir()) == []
