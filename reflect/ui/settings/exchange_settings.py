"""Settings for supervision: my exchange key to give, and the optional exchange folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from reflect.domain.errors import ReflectError
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.settings.port import SettingsPort
from reflect.ui.settings.section_parts import button_row, choose_folder, folder_line
from reflect.ui.widgets.clipboard import copy_text
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.page_column import button


class ExchangeSettings(QWidget):
    """Emits `error(ReflectError)`; shows the open journal's key and folder."""

    error = Signal(object)

    def __init__(self, port: SettingsPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._port = port
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, em, 0, 0)
        layout.addWidget(HeadingLabel(self.tr("My exchange key"), 1.2))
        layout.addWidget(
            QLabel(
                self.tr(
                    "Give this line to your supervisor or supervisees so you can exchange "
                    "packets. Read the fingerprint aloud to each other before the first one."
                ),
                wordWrap=True,
            )
        )
        self.key_line = QLineEdit()
        self.key_line.setReadOnly(True)
        self.key_line.setAccessibleName(self.tr("My exchange key"))
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleDescription(self.tr("My fingerprint"))
        copy = button(self.tr("&Copy key"), self.tr("Copy my exchange key"), self._copy)
        copy.setAutoDefault(False)
        self.copy_button = copy
        layout.addWidget(self.key_line)
        row = QHBoxLayout()
        row.addWidget(self.fingerprint)
        row.addStretch(1)
        row.addWidget(copy)
        layout.addLayout(row)

        layout.addSpacing(em)
        layout.addWidget(HeadingLabel(self.tr("Exchange folder"), 1.2))
        layout.addWidget(
            QLabel(
                self.tr(
                    "Optional. If your agency already syncs a folder, choose it: packets you "
                    "send are saved there, and packets for you are picked up from it. Packets "
                    "are encrypted; imported ones move into an \u201cimported\u201d folder "
                    "inside it, and nothing is deleted."
                ),
                wordWrap=True,
            )
        )
        self.folder = folder_line(self.tr("Exchange folder"), self.tr("No exchange folder"))
        layout.addWidget(self.folder)
        self.choose_button = button(
            self.tr("C&hoose folder…"), self.tr("Choose exchange folder"), self._choose
        )
        self.stop_button = button(
            self.tr("Stop &using it"), self.tr("Stop using the exchange folder"), self._stop
        )
        layout.addLayout(button_row(self.choose_button, self.stop_button))
        self.outcome = QuietLabel()
        layout.addWidget(self.outcome)

    def show_exchange(self) -> None:
        """Fill in from the open journal."""
        supervision = self._port.supervision()
        mine = supervision.my_contact()
        self.key_line.setText(mine.line)
        self.key_line.setCursorPosition(0)
        self.fingerprint.setText(self.tr("Fingerprint: {f}").format(f=mine.fingerprint))
        folder = supervision.exchange_folder()
        self.folder.setText(str(folder) if folder else "")
        self.stop_button.setEnabled(folder is not None)
        if folder is not None and not folder.is_dir():
            # Said here too, so the visitor learns it before a share is refused.
            self.outcome.setText(
                self.tr(
                    "The exchange folder {folder} cannot be found right now. Plug in the "
                    "drive, or choose the folder again."
                ).format(folder=str(folder))
            )

    def clear(self) -> None:
        """Forget what is shown (on lock)."""
        self.key_line.clear()
        self.fingerprint.clear()
        self.folder.clear()
        self.outcome.clear()

    def _copy(self) -> None:
        copy_text(self.key_line.text())
        self.outcome.setText(self.tr("Your exchange key is copied."))

    def _choose(self) -> None:
        if not self._port.is_open:
            return
        chosen = choose_folder(self, self.tr("Choose the exchange folder"), self.folder.text())
        if chosen and self._port.is_open:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        """Use this folder (None: none) for packets."""
        try:
            self._port.supervision().set_exchange_folder(folder)
        except ReflectError as error:
            self.error.emit(error)
            return
        self.show_exchange()
        self.outcome.setText(
            self.tr("Packets will be saved in and picked up from this folder.")
            if folder
            else self.tr("No exchange folder: you choose where each packet goes.")
        )

    def _stop(self) -> None:
        self.set_folder(None)
