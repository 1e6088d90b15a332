"""Icons come from one set, are drawn in the theme's text colour, and stand beside words."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QToolButton

from reflect.ui.design.icons import icon, icon_file, pixmap, set_icon

PACKAGE = Path(__file__).resolve().parents[3] / "reflect"


def _named_in_code() -> set[str]:
    names: set[str] = set()
    pattern = re.compile(r'(?:set_icon|_button)\([^()]*(?:\([^()]*\)[^()]*)*,\s*"([a-z-]+)"\)')
    sidebar = re.compile(r'\(translate\("MainWindow", "[^"]*"\),\s*"([a-z-]+)"\)')  # (label, icon)
    for module in PACKAGE.rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        names.update(found.group(1) for found in pattern.finditer(text))
        if module.name == "workspace_build.py":
            names.update(found.group(1) for found in sidebar.finditer(text))
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


def _inked(drawn: QImage) -> set[str]:
    return {
        drawn.pixelColor(x, y).name()
        for x in range(drawn.width())
        for y in range(drawn.height())
        if drawn.pixelColor(x, y).alpha() == 255
    }


def test_a_sidebar_icon_is_drawn_sharp_at_the_size_asked_and_in_the_accent_when_on(
    qapp: QApplication,
) -> None:
    made = icon("notebook", QColor("#222222"), QColor("#2c6a68"))
    off = made.pixmap(QSize(40, 40), QIcon.Mode.Normal, QIcon.State.Off).toImage()
    on = made.pixmap(QSize(40, 40), QIcon.Mode.Normal, QIcon.State.On).toImage()
    assert (off.width(), on.width()) == (40, 40)
    assert _inked(off) == {"#222222"}
    assert _inked(on) == {"#2c6a68"}
    faded = made.pixmap(QSize(20, 20), QIcon.Mode.Disabled, QIcon.State.Off).toImage()
    assert faded.width() == 20 and "#222222" not in _inked(faded)


def test_a_button_keeps_its_words_beside_its_icon(qapp: QApplication) -> None:
    button = QToolButton()
    button.setText("Journal")
    set_icon(button, "notebook")
    assert not button.icon().isNull()
    assert button.text() == "Journal"
