"""Run by test_autosave: a real Reflect window that types, then waits to be killed."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reflect.app import load_content
from reflect.session.journal_session import JournalSession
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow


def main() -> None:
    app = QApplication(sys.argv[:1])
    paths = JournalPaths.resolve(sys.argv[1])
    settings = QSettings(str(paths.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(JournalSession(paths), load_content, settings)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClicks(window.entry.unlock_page.passphrase, sys.argv[2])
    QTest.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    deadline = time.monotonic() + 15
    while window.stack.currentWidget() is not window.workspace:  # opened beside the window
        assert time.monotonic() < deadline, "the journal did not open"
        QTest.qWait(20)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.journal_page.editor
    QTest.keyClicks(editor.family_code, "KL")
    first = editor.prompts[0].editor
    first.setFocus()
    for word in sys.argv[3].split():
        QTest.keyClicks(first, word + " ")
        QTest.qWait(20)
    deadline = time.monotonic() + 10
    while not window.status_label.text().startswith("Saved") and time.monotonic() < deadline:
        QTest.qWait(50)
    print("TYPED", window.status_label.text(), flush=True)
    while True:  # keep typing until killed, like a visitor mid-sentence
        QTest.keyClicks(first, "more ")
        QTest.qWait(100)
        app.processEvents()


if __name__ == "__main__":
    main()
