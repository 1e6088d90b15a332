"""Help > About Reflect: which Reflect this is, where the journal is kept, its licence, the
sources the cards draw on, and a button that copies details for support."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reflect import __version__
from reflect.content.seeds import SEEDS
from reflect.ui.about.port import AboutPort
from reflect.ui.about.support_details import SupportDetails
from reflect.ui.widgets.announce import announce
from reflect.ui.widgets.app_icon import app_icon
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.page_column import paragraph

LICENCE = "MIT"
"""The licence Reflect is published under (pyproject.toml's `license`; a test keeps the
two the same)."""


class AboutDialog(QDialog):
    """Closes with Esc, Enter or Close; "Copy details for support" copies `details`."""

    def __init__(self, port: AboutPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Reflect"))
        self.details = SupportDetails.gather(port)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(10)
        column.addLayout(self._name_and_version())
        column.addWidget(
            paragraph(
                self.tr(
                    "A private journal for reflective practice, for infant and early "
                    "childhood mental health home visitors."
                )
            )
        )
        column.addWidget(HeadingLabel(self.tr("Where your journal is kept"), 1.1))
        self.folder = paragraph(port.data_folder)
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.folder.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, to copy it
        self.folder.setAccessibleName(self.tr("Journal folder"))
        column.addWidget(self.folder)
        column.addWidget(
            paragraph(
                self.tr("This is the usual place for it on this computer.")
                if port.in_usual_folder
                else self.tr("This folder was chosen for it, not the usual place.")
            )
        )
        column.addWidget(HeadingLabel(self.tr("License"), 1.1))
        self.licence = paragraph(
            self.tr(
                "Reflect is free software under the {licence} License: you may use it, "
                "copy it, change it and share it."
            ).format(licence=LICENCE)
        )
        column.addWidget(self.licence)
        column.addWidget(HeadingLabel(self.tr("What the cards draw on"), 1.1))
        column.addWidget(
            paragraph(
                self.tr(
                    "The cards put these sources in their own words, and each card "
                    "credits the ones it uses:"
                )
            )
        )
        self.sources = paragraph("\n".join(f"•  {seed.cite_as}" for seed in SEEDS))
        self.sources.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.sources)
        column.addWidget(HeadingLabel(self.tr("Details for support"), 1.1))
        column.addWidget(
            paragraph(
                self.tr(
                    "If something goes wrong, whoever helps you may ask for these. They say "
                    "which Reflect and which system you have: nothing from your journal, "
                    "and not its folder."
                )
            )
        )
        self.shown_details = paragraph(self.details.text())
        self.shown_details.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.shown_details)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.message = paragraph()
        self.copy_button = QPushButton(self.tr("Copy details for support"))
        self.copy_button.setAccessibleName(self.tr("Copy details for support"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(600, int(screen.width() * 0.9)), min(640, int(screen.height() * 0.9)))

    def _name_and_version(self) -> QHBoxLayout:
        row = QHBoxLayout()
        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(64, 64))
        picture.setAccessibleName(self.tr("Reflect's icon"))
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.addWidget(HeadingLabel("Reflect", 1.6, weight=QFont.Weight.Bold))
        self.version = paragraph(self.tr("Version {version}").format(version=__version__))
        names.addWidget(self.version)
        row.addLayout(names, 1)
        return row

    def copy_details(self) -> None:
        """Put the support details on the clipboard, and say so."""
        # Plain text, not Reflect's marked copy: nothing here is private, so locking
        # leaves it on the clipboard for the message it is meant for.
        QGuiApplication.clipboard().setText(self.details.text())
        said = self.tr("Copied. Paste them into your message to whoever helps you.")
        self.message.setText(said)
        announce(self.message, said)
