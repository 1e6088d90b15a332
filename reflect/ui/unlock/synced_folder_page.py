"""The question asked once when the journal's folder is one a cloud service copies: the
journal is encrypted, but a copy of it leaves the computer. Keep it there, keep it on this
computer only (the usual folder), or choose another folder; nothing is typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from reflect.files.cloud_folders import SyncedFolder
from reflect.ui.widgets.page_column import (
    button,
    centred_row,
    column_layout,
    escape_goes_back,
    page_title,
    paragraph,
)

FOLDER_NAME = "Reflect"
"""The folder made inside one the visitor chooses, so the journal's files keep together."""


class SyncedFolderPage(QWidget):
    """Emits `keep_requested`, `move_requested(folder)` with the folder to keep the journal
    in from now on, and `back_requested` (Back, or Not now when the journal is here)."""

    keep_requested = Signal()
    move_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._usual: str | None = None
        layout = column_layout(self)
        layout.addStretch(1)
        self.title = page_title("", 1.6)
        layout.addWidget(self.title)
        self.explain = paragraph()
        layout.addWidget(self.explain)
        self.folder = paragraph()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setAccessibleDescription(self.tr("Journal folder"))
        layout.addWidget(self.folder)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Your journal is encrypted, so that copy cannot be read without your "
                    "passphrase or your recovery key. Still, your agency may ask you to keep "
                    "it off the cloud, and if two computers open the same copy, one can undo "
                    "what the other wrote. Follow your agency's policy."
                )
            )
        )
        self.message = paragraph(centred=True)
        layout.addWidget(self.message)
        self.local_button = button("", "", self._local)
        self.choose_button = button("", "", self._choose)
        self.keep_button = button(
            self.tr("Keep it here"), self.tr("Keep the journal in this folder"), self._keep
        )
        self.back_button = button("", "", self.back_requested)
        choices = QVBoxLayout()
        for widget in (self.local_button, self.choose_button, self.keep_button):
            choices.addLayout(centred_row(widget))
        layout.addLayout(choices)
        layout.addLayout(centred_row(self.back_button))
        layout.addWidget(
            paragraph(
                self.tr(
                    "If you choose another folder, Reflect keeps your journal in a folder "
                    "named Reflect inside it, and finds it there from then on."
                ),
                centred=True,
            )
        )
        layout.addStretch(2)
        escape_goes_back(self, self.back_button)
        self._name_buttons(journal_here=False)

    def ask(
        self, synced: SyncedFolder, folder: str, usual: str | None, *, journal_here: bool
    ) -> None:
        """Put the question about `folder`, which `synced` copies; `usual` is offered as
        "this computer only" when given. `journal_here`: the journal is already there."""
        self._usual = usual
        service = synced.service
        self.title.setText(self.tr("This folder is copied to {service}").format(service=service))
        self.explain.setText(
            (
                self.tr(
                    "Your journal is in this folder, and {service} copies what is in it to "
                    "the cloud:"
                )
                if journal_here
                else self.tr(
                    "Reflect is about to make your journal in this folder, and {service} "
                    "copies what is in it to the cloud:"
                )
            ).format(service=service)
        )
        self.folder.setText(folder)
        self._name_buttons(journal_here=journal_here)
        self.local_button.setVisible(usual is not None)
        self.message.clear()
        first = self.local_button if usual is not None else self.choose_button
        first.setDefault(True)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _name_buttons(self, *, journal_here: bool) -> None:
        """Move (a journal is here) or keep (one is about to be made), and Not now or Back."""
        local = (
            self.tr("Move it to this computer only")
            if journal_here
            else self.tr("Keep it on this computer only")
        )
        self.local_button.setText(local)
        self.local_button.setAccessibleName(local)
        choose = (
            self.tr("Move it to another folder…")
            if journal_here
            else self.tr("Choose another folder…")
        )
        self.choose_button.setText(choose)
        self.choose_button.setAccessibleName(choose.rstrip("…"))
        back = self.tr("Not now") if journal_here else self.tr("Back")
        self.back_button.setText(back)
        self.back_button.setAccessibleName(
            self.tr("Not now: ask again next time") if journal_here else self.tr("Back")
        )

    def moving(self, *, journal_here: bool) -> None:
        """Say that the journal is on its way (or its new folder being made ready)."""
        self.message.setText(
            self.tr("Moving your journal…") if journal_here else self.tr("One moment…")
        )

    def failed(self, sentence: str) -> None:
        """Say why the journal could not go to that folder; the question stays."""
        self.message.setText(sentence)

    def _keep(self) -> None:
        self.keep_requested.emit()

    def _local(self) -> None:
        if self._usual is not None:
            self.move_requested.emit(self._usual)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for your journal"), str(Path.home())
        )
        if not chosen:
            return
        folder = Path(chosen)
        if folder.name.casefold() != FOLDER_NAME.casefold():
            folder = folder / FOLDER_NAME
        self.move_requested.emit(str(folder))
