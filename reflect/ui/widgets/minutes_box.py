"""A spin box of minutes whose unit agrees with its number: "1 minute", "45 minutes"."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from reflect.ui.widgets.plurals import english_plural


class MinutesBox(QSpinBox):
    """A QSpinBox whose suffix follows Qt's plural forms for the value shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.valueChanged.connect(self._name_unit)
        self._name_unit(self.value())

    def _name_unit(self, minutes: int) -> None:
        self.setSuffix(english_plural(self.tr(" minute(s)", "", minutes), minutes))
