"""The recovery key, shown once after creating a journal: print it or save it as a PDF.

The key is the only way into the journal if the passphrase is forgotten, and Reflect keeps
no copy of it. The visitor confirms it is stored safely before going on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from reflect.ui.design.looks import Look, look
from reflect.ui.widgets.documents_folder import documents
from reflect.ui.widgets.page_column import column_layout, page_title, paragraph


def _choose_pdf_path(parent: QWidget) -> str:
    translate = QCoreApplication.translate
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("RecoveryKeyPage", "Save your recovery key"),
        str(documents() / translate("RecoveryKeyPage", "Reflect recovery key.pdf")),
        translate("RecoveryKeyPage", "PDF document (*.pdf)"),
    )
    return path


class RecoveryKeyPage(QWidget):
    """Shows the key; emits `done` once the visitor says it is stored safely."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self.choose_pdf_path: Callable[[QWidget], str] = _choose_pdf_path
        layout = column_layout(self)
        layout.addStretch(1)
        title = page_title(self.tr("Your recovery key"), 1.6)
        layout.addWidget(title)
        explain = paragraph(
            self.tr(
                "If you ever forget your passphrase, this key is the only way to open your "
                "journal. Reflect does not keep a copy and cannot show it again without your "
                "passphrase. Print it, or save it as a PDF on a USB stick, and keep it "
                "somewhere safe away from this computer."
            )
        )
        layout.addWidget(explain)
        self.key_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.3)
        self.key_label.setFont(mono)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setMargin(12)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleDescription(self.tr("Recovery key"))
        layout.addSpacing(12)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.key_label)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the recovery key as a PDF"))
        self.pdf_button.clicked.connect(self._save_pdf)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self._print)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.stored = QCheckBox(self.tr("I have stored my recovery key safely"))
        self.stored.setAccessibleName(self.tr("I have stored my recovery key safely"))
        self.continue_button = QPushButton(self.tr("Continue to my journal"))
        look(self.continue_button, Look.PRIMARY)
        self.continue_button.setAccessibleName(self.tr("Continue to my journal"))
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)  # Enter on it goes on, as Space does
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        layout.addWidget(self.stored, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_key(self, key: str) -> None:
        """Show this key (never stored anywhere by Reflect)."""
        self._key = key
        groups = key.split("-")
        half = (len(groups) + 1) // 2  # two even rows are easier to copy by hand
        self.key_label.setText("  ".join(groups[:half]) + "\n" + "  ".join(groups[half:]))
        self.stored.setChecked(False)
        self.result.clear()

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        groups = " &nbsp; ".join(self._key.split("-"))
        document.setHtml(
            "<h1>"
            + self.tr("Reflect recovery key")
            + "</h1><p>"
            + self.tr(
                "This key opens your Reflect journal if you forget your passphrase. "
                "Keep it somewhere safe, away from the computer."
            )
            + f"</p><p style='font-family: monospace; font-size: 16pt'>{groups}</p>"
        )
        return document

    def _save_pdf(self) -> None:
        path = self.choose_pdf_path(self)
        if not path:
            return
        self.save_pdf(path)

    def save_pdf(self, path: str) -> None:
        """Write the key as a one-page PDF at `path`."""
        from PySide6.QtPrintSupport import QPrinter  # loaded only when needed

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self._document().print_(printer)
        self.result.setText(self.tr("Saved. Keep that file somewhere safe, not on this computer."))

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._document().print_(printer)
            self.result.setText(self.tr("Sent to the printer."))

    def _continue(self) -> None:
        self._key = ""
        self.key_label.clear()
        self.done.emit()
