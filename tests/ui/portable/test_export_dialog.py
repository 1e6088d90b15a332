"""Exporting from the window: which reflections, the format, the one warning before
anything is written, and the file itself (JSON, Markdown, PDF), private answers left out
unless ticked in."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from reflect.ui.portable.export_check_dialog import ExportCheckDialog
from reflect.ui.portable.export_dialog import CHOICES, READY
from tests.helpers.accessibility import unnamed_controls
from tests.helpers.dialogs import answer_dialogs, click_in_next_dialog
from tests.helpers.full_journal import CHECK_IN_WORD, PRIVATE_WORDS, Filled
from tests.helpers.many_reflections import many
from tests.helpers.pdf_text import pdf_text
from tests.helpers.portable_dialogs import export_now, open_export, to_the_warning

UNENCRYPTED = (
    "This file is not encrypted: it goes to {path}, where anyone who can open that folder "
    "can read it."
)


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _select_rows(window: MainWindow, rows: list[int]) -> None:
    view = window.journal_page.list_pane.view
    model = view.model()
    view.clearSelection()
    for row in rows:
        view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)


def test_the_selected_reflections_as_json_after_the_warning(
    qtbot: QtBot, window: MainWindow, filled: tuple[object, Filled], tmp_path: Path
) -> None:
    _select_rows(window, [0, 2])  # newest first: May and March
    view = window.journal_page.list_pane.view
    menu = [a.text().replace("&", "") for a in view.actions()]
    assert menu == ["Export the selected reflections…", "Print the selected reflections…"]
    view.actions()[0].trigger()
    dialog = window.portable.export_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    choices = dialog.choices
    assert choices.selected.isChecked()
    assert choices.selected.text().replace("&", "") == "The 2 reflections selected in the list"
    assert not choices.shown.isEnabled()  # no search and no filter: it would be everything
    assert not choices.private.isChecked() and not choices.check_ins.isEnabled()
    assert unnamed_controls(dialog) == []
    choices.json.setChecked(True)
    assert not choices.check_first.isChecked()  # for moving a journal: left to the visitor
    target = tmp_path / "two.json"
    to_the_warning(qtbot, dialog, target)
    # The one warning: where it goes, not encrypted, private answers left out; nothing yet.
    ready = dialog.ready
    assert ready.warning.text() == UNENCRYPTED.format(path=target)
    assert ready.private.isVisible() and not ready.private.isChecked()
    assert ready.summary.text() == "The 2 reflections selected in the list, as " + (
        "JSON, complete: to move to another computer, or to keep."
    )
    assert not target.exists()
    export_now(qtbot, dialog)
    data = json.loads(target.read_text(encoding="utf-8"))
    made = filled[1].reflections
    assert {r["uuid"] for r in data["reflections"]} == {made[0].uuid, made[2].uuid}
    assert not data["whole_journal"] and not data["private_answers_included"]
    assert PRIVATE_WORDS not in target.read_text(encoding="utf-8")
    said = f"Saved 2 reflections to {target}."
    assert dialog.outcome.text() == f"{said} 1 private answer left out."
    assert window.statusBar().currentMessage() == said
    opened: list[str] = []
    dialog.open_url = lambda url: opened.append(url.toLocalFile())
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.portable.export_dialog is None)


def test_everything_as_json_with_check_ins_and_private_answers_ticked_in(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_export(qtbot, window)
    choices = dialog.choices
    assert choices.everything.isChecked()  # from the menu: the whole journal
    assert not choices.check_ins.isEnabled()  # a PDF has no check-ins
    choices.json.setChecked(True)
    assert choices.check_ins.isEnabled()
    choices.check_ins.setChecked(True)
    choices.dates.setChecked(True)  # check-ins go only with everything
    assert not choices.check_ins.isEnabled() and not choices.check_ins.isChecked()
    choices.everything.setChecked(True)
    choices.check_ins.setChecked(True)
    target = tmp_path / "everything.json"
    to_the_warning(qtbot, dialog, target)
    dialog.ready.private.setChecked(True)  # ticked in on the warning itself
    assert choices.private.isChecked()
    export_now(qtbot, dialog)
    text = target.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["whole_journal"] and data["private_answers_included"]
    assert len(data["reflections"]) == 3 and len(data["check_ins"]) == 2
    assert PRIVATE_WORDS in text and CHECK_IN_WORD in text
    assert dialog.outcome.text() == f"Saved 3 reflections to {target}."


def test_a_markdown_folder_holds_a_file_for_each_reflection(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_export(qtbot, window)
    dialog.choices.markdown_folder.setChecked(True)
    dialog.choices.check_first.setChecked(False)
    places = tmp_path / "exports"
    places.mkdir()
    (places / "Reflections").mkdir()
    (places / "Reflections" / "older.md").write_text("kept", encoding="utf-8")
    to_the_warning(qtbot, dialog, places / "anything")
    folder = places / "Reflections 2"  # a new folder beside the one already full
    assert dialog.ready.warning.text() == (
        f"These files are not encrypted: they go to the new folder {folder}, where anyone who "
        "can open that folder can read them."
    )
    assert not folder.exists()
    export_now(qtbot, dialog)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["2026-03-02-AB-1.md", "2026-04-09-CD.md", "2026-05-20-CD.md"]
    assert (places / "Reflections" / "older.md").read_text(encoding="utf-8") == "kept"
    assert PRIVATE_WORDS not in (folder / names[0]).read_text(encoding="utf-8")


def test_a_pdf_of_a_date_range_with_private_answers_only_when_ticked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    for private in (False, True):
        dialog = open_export(qtbot, window)
        choices = dialog.choices
        choices.first.setDate(choices.first.date().fromString("2026-03-01", "yyyy-MM-dd"))
        choices.last.setDate(choices.last.date().fromString("2026-04-30", "yyyy-MM-dd"))
        assert choices.dates.isChecked()  # changing a date chooses the range
        assert choices.pdf.isChecked() and choices.check_first.isChecked()
        target = tmp_path / f"spring-{private}.pdf"
        to_the_warning(qtbot, dialog, target)  # the check found nothing to ask about
        assert dialog.ready.checked_note.text() == (
            "Nothing that looks like a name or other identifying detail was found."
        )
        dialog.ready.private.setChecked(private)
        export_now(qtbot, dialog)
        text = _plain(pdf_text(target.read_bytes()))
        assert "Mumheldthebabyclosebythewindow." in text
        assert "Ashortcall;dadsoundedtired." in text
        assert "Inmyownwordsthistime." not in text  # visited in May
        assert (_plain(PRIVATE_WORDS) in text) is private
        dialog.close_button.click()
        qtbot.waitUntil(lambda: window.portable.export_dialog is None)


def test_the_list_as_it_is_searched_and_a_number_found_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.journal_page
    march = page.list_pane.model.summary_at(2).uuid
    page.open_reflection(march)
    page.editor.notes.setFocus()
    qtbot.keyClick(page.editor.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.notes, " Call 555-201-3344.")
    qtbot.keyClicks(page.list_pane.search, "feeding")
    qtbot.waitUntil(lambda: page.list_pane.model.searching, timeout=5000)
    dialog = open_export(qtbot, window)  # what is open is saved first
    choices = dialog.choices
    assert choices.shown.isEnabled()
    choices.shown.setChecked(True)
    dialog.choose_file = lambda *_: str(tmp_path / "feeding.md")
    seen: list[str] = []

    def go_back(check: QDialog) -> None:
        seen.append(check.windowTitle())
        assert "555-201-3344" in " ".join(label.text() for label in check.findChildren(QLabel))
        check.back_button.click()  # type: ignore[attr-defined]

    answer_dialogs(go_back, of=ExportCheckDialog)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.portable.export_dialog is None, timeout=10_000)
    assert seen == ["Check before exporting"]
    assert not (tmp_path / "feeding.md").exists()  # gone back to edit: nothing written
    assert page.editor.reflection is not None and page.editor.reflection.uuid == march


def test_export_anyway_after_the_check(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.journal_page
    page.open_reflection(page.list_pane.model.summary_at(2).uuid)
    page.editor.notes.setFocus()
    qtbot.keyClicks(page.editor.notes, "Call 555-201-3344. ")
    dialog = open_export(qtbot, window)
    target = tmp_path / "anyway.md"
    dialog.choices.markdown.setChecked(True)
    click_in_next_dialog("Export anyway", of=ExportCheckDialog)
    to_the_warning(qtbot, dialog, target)
    assert dialog.ready.checked_note.text() == "You looked at what the check found."
    export_now(qtbot, dialog)
    assert "555-201-3344" in target.read_text(encoding="utf-8")


def test_cancel_leaves_no_file_and_the_choices_stay(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.session.journal is not None
    window.session.journal.import_content(many(2000))
    dialog = open_export(qtbot, window)
    dialog.choices.json.setChecked(True)
    target = tmp_path / "stopped.json"
    to_the_warning(qtbot, dialog, target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.label.text() == "Exporting…"
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == CHOICES, timeout=10_000)
    assert dialog.problem.text() == (
        "The export was stopped before it was finished. No file was written."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]  # nothing, not half
    assert dialog.choices.json.isChecked()
    dialog.reject()


def test_a_closed_dialog_goes_on_and_the_status_bar_cancels_it_or_a_lock_stops_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.session.journal is not None
    window.session.journal.import_content(many(10_000))
    note = window.progress_note
    for stop in ("status bar", "lock"):
        dialog = open_export(qtbot, window)
        dialog.choices.markdown.setChecked(True)
        dialog.choices.check_first.setChecked(False)
        target = tmp_path / f"{stop}.md"
        to_the_warning(qtbot, dialog, target)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.progress.cancel_button, Qt.Key.Key_Escape)  # closes, goes on
        assert not dialog.isVisible() and window.portable.export_dialog is dialog
        qtbot.waitUntil(note.stop_button.isVisible, timeout=10_000)
        if stop == "lock":
            window.lock()
            break
        qtbot.mouseClick(note.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.portable.export_dialog is None, timeout=10_000)
        assert window.statusBar().currentMessage() == (
            "The export was stopped before it was finished. No file was written."
        )
    qtbot.waitUntil(lambda: not window.session.errands.busy, timeout=15_000)
    assert window.portable.export_dialog is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal"]


def test_escape_closes_the_dialog_before_anything_is_written(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_export(qtbot, window)
    assert dialog.pages.currentIndex() == CHOICES
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.portable.export_dialog is None)


def test_the_warning_page_is_reached_by_keys_alone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_export(qtbot, window)
    dialog.choose_file = lambda *_: str(tmp_path / "keys.pdf")
    dialog.choices.check_first.setChecked(False)
    focused = dialog.focusWidget()
    assert focused is dialog.choices.everything
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # Continue is the default
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == READY)
    assert dialog.focusWidget() is dialog.export_button
    assert unnamed_controls(dialog) == []
    dialog.reject()
    dialog.reject()


def test_tab_goes_through_the_choices_in_reading_order_then_the_buttons(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_export(qtbot, window)
    choices = dialog.choices
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    choices.everything.setFocus()
    reached: list[object] = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if not reached or reached[-1] is not focused:  # a date box takes Tab per part
            reached.append(focused)
    wanted = [choices.first, choices.last, choices.pdf, choices.private, choices.check_first]
    assert [w for w in reached if w in wanted] == wanted
    assert reached.index(choices.check_first) < reached.index(dialog.continue_button)
    dialog.reject()
