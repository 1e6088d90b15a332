"""Text that stays readable in any theme: Qt draws placeholder text (the grey hint in an
empty box) at half the text's strength, which measures 4.0:1 on white and can all but vanish
on a dark theme that does not set it. Here it is the text colour moved a third of the way
toward the box's background instead (about 8:1 on white), worked out again whenever the
theme changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
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
        app.installEventFilter(self)

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new theme: work the colour out again."""
        if (
            watched is self._app
            and event.type() == QEvent.Type.ApplicationPaletteChange
            and not self._setting
        ):
            self.apply()
        return False


def keep_placeholders_readable(app: QApplication) -> None:
    """Once per application: readable placeholder text from now on."""
    if app.findChild(ReadablePlaceholders) is None:
        ReadablePlaceholders(app)
