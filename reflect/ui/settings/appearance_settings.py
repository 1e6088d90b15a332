"""Settings: light or dark, or as the computer is set. Kept per computer, with the window's
other settings, and applied at once."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.design.theme import Theme
from reflect.ui.widgets.heading import HeadingLabel

THEME_KEY = "look/theme"
"""Where the choice is kept in the window's settings: "system", "light" or "dark"."""


class AppearanceSettings(QWidget):
    """A choice of the computer's setting, Light or Dark, applied through `theme`."""

    def __init__(self, settings: QSettings, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings, self._theme = settings, theme
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, self.fontMetrics().height(), 0, 0)
        heading = HeadingLabel(self.tr("Appearance"), 1.2)
        layout.addWidget(heading)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Appearance"))
        heading.setBuddy(self.choice)
        for label, value in (
            (self.tr("Like my computer (light or dark)"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.choice.addItem(label, value)
        self.choice.setCurrentIndex(max(0, self.choice.findData(theme.choice)))
        self.choice.currentIndexChanged.connect(self._chosen)
        layout.addWidget(self.choice)
        layout.addWidget(
            QuietLabel(
                self.tr(
                    "When your computer is set to high contrast, Reflect uses its colours instead."
                )
            )
        )

    def _chosen(self) -> None:
        choice = str(self.choice.currentData())
        self._settings.setValue(THEME_KEY, choice)
        self._settings.sync()
        self._theme.use(choice)
