"""Journeys in Settings, Families: a family that left the programme is closed and leaves the
lists to choose from (its reflections stay, and open with their code); a family whose notes
must go is forgotten after a confirmation that names how many of what."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reflect.domain.comment import Comment
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from reflect.ui.settings.forget_family_dialog import ForgetFamilyDialog
from tests.helpers.accessibility import unnamed_controls
from tests.helpers.dialogs import answer_dialogs, click_in_next_dialog
from tests.helpers.journals import reflection
from tests.helpers.windows import PASSPHRASE, make_window, settled


def _window(qtbot: QtBot, folder: Path) -> tuple[MainWindow, dict[str, str]]:
    """A journal with two reflections about AB (one with a comment) and one about CD."""
    paths = JournalPaths(folder)
    journal, _ = Journal.create(paths, PASSPHRASE)
    with journal:
        old = journal.add_reflection(reflection("lanternword", code="AB", day=dt.date(2026, 3, 2)))
        journal.add_reflection(reflection(code="AB", day=dt.date(2026, 4, 6)))
        other = journal.add_reflection(reflection("meadowword", code="CD"))
        journal.add_comment(Comment(old.uuid, "Supervisor", "A thought", dt.datetime.now(dt.UTC)))
    window = make_window(qtbot, paths)
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, "\r")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    qtbot.waitUntil(lambda: bool(window.session.backups()), timeout=10_000)  # the day's backup
    return window, {"old": old.uuid, "other": other.uuid}


def _go(window: MainWindow, page: object) -> None:
    window.nav.button(window.pages.indexOf(page)).click()  # type: ignore[arg-type]


def _choose_family(qtbot: QtBot, window: MainWindow, code: str) -> None:
    families = window.settings_page.families
    rows = [families.list.item(i) for i in range(families.list.count())]
    (row,) = [r for r in rows if r.text().startswith(f"{code} ·")]
    rect = families.list.visualItemRect(row)
    qtbot.mouseClick(families.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _rows(window: MainWindow) -> list[str]:
    families = window.settings_page.families.list
    return [families.item(i).text() for i in range(families.count())]


def _items(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]


def test_a_closed_family_leaves_the_pickers_and_its_reflections_still_open(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, made = _window(qtbot, tmp_path / "journal")
    journal = window.journal_page
    assert _items(journal.editor.family_code) == ["AB", "CD"]
    _go(window, window.settings_page)
    families = window.settings_page.families
    assert _rows(window) == ["AB · 2 reflections", "CD · 1 reflection"]
    _choose_family(qtbot, window, "AB")
    qtbot.mouseClick(families.close_button, Qt.MouseButton.LeftButton)
    assert _rows(window)[0] == "AB · closed · 2 reflections"
    assert families.close_button.text().replace("&", "") == "Reopen this family"
    assert "AB is closed" in families.outcome.text()

    _go(window, journal)
    pane = journal.list_pane
    assert _items(journal.editor.family_code) == ["CD"]
    assert _items(pane.family) == ["All families", "CD", "Show closed families (1)"]
    assert pane.model.rowCount() == 3  # its reflections stay in the list
    # Asked for, the closed family is listed at the end, and filters like any other.
    pane.family.setFocus()
    pane.family.setCurrentIndex(2)
    assert _items(pane.family) == ["All families", "CD", "AB (closed)", "Hide closed families"]
    assert pane.family.currentText() == "All families"
    pane.family.setCurrentIndex(2)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    # An old reflection under the closed code opens, and shows its code.
    journal.open_reflection(made["old"])
    assert journal.editor.family_code.currentText() == "AB"
    assert journal.editor.reflection is not None
    assert journal.editor.reflection.family_code == "AB"

    _go(window, window.settings_page)
    _choose_family(qtbot, window, "AB")
    qtbot.mouseClick(families.close_button, Qt.MouseButton.LeftButton)
    assert _rows(window)[0] == "AB · 2 reflections"
    assert _items(journal.editor.family_code) == ["AB", "CD"]
    window.session.lock()


def test_forgetting_a_family_names_what_goes_and_then_it_is_gone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, made = _window(qtbot, tmp_path / "journal")
    _go(window, window.settings_page)
    families = window.settings_page.families
    _choose_family(qtbot, window, "AB")
    asked: list[str] = []
    told: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ForgetFamilyDialog)
        assert unnamed_controls(dialog) == []
        assert dialog.cancel_button.isDefault()  # Enter alone forgets nothing
        asked.append(dialog.what.text())
        asked.append(dialog.backups.text())
        qtbot.mouseClick(dialog.also_backups, Qt.MouseButton.LeftButton)
        asked.append(dialog.backups.text())
        click_in_next_dialog("OK", told, tries=500)
        qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)

    answer_dialogs(answer)
    qtbot.mouseClick(families.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    settled(window)

    what, keeping, removing = asked
    assert "2 reflections (visits from 2 Mar 2026 to 6 Apr 2026)" in what
    assert "1 comment from supervision" in what and "the code AB itself" in what
    assert "backup is taken just before" in keeping
    # The day's backup, taken at unlock, holds it; rotation removes it after a while.
    assert "On this computer: 1 backup of" in keeping and "Rotation removes" in keeping
    assert "new backup without this family" in removing
    assert "On this computer: 1 backup of" in removing
    (outcome,) = told
    assert outcome.startswith("Family AB is forgotten.")
    assert "2 reflections" in outcome and "1 comment from supervision" in outcome
    assert "Removed from this computer: 1 older backup that held it." in outcome
    assert _rows(window) == ["CD · 1 reflection"]
    journal = window.journal_page
    assert journal.list_pane.model.rowCount() == 1
    assert journal.list_pane.model.summary_at(0).uuid == made["other"]
    assert _items(journal.editor.family_code) == ["CD"]
    assert not [b for b in window.session.backups() if b.reason == "before-forget"]
    window.session.lock()


def test_cancel_is_the_default_and_forgets_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    window, _ = _window(qtbot, tmp_path / "journal")
    _go(window, window.settings_page)
    families = window.settings_page.families
    _choose_family(qtbot, window, "CD")
    seen: list[QDialog] = []

    def press_enter(dialog: QDialog) -> None:
        seen.append(dialog)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    answer_dialogs(press_enter)
    qtbot.mouseClick(families.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=10_000)
    settled(window)
    assert seen[0].result() == QDialog.DialogCode.Rejected
    assert _rows(window) == ["AB · 2 reflections", "CD · 1 reflection"]
    window.session.lock()


def test_locking_while_the_backups_are_looked_at_leaves_nothing_held(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, _ = _window(qtbot, tmp_path / "journal")
    _go(window, window.settings_page)
    families = window.settings_page.families
    _choose_family(qtbot, window, "AB")
    # Other work beside the window goes first, so the answer is still awaited at the lock.
    first_in_line = threading.Event()
    window.session.errands.run("ahead", first_in_line.wait, lambda _: None, pytest.fail)
    qtbot.mouseClick(families.forget_button, Qt.MouseButton.LeftButton)
    assert not families.forget_button.isEnabled()  # held while the backups are looked at
    window.lock()
    first_in_line.set()
    settled(window)
    assert QApplication.overrideCursor() is None
    assert QApplication.activeModalWidget() is None  # the question is not asked any more
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, "\r")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    settled(window)
    _go(window, window.settings_page)
    assert families.forget_button.isEnabled() and families.close_button.isEnabled()
    assert _rows(window) == ["AB · 2 reflections", "CD · 1 reflection"]
    window.session.lock()
