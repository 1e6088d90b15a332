"""A dialog taller than a small screen: its body scrolls, and what must stay in sight (the
buttons, and whatever goes just above them) stays below it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout, QWidget

from reflect.ui.widgets.scrolled import scrolled


def scrolling_layout(
    dialog: QDialog, body: QWidget, buttons: QDialogButtonBox, *kept_in_sight: QLayout
) -> None:
    """Lay `dialog` out: `body` scrolling and taking the room, then `kept_in_sight`, then
    `buttons` in from the sides by a line's height, as the body's contents are."""
    em = dialog.fontMetrics().height()
    buttons.setContentsMargins(em, 0, em, 0)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, em)
    outer.setSpacing(em // 2)
    outer.addWidget(scrolled(body, sideways=True), 1)
    for part in kept_in_sight:
        outer.addLayout(part)
    outer.addWidget(buttons)


def resize_within_screen(dialog: QWidget, width: int, height: int) -> None:
    """Make `dialog` `width` wide and `height` tall, but no taller than nine tenths of the
    screen it is on."""
    screen = dialog.screen()
    if screen is not None:
        height = min(height, screen.availableGeometry().height() * 9 // 10)
    dialog.resize(width, height)
