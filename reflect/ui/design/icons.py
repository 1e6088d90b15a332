"""Icons from the Phosphor set (MIT, `resources/icons/phosphor/`), tinted for the theme.

An icon always stands beside its words: none carries meaning alone. `set_icon` remembers a
widget's icon by name, and the theme tints every such widget again when it changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QColor, QIcon, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from reflect.content.resources import resources_folder

ICON_PROPERTY = "iconName"
SIZES = (16, 20, 24, 32, 40, 48, 64)


def icon_file(name: str) -> Path:
    """The SVG of the icon `name` (a Phosphor name such as "notebook")."""
    return Path(str(resources_folder())) / "icons" / "phosphor" / f"{name}.svg"


def pixmap(name: str, colour: QColor, size: int) -> QPixmap:
    """The icon `name` drawn `size` pixels square in `colour`."""
    svg = icon_file(name).read_text(encoding="utf-8").replace("currentColor", colour.name())
    data = QByteArray(svg.encode("utf-8"))
    buffer = QBuffer(data)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    return QPixmap.fromImage(reader.read())


def icon(name: str, colour: QColor, checked: QColor | None = None) -> QIcon:
    """The icon `name` in `colour` at every size (and in `checked` when the button is on)."""
    made = QIcon()
    for size in SIZES:
        made.addPixmap(pixmap(name, colour, size), QIcon.Mode.Normal, QIcon.State.Off)
        if checked is not None:
            made.addPixmap(pixmap(name, checked, size), QIcon.Mode.Normal, QIcon.State.On)
    return made


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
