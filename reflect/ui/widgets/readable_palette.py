"""Text that stays readable in any theme: Qt draws placeholder text (the grey hint in an
empty box) at half the text's strength, which measures 4.0:1 on white and can all but vanish
on a dark theme that does not set it. Here it is the text colour moved a third of the way
toward the box's background instead (about 8:1 on white), worked out again whenever the
theme changes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

TOWARD_BACKGROUND = 0.35


def blend(colour: QColor, toward: QColor, share: float) -> QColor:
    """`colour` moved `share` of the way toward `toward`."""
    return QColor.fromRgbF(
        colour.redF() + (toward.redF() - colour.redF()) * share,
        colour.greenF() + (toward.greenF() - colour.greenF()) * share,
        colour.blueF() + (toward.blueF() - colour.blueF()) * share,
    )


class ReadablePlaceholders(QObject):
    """Keeps the application's placeholder colour readable, now and after theme changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._setting = False
        self.apply()
        # A signal, not an event filter on the application: that would cost a call into
        # Python on every event of every widget.
        app.paletteChanged.connect(self._palette_changed)

    def apply(self) -> None:
        """Set the placeholder colour from the palette in use."""
        palette = self._app.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            text = palette.color(group, QPalette.ColorRole.Text)
            base = palette.color(group, QPalette.ColorRole.Base)
            palette.setColor(
                group, QPalette.ColorRole.PlaceholderText, blend(text, base, TOWARD_BACKGROUND)
            )
        self._setting = True  # setPalette sends the change straight back
        self._app.setPalette(palette)
        self._setting = False

    def _palette_changed(self) -> None:
        """A new theme: work the colour out again."""
        if not self._setting:
            self.apply()


def keep_placeholders_readable(app: QApplication) -> None:
    """Once per application: readable placeholder text from now on."""
    if app.findChild(ReadablePlaceholders) is None:
        ReadablePlaceholders(app)
