"""The first screen on a computer with no journal yet: what Reflect is, and one button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from reflect.ui.design.looks import Look, look
from reflect.ui.widgets.page_column import app_mark, column_layout, page_title, paragraph


class WelcomePage(QWidget):
    """Emits `create_requested` when the visitor chooses to make a journal, and
    `restore_file_requested` to bring one back from a backup file (a new computer)."""

    create_requested = Signal()
    restore_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = column_layout(self)
        layout.addStretch(1)
        layout.addWidget(app_mark(self))
        title = page_title(self.tr("Welcome to Reflect"), 1.8)
        layout.addWidget(title)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleDescription(self.tr("Missing journal"))
        self.notice.hide()
        layout.addWidget(self.notice)
        for text in (
            self.tr(
                "Reflect is a private journal for your reflective practice. After a visit, "
                "take three to five minutes with a few gentle questions: what the baby "
                "communicated, the moments between caregiver and baby, and what you felt. "
                "Behind each question is a short card to read if you want to."
            ),
            self.tr(
                "It is not a case record and not a clinical tool. Use a family code, never "
                "a name, and no initials: they can identify a family on a small or rural "
                "caseload. Follow your agency's policy."
            ),
            self.tr(
                "Your journal is one encrypted file on this computer. Only your passphrase "
                "or your recovery key opens it, and nothing is ever sent over the internet. "
                "You choose what, if anything, to bring to supervision."
            ),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.create_button = QPushButton(self.tr("Create my journal"))
        look(self.create_button, Look.PRIMARY)
        self.create_button.setAccessibleName(self.tr("Create my journal"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self.create_requested)
        self.restore_button = QPushButton(self.tr("Restore from a backup file…"))
        self.restore_button.setAccessibleName(self.tr("Restore from a backup file"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_file_requested)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Had Reflect on another computer? Restore your journal from a backup "
                    "file (for example on your USB stick) with your passphrase or your "
                    "recovery key."
                ),
                centred=True,
            )
        )
        layout.addStretch(2)

    def show_missing_journal(self, folder: str) -> None:
        """Say that a journal's key file is in `folder` without its journal file."""
        self.notice.setText(
            self.tr(
                "The journal file is missing from {folder}: only its key file is there. "
                "If you moved your journal, put journal.reflect back in that folder and "
                "start Reflect again. Creating a new journal here keeps the old key file "
                "aside, not deleted."
            ).format(folder=folder)
        )
        self.notice.show()
