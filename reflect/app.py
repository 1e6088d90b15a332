"""The one place that builds the application: paths, logging, the journal and the window."""

from __future__ import annotations

import sys


def run(data_dir: str | None = None) -> int:
    """Start Reflect and return its exit status."""
    from PySide6.QtWidgets import QApplication, QLabel

    from reflect.storage.paths import JournalPaths

    app = QApplication.instance() or QApplication(sys.argv)
    paths = JournalPaths.resolve(data_dir)
    label = QLabel(
        app.tr("Reflect keeps your journal in {folder}.").format(folder=paths.folder),
    )
    label.setAccessibleName(app.tr("Journal folder"))
    label.setWindowTitle(app.tr("Reflect"))
    label.setMargin(24)
    label.show()
    return app.exec()
