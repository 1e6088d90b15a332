"""The ticks and arrows drawn inside controls are in each theme's own colours."""

from __future__ import annotations

import pytest

from reflect.ui.design.colours import DARK, LIGHT, Colours
from reflect.ui.design.indicators import INDICATORS, indicator_file, indicator_svg


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_indicator_is_drawn_in_its_theme_colour(colours: Colours) -> None:
    stale = [
        name
        for name in INDICATORS
        if indicator_file(name, colours).read_text(encoding="utf-8") != indicator_svg(name, colours)
    ]
    assert stale == [], "run: python -m reflect.ui.design.indicators"
    assert colours.on_accent in indicator_file("check", colours).read_text(encoding="utf-8")
