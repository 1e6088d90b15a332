"""Fingerprints in the system's fixed-width face, so their groups line up to compare."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase


def fixed_font(around: QFont, scale: float = 1.0) -> QFont:
    """The system's fixed-width face at the size of the text around it (times `scale`),
    so fingerprints grow with the rest when the text is made larger."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if around.pointSizeF() > 0:
        font.setPointSizeF(around.pointSizeF() * scale)
    else:
        font.setPixelSize(round(around.pixelSize() * scale))
    return font
