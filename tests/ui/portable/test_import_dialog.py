"""Importing from the window: the kind guessed from the file, what it would bring shown
before anything is written, the family code, the import itself (twice: the second adds
nothing), and a refused file named with its line while the dialog stays open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from reflect.domain.journal_import import ImportKind
from reflect.exchange.reflect_json import write_reflect_json
from reflect.storage.journal import Journal
from reflect.ui.main_window import MainWindow
from reflect.ui.portable.import_dialog import DONE, PREVIEW, SOURCE, ImportDialog
from tests.helpers.accessibility import unnamed_controls
from tests.helpers.dialogs import click_in_next_dialog
from tests.helpers.many_reflections import many
from tests.helpers.portable_dialogs import open_import

IMPORTS = Path(__file__).resolve().parents[2] / "exchange" / "data" / "imports"


def _journal(window: MainWindow) -> Journal:
    journal = window.session.journal
    assert isinstance(journal, Journal)
    return journal


def _figures(dialog: ImportDialog) -> dict[str, str]:
    form: QFormLayout = dialog.preview.figures
    shown = {}
    for row in range(form.rowCount()):
        name = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(name, QLabel) and isinstance(value, QLabel)
        shown[name.text()] = value.text()
    return shown


def _choose(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    """Choose `path` in the system's dialog (answered at once), as Choose… opens it."""
    dialog.source.choose_file = lambda *_: str(path)
    dialog.source.choose_folder = lambda *_: str(path)
    qtbot.mouseClick(dialog.source.browse, Qt.MouseButton.LeftButton)


def _show(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() != 1, timeout=10_000)


def _import(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE, timeout=15_000)


def test_a_jrnl_journal_is_shown_then_imported_and_a_second_time_adds_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.journal_page
    open_one = page.list_pane.model.summary_at(0).uuid
    page.open_reflection(open_one)
    for time in ("first", "second"):
        dialog = open_import(qtbot, window)
        assert unnamed_controls(dialog) == []
        dialog.source.kind_buttons[ImportKind.REFLECT].setChecked(True)
        _choose(qtbot, dialog, IMPORTS / "jrnl" / "journal.txt")
        assert dialog.source.kind() is ImportKind.JRNL  # guessed from the file
        assert dialog.source.guess_note.text() == (
            "This looks like a jrnl journal. Choose another kind if it is not."
        )
        _show(qtbot, dialog)
        assert dialog.pages.currentIndex() == PREVIEW
        assert dialog.preview.heading.text() == "journal.txt (jrnl journal)"
        figures = _figures(dialog)
        new = "4" if time == "first" else "0"
        assert (figures["Reflections"], figures["New to your journal"]) == ("4", new)
        assert figures["Dates"] == "5 Mar 2024 to 6 Mar 2024"
        assert "Visita con la familia Muñoz." in dialog.preview.titles.text()
        assert dialog.preview.code.isVisible() and dialog.preview.code.text() == "IMPORTED"
        assert _journal(window).count_reflections() == (3 if time == "first" else 7)
        if time == "second":
            assert dialog.preview.already.text() == (
                "Your journal already has all of them: importing again adds none."
            )
        dialog.preview.code.setText("jrnl-1")
        _import(qtbot, dialog)
        if time == "first":
            assert dialog.outcome.text() == (
                "Added 4 reflections to your journal. A backup was taken first."
            )
        else:
            assert dialog.outcome.text() == (
                "Nothing was added: your journal already has everything in it."
            )
        assert window.statusBar().currentMessage() == dialog.outcome.text()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.portable.import_dialog is None)
        # The list shows them, and the reflection that was open is open again.
        qtbot.waitUntil(lambda: page.list_pane.model.rowCount() == 7, timeout=5000)
        assert page.editor.reflection is not None and page.editor.reflection.uuid == open_one
    journal = _journal(window)
    codes = {
        item.reflection.family_code
        for item in journal.exported_reflections(journal.matching_uuids())
    }
    assert codes == {"AB-1", "CD", "JRNL-1"}


def test_a_day_one_export_counts_the_photos_it_leaves_out(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_import(qtbot, window)
    _choose(qtbot, dialog, IMPORTS / "dayone" / "export.zip")
    assert dialog.source.guess_note.text().startswith("This looks like a Day One export.")
    _show(qtbot, dialog)
    figures = _figures(dialog)
    assert figures["Reflections"] == "3"  # a photo with no words is not an entry
    assert figures["Photos left out (Reflect imports the text)"] == "2"
    dialog.reject()


def test_a_folder_of_notes_is_chosen_as_a_folder(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_import(qtbot, window)
    dialog.source.kind_buttons[ImportKind.MARKDOWN].setChecked(True)
    _choose(qtbot, dialog, IMPORTS / "markdown")
    assert dialog.source.kind() is ImportKind.MARKDOWN
    _show(qtbot, dialog)
    assert dialog.pages.currentIndex() == PREVIEW
    assert int(_figures(dialog)["Reflections"]) >= 4
    dialog.reject()


def test_a_refused_file_is_named_with_its_line_and_the_dialog_stays_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"[2024-03-05 09:30:00 AM] A visit.\nAll fine.\n\xff\xfe not text\n")
    dialog = open_import(qtbot, window)
    _choose(qtbot, dialog, broken)
    _show(qtbot, dialog)
    assert dialog.pages.currentIndex() == SOURCE and dialog.isVisible()
    assert dialog.source.problem.text().startswith("broken.txt, line 3: ")
    assert dialog.focusWidget() is dialog.source.path  # to choose another
    # Another file, chosen in the same dialog, is read.
    _choose(qtbot, dialog, IMPORTS / "jrnl" / "older.txt")
    assert dialog.source.problem.text() == ""
    _show(qtbot, dialog)
    assert dialog.pages.currentIndex() == PREVIEW
    dialog.reject()


def test_a_family_code_that_is_not_one_is_refused_before_anything_is_added(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_import(qtbot, window)
    _choose(qtbot, dialog, IMPORTS / "jrnl" / "journal.json")
    _show(qtbot, dialog)
    dialog.preview.code.setText("  ")
    seen: list[str] = []
    click_in_next_dialog("OK", seen, of=QMessageBox)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert seen == [
        "A family code for imported entries is 1 to 16 characters: a short code, never a "
        "name and no initials."
    ]
    assert dialog.pages.currentIndex() == PREVIEW
    assert _journal(window).count_reflections() == 3
    dialog.reject()


def test_a_reflect_export_is_told_apart_and_a_cancelled_import_adds_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "many.json"
    write_reflect_json(path, many(2000))
    dialog = open_import(qtbot, window)
    _choose(qtbot, dialog, path)
    assert dialog.source.kind() is ImportKind.REFLECT
    _show(qtbot, dialog)
    assert _figures(dialog)["New to your journal"] == "2000"
    assert not dialog.preview.code.isVisible()  # a Reflect export keeps its own codes
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.progress.cancel_button, Qt.Key.Key_Escape)  # Esc stops it too
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW, timeout=15_000)
    assert dialog.stopped.text() == (
        "The import was stopped before it was finished. Nothing was added to your journal."
    )
    assert _journal(window).count_reflections() == 3
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.portable.import_dialog is None)
