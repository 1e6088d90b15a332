"""Unlocking: the passphrase, or the recovery key; calm words when it does not open.

After five wrong passphrases each further try waits a little longer (1, 2, 4 … seconds,
at most a minute), which costs a person nothing and a guessing program a lot.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reflect.ui.design.looks import Look, look
from reflect.ui.widgets.announce import announce
from reflect.ui.widgets.page_column import app_mark, column_layout, page_title, paragraph
from reflect.ui.widgets.plurals import english_plural

FREE_TRIES = 5
MAX_WAIT_S = 60


class UnlockPage(QWidget):
    """Emits `unlock_requested(passphrase)`, `recovery_requested` and `restore_requested`."""

    unlock_requested = Signal(str)
    recovery_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failures = 0
        layout = column_layout(self)
        layout.addStretch(1)
        layout.addWidget(app_mark(self))
        self.title = page_title(self.tr("Reflect is locked"), 1.6)
        layout.addWidget(self.title)
        self.note = QLabel(self.tr("Type your passphrase to open your journal."))
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.note)
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        self.demo_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.demo_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_note.hide()
        layout.addWidget(self.demo_note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        look(self.unlock_button, Look.PRIMARY)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        row.addWidget(self.passphrase)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = paragraph(centred=True)
        layout.addWidget(self.message)
        links = QHBoxLayout()
        links.addStretch(1)
        self.recovery_button = QPushButton(self.tr("Forgot your passphrase? Use your recovery key"))
        self.recovery_button.setAccessibleName(self.tr("Use my recovery key"))
        look(self.recovery_button, Look.QUIET)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore the journal from a backup"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_button.hide()
        links.addWidget(self.recovery_button)
        links.addWidget(self.restore_button)
        links.addStretch(1)
        layout.addLayout(links)
        layout.addStretch(2)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._ready)

    def show_demo_passphrase(self, passphrase: str) -> None:
        """In the demo, say the passphrase out loud: nothing in it is real."""
        self.demo_note.setText(
            self.tr("This is a demo journal with invented families. Its passphrase is: {p}").format(
                p=passphrase
            )
        )
        self.demo_note.show()

    def reset(self, *, locked: bool) -> None:
        """Ready for a passphrase; `locked` says it was open a moment ago."""
        self.title.setText(self.tr("Reflect is locked") if locked else self.tr("Welcome back"))
        self.passphrase.clear()
        self.message.clear()
        self.restore_button.hide()
        self._ready()

    def _submit(self) -> None:
        if not self.passphrase.isEnabled():
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Please type your passphrase."))
            announce(self.message, self.message.text(), assertive=True)
            return
        self.message.setText(self.tr("Opening…"))
        self.unlock_requested.emit(self.passphrase.text())

    def failed(self, sentence: str, *, wrong_passphrase: bool, offer_restore: bool) -> None:
        """Say what went wrong, keep the field ready, and slow down repeated guesses."""
        self.message.setText(sentence)
        self.restore_button.setVisible(offer_restore)
        if wrong_passphrase:
            self.failures += 1
        wait = self.wait_seconds()
        if wait:
            self.passphrase.setEnabled(False)
            self.unlock_button.setEnabled(False)
            pause = english_plural(
                self.tr("Please wait %n second(s) before trying again.", "", wait), wait
            )
            self.message.setText(f"{sentence} {pause}")
            self._wait.start(wait * 1000)
        else:
            self._ready()
        announce(self.message, self.message.text(), assertive=True)  # the focus stays put

    def wait_seconds(self) -> int:
        """How long the next try must wait (0 for the first five)."""
        if self.failures <= FREE_TRIES:
            return 0
        return int(min(MAX_WAIT_S, 2 ** (self.failures - FREE_TRIES - 1)))

    def _ready(self) -> None:
        self.passphrase.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()

    def succeeded(self) -> None:
        """Forget the typed passphrase and the count of wrong ones."""
        self.failures = 0
        self.passphrase.clear()
        self.message.clear()
