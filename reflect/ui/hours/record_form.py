"""What the forms for logging or correcting a session or a training have in common.

Saving goes through the `save` callable the page gives the form. When saving fails, the
sentence is shown and the form stays open with everything typed in it, to be put right and
saved again; the record keeps one uuid across tries, so a second try never logs it twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from reflect.domain.errors import ReflectError
from reflect.ui.widgets import messages
from reflect.ui.widgets.dialog_buttons import dialog_buttons

R = TypeVar("R")


class RecordForm(QDialog, Generic[R]):
    """A form for one record of type `R`; `saved` is the record as stored, once saved.

    A form gives `record` (what it holds now) and lays itself out with `_fields` and
    `_buttons`, which make `save_button` and `cancel_button`.
    """

    def __init__(
        self,
        save: Callable[[R], R],
        *,
        uuid: str,
        editing: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._uuid = uuid
        self.editing = editing
        self.saved: R | None = None
        # Enter in a notes box starts a new line; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def _titled(self, title: str) -> None:
        """Say what the form is for, in its title bar and to a screen reader."""
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def _fields(self) -> QFormLayout:
        """An empty column of labelled fields, half a line apart, the fields taking the
        width there is."""
        form = QFormLayout()
        form.setVerticalSpacing(self.fontMetrics().height() // 2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return form

    def _buttons(self, save_name: str) -> QDialogButtonBox:
        """Save (its accessible name `save_name`) and Cancel."""
        translate = QCoreApplication.translate
        buttons, self.save_button, self.cancel_button = dialog_buttons(
            self,
            (translate("RecordForm", "&Save"), save_name),
            (translate("RecordForm", "Cancel"), translate("RecordForm", "Cancel without saving")),
        )
        return buttons

    def record(self) -> R:
        """What the form holds now, checked or not (the journal checks it when saving)."""
        raise NotImplementedError

    def accept(self) -> None:
        """Save, and close only once saved; a failure is said and the form stays as typed."""
        try:
            self.saved = self._save(self.record())
        except ReflectError as error:
            messages.show_error(self, error)
            return
        super().accept()
