"""The export and import dialogs on a small screen (1024×600) and to a screen reader: every
page fits with its buttons in sight (the choices scroll), and every control and label says
what it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialog, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from tests.helpers.accessibility_tree import misleading
from tests.helpers.portable_dialogs import export_now, open_export, open_import, to_the_warning

IMPORTS = Path(__file__).resolve().parents[2] / "exchange" / "data" / "imports"


def _fits(dialog: QDialog, buttons: list[QPushButton]) -> None:
    """The dialog within 1024×600, each button inside it, whole."""
    assert dialog.width() <= 1024 and dialog.height() <= 600
    inside = QRect(QPoint(0, 0), dialog.size())
    for button in buttons:
        assert button.isVisible()
        place = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        assert inside.contains(place), button.text()


def test_every_page_fits_a_small_screen_and_reads_aloud(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1024, 600)
    export = open_export(qtbot, window)
    export.resize(min(export.width(), 1024), min(export.height(), 560))
    qtbot.wait(50)
    _fits(export, [export.continue_button])
    choices = export.pages.currentWidget().findChild(QScrollArea)
    assert choices is not None and choices.widget() is export.choices
    assert misleading(export) == []
    export.choices.check_first.setChecked(False)
    to_the_warning(qtbot, export, tmp_path / "small.pdf")
    _fits(export, [export.export_button])
    assert misleading(export) == []
    export_now(qtbot, export)
    _fits(export, [export.open_button, export.close_button])
    assert misleading(export) == []
    export.close_button.click()

    imports = open_import(qtbot, window)
    imports.resize(min(imports.width(), 1024), min(imports.height(), 560))
    _fits(imports, [imports.show_button])
    assert misleading(imports) == []
    imports.source.path.setText(str(IMPORTS / "jrnl" / "journal.json"))
    imports.show_button.click()
    qtbot.waitUntil(imports.import_button.isVisible, timeout=10_000)
    _fits(imports, [imports.import_button])
    assert misleading(imports) == []
    imports.reject()
