"""Creating the journal: a passphrase typed twice, with a plain hint about its strength."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

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


class CreatePage(QWidget):
    """Emits `create_requested(passphrase)` once the two passphrases agree and are long enough."""

    create_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = column_layout(self)
        layout.addStretch(1)
        title = page_title(self.tr("Choose a passphrase"), 1.6)
        layout.addWidget(title)
        explain = paragraph(
            self.tr(
                "Your passphrase locks your journal. A short sentence you will remember is "
                "easier to type and harder to guess than a single word. Next you will get a "
                "recovery key, in case you ever forget it."
            )
        )
        layout.addWidget(explain)
        self.fields = PassphraseFields()
        self.fields.changed.connect(self._changed)
        layout.addWidget(self.fields)
        self.message = paragraph(centred=True)
        layout.addWidget(self.message)
        self.back_button = button(
            self.tr("Back"), self.tr("Back to the welcome page"), self.back_requested
        )
        self.create_button = button(
            self.tr("Create my journal"),
            self.tr("Create my journal"),
            self._create,
            enabled=False,
        )
        look(self.create_button, Look.PRIMARY)
        self.create_button.setDefault(True)
        row = centred_row(self.back_button, self.create_button)
        layout.addLayout(row)
        layout.addStretch(2)
        self.fields.enter_pressed.connect(self._create)
        escape_goes_back(self, self.back_button)

    def start(self) -> None:
        """Empty fields, cursor in the first one."""
        self.fields.clear()
        self.message.clear()
        self.fields.first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        self.create_button.setEnabled(self.fields.valid())

    def _create(self) -> None:
        if not self.fields.valid():
            self.message.setText(self.fields.problem())
            return
        self.message.setText(self.tr("Creating your journal…"))
        self.create_requested.emit(self.fields.passphrase())

    def failed(self, sentence: str) -> None:
        """Say why the journal could not be made; what was typed stays."""
        self.message.setText(sentence)
