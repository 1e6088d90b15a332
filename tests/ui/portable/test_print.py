"""Printing from the window (Ctrl+P): the open reflection or those selected, as the PDF
export lays them out, private answers only when ticked in. The printer is a PDF file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from reflect.ui.main_window import MainWindow
from reflect.ui.portable.printing import PrivateAnswersQuestion
from tests.helpers.accessibility import unnamed_controls
from tests.helpers.dialogs import answer_dialogs
from tests.helpers.full_journal import PRIVATE_WORDS
from tests.helpers.pdf_text import pdf_text


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _to_pdf(window: MainWindow, target: Path, asked: list[str]) -> None:
    """The print dialog, answered with a printer that writes `target`."""

    def choose(printer: QPrinter, parent: QWidget) -> bool:
        asked.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    window.portable.printing.ask_printer = choose


def _press_ctrl_p(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_the_open_reflection_prints_without_its_private_answers_unless_ticked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.journal_page
    page.open_reflection(page.list_pane.model.summary_at(2).uuid)  # March, with a private one
    for include in (False, True):
        target = tmp_path / f"printed-{include}.pdf"
        asked: list[str] = []
        _to_pdf(window, target, asked)
        questions: list[QDialog] = []

        def answer(
            question: QDialog, include: bool = include, questions: list[QDialog] = questions
        ) -> None:
            assert isinstance(question, PrivateAnswersQuestion)
            questions.append(question)
            assert not question.include.isChecked()  # left out unless ticked
            assert unnamed_controls(question) == []
            question.include.setChecked(include)
            question.accept()

        answer_dialogs(answer, of=PrivateAnswersQuestion)
        _press_ctrl_p(qtbot, window)
        qtbot.waitUntil(lambda target=target: target.exists(), timeout=10_000)
        assert len(questions) == 1 and asked == ["Reflections"]
        text = _plain(pdf_text(target.read_bytes()))
        assert "Mumheldthebabyclosebythewindow." in text
        assert "Ashortcall" not in text  # only the open one
        assert (_plain(PRIVATE_WORDS) in text) is include
        assert window.statusBar().currentMessage() == "Sent 1 reflection to the printer."


def test_several_selected_reflections_print_together(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = window.journal_page.list_pane.view
    model = view.model()
    for row in (0, 1):
        view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    target = tmp_path / "two.pdf"
    _to_pdf(window, target, [])
    _press_ctrl_p(qtbot, window)  # neither has a private answer: straight to the printer
    qtbot.waitUntil(target.exists, timeout=10_000)
    text = _plain(pdf_text(target.read_bytes()))
    assert "Ashortcall;dadsoundedtired." in text and "Inmyownwordsthistime." in text
    assert window.statusBar().currentMessage() == "Sent 2 reflections to the printer."


def test_with_nothing_open_or_selected_it_says_what_to_do(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.journal_page.list_pane.view.clearSelection()
    _to_pdf(window, tmp_path / "never.pdf", asked := [])
    _press_ctrl_p(qtbot, window)
    assert window.statusBar().currentMessage() == (
        "Open or select a reflection first, then print it."
    )
    assert asked == [] and not (tmp_path / "never.pdf").exists()


def test_cancelling_the_question_prints_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.journal_page
    page.open_reflection(page.list_pane.model.summary_at(2).uuid)
    asked: list[str] = []
    _to_pdf(window, tmp_path / "never.pdf", asked)
    answer_dialogs(lambda question: question.reject(), of=PrivateAnswersQuestion)
    _press_ctrl_p(qtbot, window)
    qtbot.wait(100)
    assert asked == [] and not window.session.errands.busy
