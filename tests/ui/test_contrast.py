"""Text reads at 4.5:1 or more against what is behind it, in a light and a dark theme,
measured from the pixels drawn: plain text, quiet text (hints, help under a question), and
the placeholder in an empty box, whose colour the list rows' quiet words (Draft, To bring to
supervision) are drawn in too."""

from __future__ import annotations

import collections
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.widgets.readable_palette import keep_placeholders_readable

MINIMUM = 4.5
DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#2f2f2f",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.Highlight: "#2f6fb3",
    QPalette.ColorRole.HighlightedText: "#ffffff",
}


def _luminance(colour: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def measured(widget: QWidget, inset: int = 0) -> float:
    """The contrast of the text drawn in `widget` against its background: the commonest
    colour is the background, the colour farthest from it is the text's."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts: collections.Counter[tuple[int, int, int]] = collections.Counter()
    for y in range(inset, image.height() - inset):
        for x in range(inset, image.width() - inset):
            colour = QColor(image.pixel(x, y))
            counts[(colour.red(), colour.green(), colour.blue())] += 1
    background = counts.most_common(1)[0][0]
    return max(contrast(c, background) for c in counts)


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QPalette(qapp.palette())
    if request.param == "dark":
        palette = QPalette()
        for role, colour in DARK.items():
            palette.setColor(role, QColor(colour))
        qapp.setPalette(palette)
    keep_placeholders_readable(qapp)
    yield str(request.param)
    qapp.setPalette(before)


def test_text_of_every_kind_reads_at_four_and_a_half_to_one(qtbot: QtBot, theme: str) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    plain = QLabel("Plain words on the page")
    quiet = QuietLabel("Quiet words: a hint under a question")
    empty = QLineEdit()
    empty.setPlaceholderText("Search your reflections")
    for widget in (plain, quiet, empty):
        column.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    found = {
        "plain": measured(plain),
        "quiet": measured(quiet),
        "placeholder": measured(empty, inset=5),
    }
    assert all(ratio >= MINIMUM for ratio in found.values()), (theme, found)
