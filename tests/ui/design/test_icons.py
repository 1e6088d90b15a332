"""Icons come from one set, are drawn in the theme's text colour, and stand beside words."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QToolButton

from reflect.ui.design.icons import icon_file, pixmap, set_icon

PACKAGE = Path(__file__).resolve().parents[3] / "reflect"


def _named_in_code() -> set[str]:
    names: set[str] = set()
    pattern = re.compile(
        r'(?:set_icon|_button)\([^()]*(?:\([^()]*\)[^()]*)*,\s*"([a-z-]+)"\)'  # set_icon(w, "x")
        r'|\(self\.tr\("[^"]*"\),\s*"([a-z-]+)",'  # the sidebar's (label, icon, page)
    )
    for module in PACKAGE.rglob("*.py"):
        for found in pattern.finditer(module.read_text(encoding="utf-8")):
            names.add(found.group(1) or found.group(2))
    return names


def test_every_icon_the_screens_name_is_shipped_with_its_licence() -> None:
    named = _named_in_code()
    assert {"notebook", "lock-simple"} <= named
    assert [n for n in sorted(named) if not icon_file(n).is_file()] == []
    assert "MIT License" in (icon_file("notebook").parent / "LICENSE").read_text()


def test_an_icon_is_drawn_in_the_colour_asked(qapp: QApplication) -> None:
    drawn = pixmap("notebook", QColor("#2c6a68"), 32).toImage()
    assert drawn.width() == 32
    inked = {
        drawn.pixelColor(x, y).name()
        for x in range(32)
        for y in range(32)
        if drawn.pixelColor(x, y).alpha() == 255
    }
    assert inked == {"#2c6a68"}


def test_a_button_keeps_its_words_beside_its_icon(qapp: QApplication) -> None:
    button = QToolButton()
    button.setText("Journal")
    set_icon(button, "notebook")
    assert not button.icon().isNull()
    assert button.text() == "Journal"
