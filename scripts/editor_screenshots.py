"""Render the reflection form at laptop sizes, light and dark, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/editor_screenshots.py [--out docs/screenshots]

A new after-visit reflection from the demo journal, a little typed, one "Go deeper" open,
at 1366x768 and 1024x600 (the window as it opens there: at most 90 % of the screen).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshots import _grab, _opened, _window

from reflect.demo import DEMO_PASSPHRASE, create_demo_journal

SIZES = ((1366, 768), (1024, 600))


def _dark(app: QApplication) -> None:
    """A plain dark palette, as a system dark mode gives."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.AlternateBase, "#2f2f2f"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)


def render(out: Path) -> None:
    """Write editor-<size>-<light|dark>.png into `out`."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    out.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark"):
        if theme == "dark":
            _dark(app)
        for width, height in SIZES:
            with tempfile.TemporaryDirectory() as folder:
                create_demo_journal(Path(folder))
                window = _window(Path(folder))
                window.resize(int(width * 0.9), int(height * 0.9))
                QTest.keyClicks(window.entry.unlock_page.passphrase, DEMO_PASSPHRASE)
                QTest.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
                _opened(window)
                QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
                editor = window.journal_page.editor
                QTest.keyClicks(editor.family_code, "B-08")
                first = editor.prompts[0].editor
                first.setFocus()
                QTest.keyClicks(first, "Short visit; he watched Mom's face the whole time.")
                _grab(window, out, f"editor-{width}x{height}-{theme}")
                window.session.lock()
                window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    render(parser.parse_args().out)


if __name__ == "__main__":
    main()
