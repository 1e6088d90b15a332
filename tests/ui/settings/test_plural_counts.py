"""The auto-lock time's unit follows its number once it is typed: "1 minute", "2 minutes"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from reflect.session.journal_session import JournalSession
from reflect.storage.paths import JournalPaths
from reflect.ui.settings.settings_page import SettingsPage


def test_the_lock_minutes_name_their_unit(qtbot: QtBot, tmp_path: Path) -> None:
    page = SettingsPage(JournalSession(JournalPaths(tmp_path)))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    spin = page.findChild(QSpinBox)
    (after,) = [w for w in page.findChildren(QLabel) if "without use" in w.text()]
    for typed, unit in (("1", "minute without use"), ("2", "minutes without use")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, typed)
        qtbot.keyClick(spin, Qt.Key.Key_Return)  # the number settles
        assert (spin.text(), after.text()) == (typed, unit)
    page.set_auto_lock_minutes(1)  # the saved setting, shown on opening
    assert after.text() == "minute without use"
