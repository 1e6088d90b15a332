"""The one place that opens message boxes: errors as sentences, and decisions.

Every other widget reports problems through the status bar or asks this module; nothing
else in Reflect creates a QMessageBox, so dialogs stay few, calm and consistent. They all
share one layout: a quiet icon beside the words, what happened first (in the heavier
line), then what to do; the one action that goes ahead drawn as the primary action unless
it removes or overwrites something, and the safe choice as the default.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from reflect.domain.errors import ReflectError
from reflect.ui.design.icons import pixmap
from reflect.ui.design.looks import Look, look
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.plurals import TranslationContext

# The end of the first sentence: a full stop (or ? or !) followed by the next sentence's
# capital, an opening quote or Spanish's opening marks. A folder's name rarely has that.
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])")


class Messages(TranslationContext):
    """The message boxes' words (context "Messages")."""


def split_sentence(text: str) -> tuple[str, str]:
    """`text` as (what happened, what to do): its first sentence, then the rest ("" when
    it is a single sentence)."""
    parts = _FIRST_SENTENCE.split(text.strip(), maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "")


def _box(parent: QWidget | None, title: str, text: str, icon: str, *, danger: bool) -> QMessageBox:
    """A message box in Reflect's one style: `text` split into what happened and what to
    do, beside the Phosphor icon `icon` (in the danger colour for a problem)."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    happened, to_do = split_sentence(text)
    box.setText(happened)
    if to_do:
        box.setInformativeText(to_do)
    palette = box.palette()
    colour = palette.color(QPalette.ColorRole.BrightText if danger else QPalette.ColorRole.Link)
    size = round(box.fontMetrics().height() * 2.2 * box.devicePixelRatioF())
    drawn = pixmap(icon, colour, size)
    drawn.setDevicePixelRatio(box.devicePixelRatioF())
    box.setIconPixmap(drawn)
    # The box's width is Qt's own: it turns wrapping on only when a line is wider than its
    # measure, and a least width set on a label hides that, leaving the line cut mid-word.
    return box


def _only_button(box: QMessageBox, text: str) -> None:
    """One button that closes the box: the primary action, the default."""
    ok = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
    look(ok, Look.PRIMARY)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)


def message_text(box: QMessageBox) -> str:
    """Everything a box says, as one sentence after another (what a screen reader reads)."""
    return " ".join(part for part in (box.text(), box.informativeText()) if part)


def show_error(parent: QWidget | None, error: ReflectError) -> None:
    """Say what happened and what to do; the typed text stays where it was."""
    box = _box(parent, Messages.tr("Reflect"), said(error), "warning-circle", danger=True)
    box.setAccessibleName(Messages.tr("Problem"))
    _only_button(box, Messages.tr("OK"))
    box.exec()


def show_unexpected(parent: QWidget | None, log_folder: str) -> None:
    """A calm word about a failure nobody planned for (never a traceback)."""
    text = Messages.tr(
        "Something unexpected went wrong. Whatever you typed is still on screen. "
        "If it happens again, close and reopen Reflect. A short note about the problem, "
        "with nothing from your journal in it, was saved in {folder}."
    ).format(folder=log_folder)
    box = _box(parent, Messages.tr("Reflect"), text, "warning-circle", danger=True)
    box.setAccessibleName(Messages.tr("Unexpected problem"))
    _only_button(box, Messages.tr("OK"))
    box.exec()


def confirm(
    parent: QWidget | None, title: str, text: str, action: str, *, destructive: bool = True
) -> bool:
    """Ask before something that changes a lot; `action` names the button that goes ahead.

    Cancel is the default (Enter and Escape both keep things as they are). An action that
    removes or overwrites (`destructive`, the usual case here) is drawn in the danger
    colour; any other is the primary action."""
    box = _box(parent, title, text, "warning" if destructive else "info", danger=False)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    look(go, Look.DESTRUCTIVE if destructive else Look.PRIMARY)
    cancel = box.addButton(Messages.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked: QAbstractButton | None = box.clickedButton()
    return clicked is go


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the visitor something that needs no decision."""
    box = _box(parent, title, text, "info", danger=False)
    _only_button(box, Messages.tr("OK"))
    box.exec()


def choose(
    parent: QWidget | None, title: str, text: str, items: list[str], action: str
) -> int | None:
    """Pick one of `items` (the OK button says `action`); the index chosen, or None."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(text)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(action)
    dialog.setCancelButtonText(Messages.tr("Cancel"))
    dialog.setAccessibleName(title)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    chosen = dialog.textValue()
    return items.index(chosen) if chosen in items else None


def cancel_open_questions() -> None:
    """Answer every open dialog with "cancel". On locking: a question still open (a check
    before sharing, a file dialog) may show journal text, and must not act on a closed
    journal."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
