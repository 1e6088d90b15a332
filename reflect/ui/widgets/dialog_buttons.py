"""The buttons at the foot of a dialog that does one thing: that thing, and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from reflect.ui.design.looks import Look, look


def dialog_buttons(
    dialog: QDialog, accept: tuple[str, str], cancel: tuple[str, str]
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The box, its accept button and its Cancel button, each button given as (text,
    accessible name). The accept button is the default, so Enter in a one-line field
    presses it, and it is drawn as the dialog's primary action; the two answer `dialog`'s
    accept and reject."""
    buttons = QDialogButtonBox()
    accept_button = buttons.addButton(accept[0], QDialogButtonBox.ButtonRole.AcceptRole)
    accept_button.setAccessibleName(accept[1])
    accept_button.setDefault(True)
    look(accept_button, Look.PRIMARY)
    cancel_button = buttons.addButton(cancel[0], QDialogButtonBox.ButtonRole.RejectRole)
    cancel_button.setAccessibleName(cancel[1])
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept_button, cancel_button
