"""The one place that opens message boxes: errors as sentences, and decisions.

Every other widget reports problems through the status bar or asks this module; nothing
else in Reflect creates a QMessageBox, so dialogs stay few, calm and consistent.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget

from reflect.domain.errors import ReflectError
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.plurals import TranslationContext


class Messages(TranslationContext):
    """The message boxes' words (context "Messages")."""


def show_error(parent: QWidget | None, error: ReflectError) -> None:
    """Say what happened and what to do; the typed text stays where it was."""
    box = QMessageBox(QMessageBox.Icon.Warning, Messages.tr("Reflect"), said(error), parent=parent)
    box.setAccessibleName(Messages.tr("Problem"))
    box.exec()


def show_unexpected(parent: QWidget | None, log_folder: str) -> None:
    """A calm word about a failure nobody planned for (never a traceback)."""
    text = Messages.tr(
        "Something unexpected went wrong. Whatever you typed is still on screen. "
        "If it happens again, close and reopen Reflect. A short note about the problem, "
        "with nothing from your journal in it, was saved in {folder}."
    ).format(folder=log_folder)
    box = QMessageBox(QMessageBox.Icon.Information, Messages.tr("Reflect"), text, parent=parent)
    box.setAccessibleName(Messages.tr("Unexpected problem"))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that changes a lot; `action` names the button that goes ahead."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(Messages.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setAccessibleName(title)
    box.exec()
    return box.clickedButton() is go


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the visitor something that needs no decision."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setAccessibleName(title)
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
