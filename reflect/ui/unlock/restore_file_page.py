"""A journal back on a new computer: a backup file, and the passphrase or recovery key.

Reached from the first screen ("Restore from a backup file…"). The passphrase of the day
the backup was taken opens it when its key file (`<backup>.keys`) is beside it; the
recovery key always does, and then a new passphrase is chosen in the same step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QRadioButton, QWidget

from reflect.ui.design.looks import Look, look
from reflect.ui.widgets.page_column import (
    button,
    centred_row,
    column_layout,
    escape_goes_back,
    page_title,
    paragraph,
)
from reflect.ui.widgets.passphrase_fields import PassphraseFields


class RestoreFilePage(QWidget):
    """Emits `restore_requested(path, passphrase, recovery_key, new_passphrase)`, with
    either the passphrase or the recovery key and new passphrase filled, and
    `back_requested`."""

    restore_requested = Signal(str, str, str, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = ""
        layout = column_layout(self)
        layout.addStretch(1)
        layout.addWidget(page_title(self.tr("Restore from a backup file"), 1.6))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your journal comes back from the backup file you chose, into this "
                    "computer. Type the passphrase you used on the day of that backup, or "
                    "use your recovery key and choose a new passphrase."
                )
            )
        )
        self.file_label = paragraph()
        self.file_label.setAccessibleDescription(self.tr("Backup file"))
        layout.addWidget(self.file_label)
        self.other_file = button(
            self.tr("Choose another &file…"), self.tr("Choose another backup file"), self.choose
        )
        layout.addLayout(centred_row(self.other_file))
        self.with_passphrase = QRadioButton(self.tr("With my &passphrase of that day"))
        self.with_passphrase.setAccessibleName(self.tr("With my passphrase of that day"))
        self.with_key = QRadioButton(self.tr("With my &recovery key"))
        self.with_key.setAccessibleName(self.tr("With my recovery key"))
        self.with_passphrase.setChecked(True)
        layout.addWidget(self.with_passphrase)
        layout.addWidget(self.with_key)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the day of the backup"))
        layout.addWidget(self.passphrase)
        self.key_label = QLabel(self.tr("Recovery &key"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText(self.tr("for example 7QX2-…"))
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_label.setBuddy(self.key)
        layout.addWidget(self.key_label)
        layout.addWidget(self.key)
        self.fields = PassphraseFields()
        layout.addWidget(self.fields)
        self.message = paragraph(centred=True)
        layout.addWidget(self.message)
        self.back_button = button(
            self.tr("Back"), self.tr("Back to the welcome page"), self.back_requested
        )
        self.restore_button = button(
            self.tr("Restore my journal"), self.tr("Restore my journal"), self._restore
        )
        look(self.restore_button, Look.PRIMARY)
        self.restore_button.setDefault(True)
        layout.addLayout(centred_row(self.back_button, self.restore_button))
        layout.addStretch(2)
        for signal in (
            self.with_passphrase.toggled,
            self.passphrase.textChanged,
            self.key.textChanged,
            self.fields.changed,
        ):
            signal.connect(self._changed)
        self.passphrase.returnPressed.connect(self._restore)
        self.key.returnPressed.connect(self._restore)
        self.fields.enter_pressed.connect(self._restore)
        escape_goes_back(self, self.back_button)
        self._changed()

    def choose(self) -> bool:
        """Ask for a backup file (a file dialog); False if none was chosen."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup of your journal"),
            str(Path(self.path).parent) if self.path else str(Path.home()),
            self.tr("Reflect backups (*.reflect-backup);;All files (*)"),
        )
        if not path:
            return False
        self.start(path)
        return True

    def start(self, path: str) -> None:
        """Show `path` as the chosen file, with empty fields."""
        self.path = path
        self.file_label.setText(self.tr("Backup file: {name}").format(name=Path(path).name))
        self.passphrase.clear()
        self.key.clear()
        self.fields.clear()
        self.message.clear()
        self._changed()
        focus = self.passphrase if self.with_passphrase.isChecked() else self.key
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        by_key = self.with_key.isChecked()
        self.passphrase.setVisible(not by_key)
        for widget in (self.key_label, self.key, self.fields):
            widget.setVisible(by_key)
        ready = (
            bool(self.key.text().strip()) and self.fields.valid()
            if by_key
            else bool(self.passphrase.text())
        )
        self.restore_button.setEnabled(bool(self.path) and ready)

    def _restore(self) -> None:
        if not self.restore_button.isEnabled():
            if self.with_key.isChecked() and not self.key.text().strip():
                self.message.setText(self.tr("Please type your recovery key."))
            elif self.with_key.isChecked() and not self.fields.valid():
                self.message.setText(self.fields.problem())
            return
        self.message.setText(self.tr("Restoring…"))
        if self.with_key.isChecked():
            self.restore_requested.emit(self.path, "", self.key.text(), self.fields.passphrase())
        else:
            self.restore_requested.emit(self.path, self.passphrase.text(), "", "")

    def failed(self, sentence: str) -> None:
        """Say what went wrong; what was typed stays so a typo can be fixed."""
        self.message.setText(sentence)

    def clear_secrets(self) -> None:
        """Empty every secret field (once the journal is open)."""
        self.passphrase.clear()
        self.key.clear()
        self.fields.clear()
        self.message.clear()
