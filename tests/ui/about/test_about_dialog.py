"""Help > About Reflect: the version, the journal's folder, the licence and the sources the
cards draw on; the details it copies for support name versions, never journal text or the
journal's folder."""

from __future__ import annotations

import getpass
import platform
import tomllib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from reflect import __version__
from reflect.content.seeds import SEEDS
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.storage.schema_version import HEAD
from reflect.ui.about.about_dialog import LICENCE, AboutDialog
from reflect.ui.main_window import MainWindow
from tests.helpers.accessibility import unnamed_controls
from tests.helpers.dialogs import press_in_next_dialog
from tests.helpers.journals import reflection
from tests.helpers.windows import PASSPHRASE, make_window

ROOT = Path(__file__).resolve().parents[3]
SECRET = "Ximena-at-the-blue-house"


@dataclass
class UsualFolder:
    """A port for a journal kept where Reflect keeps it unless told otherwise."""

    data_folder: str = "/home/visitor/.local/share/Reflect"
    in_usual_folder: bool = True

    def journal_format(self) -> str:
        return HEAD


def _words(dialog: QDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def _about(qtbot: QtBot, window: MainWindow) -> AboutDialog:
    dialog = AboutDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_it_says_which_reflect_where_the_journal_is_and_what_the_cards_draw_on(
    qtbot: QtBot, paths: JournalPaths
) -> None:
    window = make_window(qtbot, paths)
    words = _words(_about(qtbot, window))
    assert f"Version {__version__}" in words
    assert str(paths.folder) in words
    assert "This folder was chosen for it, not the usual place." in words
    for seed in SEEDS:
        assert seed.cite_as in words


def test_the_licence_shown_is_the_one_the_package_is_published_under() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == LICENCE


def test_a_journal_in_the_usual_place_is_said_to_be_there(qtbot: QtBot) -> None:
    dialog = AboutDialog(UsualFolder())
    qtbot.addWidget(dialog)
    words = _words(dialog)
    assert "This is the usual place for it on this computer." in words
    assert f"under the {LICENCE} License" in words


def test_copied_details_name_versions_and_nothing_of_the_journal(
    qtbot: QtBot, existing: tuple[JournalPaths, str]
) -> None:
    paths, _ = existing
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.add_reflection(reflection(SECRET, code="XB"))
    window = make_window(qtbot, paths)
    qtbot.keyClicks(window.entry.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(window.entry.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    # The word lists load on a thread of their own; closing before they arrive would leave
    # it emitting to a window already gone.
    qtbot.waitUntil(lambda: window.journal_page.speller.loaded, timeout=10_000)
    try:
        dialog = _about(qtbot, window)
        dialog.copy_button.setFocus()
        qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
        copied = QApplication.clipboard().text()
    finally:
        window.session.lock()
    assert copied.splitlines() == [
        f"Reflect {__version__}",
        f"Journal format: {HEAD}",
        "Journal folder: a folder chosen for it",
        f"System: {platform.platform()}",
        f"Python: {platform.python_version()}",
        f"Qt: {qVersion()} (PySide6 {__import__('PySide6').__version__})",
    ]
    assert SECRET not in copied and "XB" not in copied
    assert str(paths.folder) not in copied and paths.folder.name not in copied
    assert str(Path.home()) not in copied and getpass.getuser() not in copied.lower()
    assert "Copied." in dialog.message.text()


def test_every_control_is_named_and_esc_closes_it_from_the_help_menu(
    qtbot: QtBot, paths: JournalPaths
) -> None:
    window = make_window(qtbot, paths)  # the welcome screen: no journal needed
    seen: list[QDialog] = []

    press_in_next_dialog(qtbot, Qt.Key.Key_Escape, seen)
    help_menu = window.menuBar().actions()[-1].menu()
    about = next(a for a in help_menu.actions() if "About" in a.text())  # type: ignore[union-attr]
    assert about.isEnabled()
    about.trigger()
    (dialog,) = seen
    assert isinstance(dialog, AboutDialog)
    assert unnamed_controls(dialog) == []
    assert dialog.result() == QDialog.DialogCode.Rejected  # closed by Esc


def test_the_keyboard_reaches_the_copy_button(qtbot: QtBot) -> None:
    dialog = AboutDialog(UsualFolder())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    reached = []
    for _ in range(12):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget())
    assert dialog.copy_button in reached
    assert dialog.folder in reached  # the folder's name can be selected and copied
