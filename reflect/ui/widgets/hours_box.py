"""A spin box of hours, typed as a visitor says them ("1.5"), kept as whole minutes."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QWidget

from reflect.ui.widgets.plurals import english_plural, plural_count


class HoursBox(QDoubleSpinBox):
    """Hours with up to two decimals, shown without trailing zeros ("1.5 hours", "2 hours"),
    in the decimal point of the visitor's language; its unit agrees with its number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setSingleStep(0.5)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.valueChanged.connect(self._name_unit)
        self._name_unit(self.value())

    def textFromValue(self, value: float) -> str:
        """The number without trailing zeros: "1.5", not "1.50"."""
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text

    def _name_unit(self, hours: float) -> None:
        n = plural_count(round(hours, 2))
        self.setSuffix(english_plural(self.tr(" hour(s)", "", n), n))

    def minutes(self) -> int:
        """The hours shown, as whole minutes."""
        return round(self.value() * 60)

    def set_minutes(self, minutes: int) -> None:
        """Show `minutes` as hours."""
        self.setValue(minutes / 60)
