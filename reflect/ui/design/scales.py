"""The spacing and type scales, worked out from the system font and its size.

Nothing here is a fixed pixel size: spacing is a share of the text's line height and type is
a multiple of the system's point size, so 200 % text makes the whole page grow with it.
"""

from __future__ import annotations

import dataclasses
from enum import Enum

from PySide6.QtGui import QFont, QFontMetricsF


class TextRole(Enum):
    """Where text sits in the page's order; each has a size and a weight (see `TYPE`)."""

    PAGE_TITLE = "page-title"
    SECTION = "section"
    QUESTION = "question"
    BODY = "body"
    HELP = "help"
    CAPTION = "caption"
    FIGURE = "figure"


@dataclasses.dataclass(frozen=True)
class TypeStep:
    """One step of the type scale: a multiple of the system size, and a weight."""

    scale: float
    weight: QFont.Weight


TYPE: dict[TextRole, TypeStep] = {
    TextRole.PAGE_TITLE: TypeStep(1.55, QFont.Weight.DemiBold),
    TextRole.SECTION: TypeStep(1.25, QFont.Weight.DemiBold),
    TextRole.QUESTION: TypeStep(1.1, QFont.Weight.DemiBold),
    TextRole.BODY: TypeStep(1.0, QFont.Weight.Normal),
    TextRole.HELP: TypeStep(0.95, QFont.Weight.Normal),
    TextRole.CAPTION: TypeStep(0.9, QFont.Weight.Normal),
    TextRole.FIGURE: TypeStep(2.4, QFont.Weight.DemiBold),
}
"""The type scale: a figure (the hours' big number) down to a caption."""


@dataclasses.dataclass(frozen=True)
class Spacing:
    """The spacing scale in pixels, from the line height of the system font."""

    xs: int
    s: int
    m: int
    l: int  # noqa: E741 - the scale's own name for "large"
    xl: int
    xxl: int
    radius: int

    @classmethod
    def of(cls, font: QFont) -> Spacing:
        """The scale for text in `font`: a quarter line up to two lines."""
        line = QFontMetricsF(font).height()
        return cls(
            xs=max(2, round(line / 4)),
            s=max(4, round(line / 2)),
            m=max(6, round(line * 3 / 4)),
            l=max(8, round(line)),
            xl=max(12, round(line * 1.5)),
            xxl=max(16, round(line * 2)),
            radius=max(4, round(line / 3)),
        )


def point_size(font: QFont, role: TextRole) -> float:
    """The point size of `role`'s text beside text in `font`."""
    base = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    return round(base * TYPE[role].scale, 1)


def font_for(font: QFont, role: TextRole) -> QFont:
    """`font` at `role`'s step of the type scale."""
    styled = QFont(font)
    if font.pointSizeF() > 0:
        styled.setPointSizeF(point_size(font, role))
    else:  # a font sized in pixels (rare): scale the pixels
        styled.setPixelSize(round(font.pixelSize() * TYPE[role].scale))
    styled.setWeight(TYPE[role].weight)
    return styled
