"""Reflect's colours in a light and a dark theme, with one accent used sparingly.

Every pairing of text and ground used on screen is listed in `TEXT_ON_GROUND` and measured
by a test to be at least 4.5:1 (WCAG AA for body text) in both themes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QColor


@dataclasses.dataclass(frozen=True)
class Colours:
    """One theme's colours, as `#rrggbb` names."""

    name: str
    window: str  # the page's ground
    surface: str  # boxes, cards and lists set on the ground
    surface_raised: str  # a hovered row, a tile, the sidebar's selected page
    text: str
    text_muted: str  # help, captions, dates
    border: str  # soft edges of cards, lists and groups (decoration)
    border_strong: str  # the edge of a control one types in or ticks (3:1 or better)
    accent: str  # selection, the primary action, progress, links
    on_accent: str  # text on the accent
    accent_soft: str  # a chip's or the selected page's ground
    on_accent_soft: str
    notice: str  # the safety notice's ground
    on_notice: str
    notice_border: str
    danger: str  # a refused packet, a problem
    success: str  # imported, saved


LIGHT = Colours(
    name="light",
    window="#f6f5f2",
    surface="#ffffff",
    surface_raised="#efede8",
    text="#1f2328",
    text_muted="#575e66",
    border="#d9d5cd",
    border_strong="#7f868e",
    accent="#2c6a68",
    on_accent="#ffffff",
    accent_soft="#e0efed",
    on_accent_soft="#1d4a48",
    notice="#fbf1de",
    on_notice="#4d3300",
    notice_border="#e2c48a",
    danger="#a3302a",
    success="#2f6b3a",
)

DARK = Colours(
    name="dark",
    window="#1b1d20",
    surface="#24272b",
    surface_raised="#2e3237",
    text="#e9e7e3",
    text_muted="#aab0b7",
    border="#3b4047",
    border_strong="#7d858e",
    accent="#7cc3bd",
    on_accent="#10201f",
    accent_soft="#24403e",
    on_accent_soft="#cdeae6",
    notice="#3a301d",
    on_notice="#f3dcb0",
    notice_border="#7a6236",
    danger="#f0908a",
    success="#8fcf99",
)

THEMES = {"light": LIGHT, "dark": DARK}

TEXT_ON_GROUND: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "surface"),
    ("text", "surface_raised"),
    ("text_muted", "window"),
    ("text_muted", "surface"),
    ("text_muted", "surface_raised"),
    ("accent", "window"),
    ("accent", "surface"),
    ("on_accent", "accent"),
    ("on_accent_soft", "accent_soft"),
    ("on_notice", "notice"),
    ("danger", "surface"),
    ("danger", "window"),
    ("success", "surface"),
    ("success", "window"),
)
"""Every (text, ground) pair drawn on screen, by field name."""

EDGE_ON_GROUND: tuple[tuple[str, str], ...] = (
    ("border_strong", "window"),
    ("border_strong", "surface"),
    ("accent", "window"),
    ("accent", "surface"),
)
"""Every control's edge on its ground: 3:1 or better (WCAG 1.4.11), so a box to type in or
a box to tick can be seen as one."""


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(text: str, ground: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    one, two = _luminance(QColor(text)), _luminance(QColor(ground))
    light, dark = max(one, two), min(one, two)
    return (light + 0.05) / (dark + 0.05)
