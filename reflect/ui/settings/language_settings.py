"""Settings: the language Reflect speaks. The change takes effect the next time Reflect
starts; what is being written is saved as it is typed, so nothing waits on it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.language import (
    LANGUAGE_KEY,
    SYSTEM,
    chosen,
    language_to_use,
    system_language,
)
from reflect.ui.widgets.spelling import spelling_available

NAMES = {"en": "English", "es": "Español"}
"""Each language in its own words, as language menus show them."""


class LanguageSettings(QWidget):
    """A choice of System, English or Español, kept in `settings`. Emits
    `restart_requested` for "Restart Reflect now"."""

    restart_requested = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, em, 0, 0)
        heading = HeadingLabel(self.tr("Language"), 1.2)
        layout.addWidget(heading)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Language"))
        heading.setBuddy(self.choice)  # the question a screen reader says with the choice
        system = NAMES[system_language()]
        self.choice.addItem(
            self.tr("As my computer speaks ({language})").format(language=system), SYSTEM
        )
        for code, name in NAMES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen(settings))))
        self.choice.currentIndexChanged.connect(self._chosen)
        layout.addWidget(self.choice)
        self.note = QuietLabel("")
        self.note.setAccessibleDescription(self.tr("When the language changes"))
        self.note.hide()
        layout.addWidget(self.note)
        self.restart_button = QPushButton(self.tr("&Restart Reflect now"))
        self.restart_button.setAccessibleName(self.tr("Restart Reflect now"))
        self.restart_button.setToolTip(
            self.tr("Saves what you are writing and opens it again after you unlock.")
        )
        self.restart_button.clicked.connect(self.restart_requested)
        self.restart_button.hide()
        layout.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._started_in = language_to_use(settings)
        self.spelling = QuietLabel(
            self.tr(
                "Spelling is checked as you type, in English and Spanish. Right-click a word "
                "underlined in red for suggestions, or to add it to your words (they are kept "
                "in your encrypted journal)."
            )
            if spelling_available()
            else self.tr(
                "Spell checking is off on this computer: its word lists are missing. "
                "Everything else works as usual."
            )
        )
        layout.addWidget(self.spelling)

    def _chosen(self) -> None:
        self._settings.setValue(LANGUAGE_KEY, str(self.choice.currentData()))
        self._settings.sync()
        now = language_to_use(self._settings)
        self.note.setVisible(now != self._started_in)
        self.restart_button.setVisible(now != self._started_in)
        self.note.setText(
            self.tr(
                "Reflect will speak {language} the next time it starts, or now if you restart "
                "it. What you are writing is saved as you type, and opens again in place."
            ).format(language=NAMES[now])
        )
