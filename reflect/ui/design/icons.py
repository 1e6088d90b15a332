"""Icons from the Phosphor set (MIT, `resources/icons/phosphor/`), tinted for the theme.

An icon always stands beside its words: none carries meaning alone. `set_icon` remembers a
widget's icon by name, and the theme tints every such widget again when it changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QRect, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImageReader, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QStyleOption, QWidget

from reflect.content.resources import resources_folder

ICON_PROPERTY = "iconName"


def icon_file(name: str) -> Path:
    """The SVG of the icon `name` (a Phosphor name such as "notebook")."""
    return Path(str(resources_folder())) / "icons" / "phosphor" / f"{name}.svg"


def pixmap(name: str, colour: QColor, size: int) -> QPixmap:
    """The icon `name` drawn `size` pixels square in `colour`."""
    return _drawn(icon_file(name).read_text(encoding="utf-8"), colour, QSize(size, size))


def _drawn(svg: str, colour: QColor, size: QSize) -> QPixmap:
    data = QByteArray(svg.replace("currentColor", colour.name()).encode("utf-8"))
    buffer = QBuffer(data)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(size)
    return QPixmap.fromImage(reader.read())


class _TintedIcon(QIconEngine):
    """An SVG icon drawn in one colour (another when its button is on), at each size only
    when a size is first asked for: drawing every size up front for every button made
    building the pages slow."""

    def __init__(self, svg: str, colour: QColor, checked: QColor | None) -> None:
        super().__init__()
        self._svg, self._colour, self._checked = svg, QColor(colour), checked
        self._sizes: dict[tuple[int, int, bool, QIcon.Mode], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        on = state == QIcon.State.On and self._checked is not None
        key = (size.width(), size.height(), on, mode)
        if key not in self._sizes:
            drawn = _drawn(self._svg, self._checked if on and self._checked else self._colour, size)
            if mode != QIcon.Mode.Normal:  # disabled or selected, as the style draws them
                drawn = QApplication.style().generatedIconPixmap(mode, drawn, QStyleOption())
            self._sizes[key] = drawn
        return self._sizes[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        drawn = self.pixmap(rect.size() * ratio, mode, state)
        drawn.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect, drawn)

    def clone(self) -> QIconEngine:
        return _TintedIcon(self._svg, self._colour, self._checked)


def icon(name: str, colour: QColor, checked: QColor | None = None) -> QIcon:
    """The icon `name` in `colour` at any size (and in `checked` when the button is on)."""
    svg = icon_file(name).read_text(encoding="utf-8")
    return QIcon(_TintedIcon(svg, colour, None if checked is None else QColor(checked)))


def set_icon(widget: QWidget, name: str) -> None:
    """Give `widget` (a button or a label) the icon `name`, tinted now and after any change
    of theme."""
    widget.setProperty(ICON_PROPERTY, name)
    tint(widget)


def tint(widget: QWidget) -> None:
    """Draw `widget`'s named icon again in its palette's text colour."""
    name = widget.property(ICON_PROPERTY)
    if not name:
        return
    palette = widget.palette()
    if isinstance(widget, QAbstractButton):
        # A primary button's words are drawn on the accent, in the colour text takes there.
        on_accent = widget.property("look") == "primary"
        role = QPalette.ColorRole.HighlightedText if on_accent else QPalette.ColorRole.ButtonText
        text = palette.color(role)
        checked = palette.color(QPalette.ColorRole.Link) if widget.isCheckable() else None
        widget.setIcon(icon(str(name), text, checked))
    elif isinstance(widget, QLabel):
        ratio = widget.devicePixelRatioF()
        size = round(widget.fontMetrics().height() * ratio)
        drawn = pixmap(str(name), palette.color(QPalette.ColorRole.WindowText), size)
        drawn.setDevicePixelRatio(ratio)
        widget.setPixmap(drawn)
