"""Printing reflections (Ctrl+P): the open one, or those selected in the list, laid out as
the PDF export lays them out, through the system's print dialog.

Private answers are left out unless the visitor ticks them in; she is asked only when
what she prints has some. The rich text is gathered beside the window; the printing itself
happens once she has chosen a printer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, Signal
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.errors import ReflectError
from reflect.domain.export_request import ExportScope
from reflect.domain.library import Library
from reflect.domain.reflection import Reflection
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.portable.port import PortablePort
from reflect.ui.widgets.pdf_file import MARGIN_MM, paint_document
from reflect.ui.widgets.plurals import english_plural

if TYPE_CHECKING:
    from reflect.exchange.printable import Printable

AskPrinter = Callable[[QPrinter, QWidget], bool]
"""(printer, parent) -> True once a printer is chosen (the system's print dialog)."""


def ask_printer(printer: QPrinter, parent: QWidget) -> bool:
    """Qt's print dialog: the printer, the pages, the copies."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def has_private_answers(reflections: Sequence[Reflection]) -> bool:
    """True when any of them has a private answer with words in it."""
    return any(a.private and a.text.strip() for r in reflections for a in r.answers)


class PrivateAnswersQuestion(QDialog):
    """Before printing reflections with private answers: leave them out (ticked in only on
    purpose), or print them too."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Print")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        column = QVBoxLayout(self)
        text = english_plural(self.tr("Print %n reflection(s).", "", count), count)
        column.addWidget(QLabel(text))
        self.include = QCheckBox(self.tr("Include &private answers"))
        self.include.setAccessibleName(self.tr("Include private answers"))
        column.addWidget(self.include)
        column.addWidget(QuietLabel(self.tr("Private answers are left out unless you tick this.")))
        buttons = QDialogButtonBox()
        go = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        go.setAccessibleName(self.tr("Choose a printer"))
        go.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel without printing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        go.setFocus()


class ReflectionPrinting(QObject):
    """Emits `said(sentence)` for the status bar and `error(ReflectError)` for the window.
    `ask_printer` and `ask_private` can be replaced (tests answer at once)."""

    said = Signal(str)
    error = Signal(object)

    def __init__(self, port: PortablePort, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self._port = port
        self._library = library
        self._parent = parent
        self.ask_printer: AskPrinter = ask_printer
        self.ask_private: Callable[[int], bool | None] = self._ask_private

    def _ask_private(self, count: int) -> bool | None:
        """Whether private answers go too; None when the visitor cancels."""
        question = PrivateAnswersQuestion(count, self._parent)
        try:
            if question.exec() != QDialog.DialogCode.Accepted:
                return None
            return question.include.isChecked()
        finally:
            question.deleteLater()
            self._parent.window().activateWindow()  # the keys go back to the window

    def print_reflections(self, uuids: Sequence[str]) -> None:
        """Print these reflections (asking about private answers when they have some)."""
        if not uuids:
            self.said.emit(self.tr("Open or select a reflection first, then print it."))
            return
        try:
            reflections = [self._port.get(uuid) for uuid in uuids]
        except ReflectError as error:
            self.error.emit(error)
            return
        include = False
        if has_private_answers(reflections):
            answer = self.ask_private(len(reflections))
            if answer is None:
                return
            include = answer
        self._port.begin_print(
            ExportScope.chosen(tuple(uuids)), include, self._library, self._print, self.error.emit
        )

    def _print(self, printable: Printable) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(printable.title)
        printer.setPageMargins(
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
        )
        chosen = self.ask_printer(printer, self._parent)
        self._parent.window().activateWindow()
        if not chosen:
            return
        paint_document(printer, printable.rich_text, page_number=printable.page_number)
        n = printable.reflections
        self.said.emit(english_plural(self.tr("Sent %n reflection(s) to the printer.", "", n), n))
