"""Every text Reflect draws on its own colours reads at 4.5:1 or better, light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from reflect.ui.design.colours import (
    DARK,
    EDGE_ON_GROUND,
    LIGHT,
    TEXT_ON_GROUND,
    Colours,
    contrast,
)
from reflect.ui.design.theme import palette_of

AA = 4.5


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_on_its_ground_reads_at_aa(colours: Colours) -> None:
    low = {
        (text, ground): round(contrast(getattr(colours, text), getattr(colours, ground)), 2)
        for text, ground in TEXT_ON_GROUND
        if contrast(getattr(colours, text), getattr(colours, ground)) < AA
    }
    assert low == {}


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_the_edges_of_controls_stand_out_at_three_to_one(colours: Colours) -> None:
    low = [
        (edge, ground)
        for edge, ground in EDGE_ON_GROUND
        if contrast(getattr(colours, edge), getattr(colours, ground)) < 3.0
    ]
    assert low == []


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_the_palette_widgets_draw_with_reads_at_aa(colours: Colours) -> None:
    palette, role = palette_of(colours), QPalette.ColorRole
    for text, ground in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.Text, role.AlternateBase),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
        (role.ToolTipText, role.ToolTipBase),
    ):
        ratio = contrast(palette.color(text).name(), palette.color(ground).name())
        assert ratio >= AA, (text, ground, ratio)


def test_one_accent_serves_selection_the_primary_action_and_progress() -> None:
    for colours in (LIGHT, DARK):
        palette = palette_of(colours)
        assert palette.color(QPalette.ColorRole.Highlight).name() == colours.accent
        assert palette.color(QPalette.ColorRole.Link).name() == colours.accent


def test_contrast_is_measured_as_wcag_does() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
