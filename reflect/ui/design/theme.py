"""The theme in use: Reflect's light or dark colours on the Fusion style, or the system's
own when it asks for high contrast.

"system" follows the computer's light or dark setting, now and when it changes. A high
contrast setting always wins: Reflect then keeps the system's palette and adds no
stylesheet, so nothing of ours dims what the person chose to see.

The stylesheet dresses the window, not the whole application. Qt styles a widget again,
with everything inside it, each time it moves into a parent styled by a sheet; pages are
built from the inside out, so under an application-wide sheet every widget was styled once
per level it climbed (the workspace took three times as long to build). Under the window's
sheet a page is styled once, when it joins the window; dialogs opened over the window take
the window's sheet with it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessibilityHints, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from reflect.ui.design.colours import DARK, LIGHT, Colours
from reflect.ui.design.icons import tint
from reflect.ui.design.stylesheet import stylesheet
from reflect.ui.widgets.readable_palette import blend

SYSTEM_STYLE = "reflectSystemStyle"
STYLE_IN_USE = "reflectStyle"
CHOICES = ("system", "light", "dark")
"""What a visitor may choose: follow the computer, or always light, or always dark."""


def palette_of(c: Colours) -> QPalette:
    """A Qt palette from theme `c`."""
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.surface),
        (role.AlternateBase, c.surface_raised),
        (role.Text, c.text),
        (role.Button, c.surface),
        (role.ButtonText, c.text),
        (role.BrightText, c.danger),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.on_accent),
        (role.PlaceholderText, c.text_muted),
        (role.Link, c.accent),
        (role.LinkVisited, c.accent),
        (role.ToolTipBase, c.surface),
        (role.ToolTipText, c.text),
        (role.Light, c.surface),
        (role.Midlight, c.surface_raised),
        (role.Mid, c.border),
        (role.Dark, c.border_strong),
        (role.Shadow, c.border_strong),
        (role.Accent, c.accent),
    ):
        palette.setColor(name, QColor(colour))
    faint = blend(QColor(c.text_muted), QColor(c.window), 0.3)
    for name in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, faint)
    return palette


def high_contrast(hints: QAccessibilityHints) -> bool:
    """Whether the system asks for high contrast."""
    return hints.contrastPreference() == Qt.ContrastPreference.HighContrast


class Theme(QObject):
    """Applies a choice from `CHOICES` to the window `parent` (the palette to the whole
    application), and keeps it applied. Without a window, the stylesheet too goes to the
    application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self._dressed: QWidget | QApplication = parent if isinstance(parent, QWidget) else app
        self._choice = "system"
        # The system's own style, for high contrast: named once, before any stylesheet of
        # ours hides its name behind Qt's stylesheet style.
        if not app.property(SYSTEM_STYLE):
            app.setProperty(SYSTEM_STYLE, app.style().name() or "fusion")
            app.setProperty(STYLE_IN_USE, app.style().name())
        self._system_style = str(app.property(SYSTEM_STYLE))
        self.colours: Colours | None = None
        # Both held here: a wrapper Python drops can take Qt's own object with it.
        self._hints = hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._refresh)
        self._accessibility = hints.accessibility()
        self._accessibility.contrastPreferenceChanged.connect(self._refresh)
        # A new system font size: the scales are worked out again. (A signal, not an event
        # filter on the application, which would cost a call into Python on every event.)
        app.fontChanged.connect(self._refresh)

    @property
    def choice(self) -> str:
        """The visitor's choice: "system", "light" or "dark"."""
        return self._choice

    def use(self, choice: str) -> None:
        """Apply `choice` ("system", "light" or "dark"); anything else means "system"."""
        self._choice = choice if choice in CHOICES else "system"
        self._refresh()

    def wanted(self) -> Colours | None:
        """Reflect's colours for the choice here, or None when high contrast keeps the system's."""
        if high_contrast(self._accessibility):
            return None
        if self._choice == "light":
            return LIGHT
        if self._choice == "dark":
            return DARK
        dark = self._hints.colorScheme() == Qt.ColorScheme.Dark
        return DARK if dark else LIGHT

    def _refresh(self) -> None:
        colours = self.wanted()
        self.colours = colours
        sheet = "" if colours is None else stylesheet(colours, self._app.font())
        if colours is None:
            self._set_style(self._system_style)
            self._app.setPalette(self._app.style().standardPalette())
        else:
            self._set_style("fusion")
            self._app.setPalette(palette_of(colours))
        if self._dressed.styleSheet() != sheet:  # each new sheet restyles every widget
            self._dressed.setStyleSheet(sheet)
        for widget in self._app.allWidgets():
            tint(widget)

    def _set_style(self, name: str) -> None:
        """Use the style `name`, only if it is not already in use: a new style replaces the
        old one under every widget, which is slow and unsafe while widgets are being torn
        down."""
        if str(self._app.property(STYLE_IN_USE) or "").lower() == name.lower():
            return
        self._app.setStyle(name)
        self._app.setProperty(STYLE_IN_USE, name)
