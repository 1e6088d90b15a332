"""The small pictures the stylesheet draws inside controls: the tick of a check box and the
arrows of drop-down lists and number boxes, one file per theme.

A stylesheet can only name a picture by its file, so each is kept ready-coloured for each
theme in `resources/icons/indicators/`, made from the Phosphor set's bold shapes.
`tests/ui/design/test_indicators.py` checks the files match the colours; after changing a
colour, run `python -m reflect.ui.design.indicators` to draw them again.
"""

from __future__ import annotations

from pathlib import Path

from reflect.content.resources import resources_folder
from reflect.ui.design.colours import THEMES, Colours

INDICATORS = {"check": "on_accent", "caret-down": "text", "caret-up": "text"}
"""Each picture, and the colour of the theme it is drawn in."""


def indicator_file(name: str, colours: Colours) -> Path:
    """Where the picture `name` is kept for theme `colours`."""
    return Path(str(resources_folder())) / "icons" / "indicators" / f"{name}-{colours.name}.svg"


def indicator_svg(name: str, colours: Colours) -> str:
    """The picture `name` drawn in its colour for theme `colours`."""
    shape = Path(str(resources_folder())) / "icons" / "phosphor" / f"{name}-bold.svg"
    colour = getattr(colours, INDICATORS[name])
    return shape.read_text(encoding="utf-8").replace("currentColor", colour)


def url(name: str, colours: Colours) -> str:
    """The picture as a stylesheet names it (forward slashes on every system)."""
    return f'url("{indicator_file(name, colours).as_posix()}")'


def draw_all() -> None:
    """Write every picture for every theme."""
    for colours in THEMES.values():
        for name in INDICATORS:
            target = indicator_file(name, colours)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(indicator_svg(name, colours), encoding="utf-8")


if __name__ == "__main__":
    draw_all()
