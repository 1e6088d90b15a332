"""The answer box spaces its lines for reading, and Enter still starts a line every time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reflect.ui.widgets.growing_text_edit import LINE_HEIGHT, GrowingTextEdit


def test_an_empty_line_is_one_press_of_enter_and_lines_stay_spaced(qtbot: QtBot) -> None:
    box = GrowingTextEdit()
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    qtbot.keyClicks(box, "one")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "two")
    assert box.toPlainText() == "one\n\ntwo"
    block = box.document().begin()
    while block.isValid():
        assert block.blockFormat().lineHeight() == LINE_HEIGHT
        block = block.next()
    box.setPlainText("a\nb\nc\nd\ne\nf")  # words set afresh are spaced too, and it grows
    taller = box.height()
    assert box.document().lastBlock().blockFormat().lineHeight() == LINE_HEIGHT
    box.setPlainText("")
    assert box.height() < taller
    assert not box.document().isUndoAvailable()  # the spacing is nothing to undo
