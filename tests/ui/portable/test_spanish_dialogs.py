"""The export, print and import dialogs in Spanish: every word on every page of them is
the translation, not the English it was written in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reflect.exchange.deidentify import check
from reflect.ui.main_window import MainWindow
from reflect.ui.portable.export_check_dialog import ExportCheckDialog
from reflect.ui.portable.import_dialog import DONE, PREVIEW, SOURCE
from reflect.ui.portable.printing import PrivateAnswersQuestion
from reflect.ui.widgets.language import install_translators
from tests.helpers.portable_dialogs import export_now, open_export, open_import, to_the_warning

IMPORTS = Path(__file__).resolve().parents[2] / "exchange" / "data" / "imports"
ENGLISH = re.compile(r"\b(the|your|and|with|from|to|of|it|is|Choose|Cancel|Close|Back)\b")
NAMES = {"PDF", "JSON", "Markdown", "jrnl", "Day One", "Reflect", "Cancelar"}


def _texts(dialog: QWidget, leave_out: tuple[QWidget, ...] = ()) -> set[str]:
    """Every word a visitor sees or hears in `dialog` (a journal's own words left out)."""
    found = {dialog.windowTitle()}
    for widget in dialog.findChildren(QWidget):
        if widget in leave_out or widget.parentWidget() in leave_out:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.add(widget.text())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        found.add(widget.accessibleName())
    return {" ".join(t.replace("&", "").split()) for t in found} - {""}


def _walk(qtbot: QtBot, window: MainWindow, folder: Path) -> set[str]:
    """Every page of the dialogs, reached as a visitor reaches them."""
    folder.mkdir()
    seen: set[str] = set()
    export = open_export(qtbot, window)
    seen |= _texts(export)
    export.choices.json.setChecked(True)
    to_the_warning(qtbot, export, folder / "all.json")
    seen |= _texts(export)
    export_now(qtbot, export)
    seen |= _texts(export)
    export.close_button.click()
    flags = [("where", flag) for flag in check("Call 555-201-3344 today.")]
    seen |= _texts(ExportCheckDialog(flags, 2, window)) - {"where"}
    seen |= _texts(PrivateAnswersQuestion(2, window))

    imports = open_import(qtbot, window)
    seen |= _texts(imports)
    broken = folder / "broken.txt"
    broken.write_bytes(b"[2024-03-05 09:30:00 AM] A visit.\n\xff\n")
    imports.source.path.setText(str(broken))
    imports.source.follow(broken)
    qtbot.mouseClick(imports.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(imports.source.problem.text()), timeout=10_000)
    assert imports.pages.currentIndex() == SOURCE
    seen |= _texts(imports)
    imports.source.path.setText(str(IMPORTS / "dayone" / "export.zip"))
    imports.source.follow(IMPORTS / "dayone" / "export.zip")
    qtbot.mouseClick(imports.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: imports.pages.currentIndex() == PREVIEW, timeout=10_000)
    preview = imports.preview
    seen |= _texts(imports, (preview.titles, preview.heading))
    qtbot.mouseClick(imports.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: imports.pages.currentIndex() == DONE, timeout=15_000)
    seen |= _texts(imports, (preview.titles, preview.heading))
    imports.close_button.click()
    # The folders a test runs in are named in English: they are no words of the dialogs.
    return {text.replace(str(folder), "…") for text in seen if not text.isdigit()}


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_dialogs_speak_spanish_on_every_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, qapp: QApplication, translators: None
) -> None:
    english = _walk(qtbot, window, tmp_path / "en")
    assert "Export reflections" in english and "Import from another journal" in english
    install_translators(qapp, "es")
    spanish = _walk(qtbot, window, tmp_path / "es")
    assert "Exportar reflexiones" in spanish and "Importar de otro diario" in spanish
    left_in_english = {text for text in spanish & english if text not in NAMES}
    assert left_in_english == set()
    with_english_words = sorted(text for text in spanish if ENGLISH.search(text))
    assert with_english_words == []
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
