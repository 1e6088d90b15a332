"""The confirmation before a family is forgotten: what goes, in numbers; what stays, and
where; and the choice to remove it from backups too, with what each choice means.

Cancel is the default button and Esc answers it: nothing is deleted unless the visitor
presses "Forget this family" herself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.family_forgetting import ForgetPlan
from reflect.ui.settings.family_words import (
    keeping_backups,
    plan_text,
    plan_title,
    removing_backups,
)
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.scrolled import scrolled


def _paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ForgetFamilyDialog(QDialog):
    """Accepted when the visitor chose to forget; `from_backups` says whether the backups
    holding the family are to be replaced too."""

    def __init__(self, plan: ForgetPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        title = plan_title(plan)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        em = self.fontMetrics().height()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(em // 2)
        column.addWidget(HeadingLabel(title, 1.2, weight=QFont.Weight.Bold))
        self.what = _paragraph(plan_text(plan))
        column.addWidget(self.what)
        self.also_backups = QCheckBox(self.tr("&Also remove it from my backups"))
        self.also_backups.setAccessibleName(self.tr("Also remove this family from my backups"))
        self.also_backups.toggled.connect(self._explain)
        column.addSpacing(em // 2)
        column.addWidget(self.also_backups)
        self.backups = _paragraph()
        column.addWidget(self.backups)
        column.addStretch(1)
        buttons = QDialogButtonBox()
        self.forget_button = QPushButton(self.tr("&Forget this family"))
        self.forget_button.setAccessibleName(self.tr("Forget this family"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.forget_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(body, sideways=True), 1)
        layout.addWidget(buttons)
        self._explain(False)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(self.minimumWidth(), min(em * 34, body.sizeHint().height() + em * 4))

    @property
    def from_backups(self) -> bool:
        """True when the backups holding the family are to be replaced too."""
        return self.also_backups.isChecked()

    def _explain(self, removing: bool) -> None:
        said = removing_backups(self._plan) if removing else keeping_backups(self._plan)
        self.backups.setText(said)
        self.backups.setAccessibleDescription(said)
