"""Opening with the recovery key, then choosing a new passphrase in the same step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

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


class RecoverPage(QWidget):
    """Emits `recover_requested(recovery_key, new_passphrase)` and `back_requested`."""

    recover_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = column_layout(self)
        layout.addStretch(1)
        title = page_title(self.tr("Open with your recovery key"), 1.6)
        layout.addWidget(title)
        explain = paragraph(
            self.tr(
                "Type the recovery key you printed or saved when you created your journal "
                "(spaces, dashes and small letters are fine), then choose a new passphrase."
            )
        )
        layout.addWidget(explain)
        key_label = QLabel(self.tr("&Recovery key"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText(self.tr("for example 7QX2-…"))
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        key_label.setBuddy(self.key)
        layout.addWidget(key_label)
        layout.addWidget(self.key)
        self.fields = PassphraseFields()
        self.fields.changed.connect(self._changed)
        self.key.textChanged.connect(self._changed)
        layout.addWidget(self.fields)
        self.message = paragraph(centred=True)
        layout.addWidget(self.message)
        self.back_button = button(
            self.tr("Back"), self.tr("Back to the passphrase"), self.back_requested
        )
        self.open_button = button(
            self.tr("Open and set new passphrase"),
            self.tr("Open and set new passphrase"),
            self._open,
            enabled=False,
        )
        look(self.open_button, Look.PRIMARY)
        self.open_button.setDefault(True)
        row = centred_row(self.back_button, self.open_button)
        layout.addLayout(row)
        layout.addStretch(2)
        self.key.returnPressed.connect(self._open)
        self.fields.enter_pressed.connect(self._open)
        escape_goes_back(self, self.back_button)

    def start(self) -> None:
        """Empty fields, cursor in the key field."""
        self.key.clear()
        self.fields.clear()
        self.message.clear()
        self.key.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        self.open_button.setEnabled(bool(self.key.text().strip()) and self.fields.valid())

    def _open(self) -> None:
        if not self.key.text().strip():
            self.message.setText(self.tr("Please type your recovery key."))
            return
        if not self.fields.valid():
            self.message.setText(self.fields.problem())
            return
        self.message.setText(self.tr("Opening…"))
        self.recover_requested.emit(self.key.text(), self.fields.passphrase())

    def failed(self, sentence: str) -> None:
        """Say what went wrong; the typed key stays so a typo can be fixed."""
        self.message.setText(sentence)
        self.key.setFocus(Qt.FocusReason.OtherFocusReason)

    def opened(self, kept_aside: str | None) -> str:
        """What to say once the journal is open and the new passphrase set."""
        done = self.tr("Opened with your recovery key. Your new passphrase is set.")
        if kept_aside:
            done += " " + self.tr(
                "The old key file was damaged or belonged to another journal; it is kept "
                "aside as {name}."
            ).format(name=kept_aside)
        return done
