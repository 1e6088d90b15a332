"""The spacing and type scales grow with the system's text size: nothing is a fixed size,
so 200 % text makes every step twice as large."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from reflect.ui.design.scales import TYPE, Spacing, TextRole, font_for, point_size


def _font(points: float) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    return font


def test_spacing_doubles_when_the_text_doubles(qapp: QApplication) -> None:
    normal, large = Spacing.of(_font(10)), Spacing.of(_font(20))
    for step in ("s", "m", "l", "xl", "xxl"):
        ratio = getattr(large, step) / getattr(normal, step)
        assert 1.7 < ratio < 2.3, step
    assert normal.xs < normal.s < normal.m < normal.l < normal.xl < normal.xxl


def test_type_steps_are_multiples_of_the_system_size_in_reading_order(qapp: QApplication) -> None:
    base = _font(10)
    order = [
        TextRole.FIGURE,
        TextRole.PAGE_TITLE,
        TextRole.SECTION,
        TextRole.QUESTION,
        TextRole.BODY,
        TextRole.HELP,
        TextRole.CAPTION,
    ]
    sizes = [point_size(base, role) for role in order]
    assert sizes == sorted(sizes, reverse=True)
    assert point_size(base, TextRole.BODY) == 10
    assert point_size(_font(20), TextRole.SECTION) == 2 * point_size(base, TextRole.SECTION)


def test_a_role_font_keeps_the_family_and_takes_the_weight(qapp: QApplication) -> None:
    base = _font(10)
    question = font_for(base, TextRole.QUESTION)
    assert question.family() == base.family()
    assert question.weight() == TYPE[TextRole.QUESTION].weight
    assert question.pointSizeF() == point_size(base, TextRole.QUESTION)
