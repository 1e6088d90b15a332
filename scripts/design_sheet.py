"""Draw the design system on one sheet, light and dark, for docs/design.md.

    QT_QPA_PLATFORM=offscreen python scripts/design_sheet.py [--out docs/design]

The sheet is made of the real widgets with the real theme: the colours, the type scale, and
every look a page can ask for.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reflect.ui.design.colours import THEMES, contrast
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import Spacing, TextRole
from reflect.ui.design.theme import Theme

SAMPLES = {
    TextRole.FIGURE: "12.5 h",
    TextRole.PAGE_TITLE: "Page title",
    TextRole.SECTION: "Section: The baby, seen and safe",
    TextRole.QUESTION: "Question: What did the baby communicate?",
    TextRole.BODY: "Body: the answer, the card's words, a list row.",
    TextRole.HELP: "Help: a quiet line under a question.",
    TextRole.CAPTION: "Caption: dates, sources, small marks.",
}


def _colours(theme: str) -> QWidget:
    colours = THEMES[theme]
    box = QWidget()
    grid = QGridLayout(box)
    for index, field in enumerate(dataclasses.fields(colours)[1:]):
        value = getattr(colours, field.name)
        swatch = QLabel()
        swatch.setFixedSize(28, 28)
        swatch.setStyleSheet(f"background: {value}; border: 1px solid #888; border-radius: 4px;")
        words = QLabel(f"{field.name}\n{value}")
        text_role(words, TextRole.CAPTION)
        grid.addWidget(swatch, index // 4 * 2, index % 4 * 2)
        grid.addWidget(words, index // 4 * 2, index % 4 * 2 + 1)
    ratio = contrast(colours.text_muted, colours.window)
    note = text_role(QLabel(f"Muted text on the page: {ratio:.1f}:1"), TextRole.CAPTION)
    grid.addWidget(note, 20, 0, 1, 8)
    return box


def _looks() -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    row = QHBoxLayout()
    primary = look(QPushButton("New reflection"), Look.PRIMARY)
    set_icon(primary, "plus")
    row.addWidget(primary)
    row.addWidget(QPushButton("A button"))
    row.addWidget(look(QPushButton("A quiet action"), Look.QUIET))
    chip = look(QPushButton("Seen"), Look.CHIP)
    set_icon(chip, "book-open")
    row.addWidget(chip)
    row.addWidget(look(QLabel("F-21"), Look.CHIP))
    row.addWidget(look(QLabel("3"), Look.BADGE))
    row.addWidget(look(QLabel("Draft"), Look.MARK))
    row.addStretch(1)
    for widget in box.findChildren(QLabel):  # small shapes keep their own height
        row.setAlignment(widget, Qt.AlignmentFlag.AlignVCenter)
    column.addLayout(row)
    notice = look(QFrame(), Look.NOTICE)
    inside = QHBoxLayout(notice)
    sign = QLabel()
    inside.addWidget(sign)
    set_icon(sign, "warning")
    inside.addWidget(QLabel("If anyone is unsafe, follow your agency's safety protocol."), 1)
    column.addWidget(notice)
    tiles = QHBoxLayout()
    for figure, caption in (("4.5 h", "This month"), ("31 h", "This year")):
        tile = look(QFrame(), Look.TILE)
        inner = QVBoxLayout(tile)
        inner.addWidget(text_role(QLabel(figure), TextRole.SECTION))
        inner.addWidget(text_role(QLabel(caption), TextRole.CAPTION))
        tiles.addWidget(tile)
    bar = QProgressBar()
    bar.setValue(60)
    bar.setTextVisible(False)  # the figure is said in words beside a bar, never on it
    tiles.addWidget(bar, 2)
    column.addLayout(tiles)
    answer = look(QPlainTextEdit("An answer box: roomy, with a soft edge."), Look.ANSWER)
    answer.setFixedHeight(70)
    column.addWidget(answer)
    column.addStretch(1)
    return box


def sheet(theme: str) -> QWidget:
    """The sheet for `theme`, built of real widgets."""
    page = QWidget()
    space = Spacing.of(page.font())
    column = QVBoxLayout(page)
    column.setContentsMargins(space.xl, space.xl, space.xl, space.xl)
    column.setSpacing(space.m)
    column.addWidget(text_role(QLabel(f"Reflect's design, {theme}"), TextRole.PAGE_TITLE))
    body = QHBoxLayout()
    left = QVBoxLayout()
    for role, words in SAMPLES.items():
        left.addWidget(text_role(QLabel(words), role))
    left.addStretch(1)
    body.addLayout(left, 1)
    right = QVBoxLayout()
    right.addWidget(_colours(theme))
    right.addWidget(_looks())
    body.addLayout(right, 2)
    column.addLayout(body)
    return page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/design"))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme = Theme()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ("light", "dark"):
        theme.use(name)
        page = sheet(name)
        page.resize(1200, 640)
        page.show()
        QTest.qWait(100)
        page.grab().save(str(args.out / f"sheet-{name}.png"))
        page.close()
    app.quit()


if __name__ == "__main__":
    main()
