"""Every message box in one style: what happened first, then what to do; the one action
that goes ahead is the primary action unless it removes something; the safe choice is
the default."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reflect.domain.errors import ReflectError
from reflect.ui.widgets import messages
from tests.helpers.dialogs import answer_dialogs

Seen = list[tuple[str, str, list[tuple[str, object]], str]]


def _look_at_and_close(seen: Seen, button: str) -> None:
    """Note the next box's two parts, its buttons with their looks and its default, then
    press `button`."""

    def handle(dialog: object) -> None:
        assert isinstance(dialog, QMessageBox)
        buttons = [(b.text(), b.property("look")) for b in dialog.findChildren(QPushButton)]
        default = dialog.defaultButton()
        seen.append(
            (dialog.text(), dialog.informativeText(), buttons, default.text() if default else "")
        )
        for b in dialog.findChildren(QPushButton):
            if b.text() == button:
                b.click()

    answer_dialogs(handle)


def test_an_error_says_what_happened_then_what_to_do(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: Seen = []
    _look_at_and_close(seen, "OK")
    messages.show_error(
        parent, ReflectError("The contact file could not be saved there. Choose another folder.")
    )
    assert seen == [
        (
            "The contact file could not be saved there.",
            "Choose another folder.",
            [("OK", "primary")],
            "OK",
        )
    ]


def test_a_one_sentence_message_stays_whole() -> None:
    assert messages.split_sentence("Saved in C:\\Users\\ana\\key.txt.") == (
        "Saved in C:\\Users\\ana\\key.txt.",
        "",
    )
    assert messages.split_sentence("No se pudo. ¿Quiere intentarlo?") == (
        "No se pudo.",
        "¿Quiere intentarlo?",
    )


def test_removing_is_never_the_default_nor_drawn_as_the_main_action(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: Seen = []
    _look_at_and_close(seen, "Cancel")
    assert not messages.confirm(
        parent, "Remove Sam?", "Sam will be gone. A backup is kept.", "Remove"
    )
    ((happened, to_do, buttons, default),) = seen
    assert (happened, to_do, default) == ("Sam will be gone.", "A backup is kept.", "Cancel")
    assert ("Remove", "destructive") in buttons


def test_an_action_that_removes_nothing_is_the_primary_one(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: Seen = []
    _look_at_and_close(seen, "Make a new key")
    assert messages.confirm(
        parent, "New key", "A new key is made.", "Make a new key", destructive=False
    )
    ((_, _, buttons, default),) = seen
    assert ("Make a new key", "primary") in buttons and default == "Cancel"
    assert QApplication.activeModalWidget() is None


def test_a_long_first_sentence_wraps_whole_inside_the_box(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    cut: list[bool] = []

    def handle(dialog: object) -> None:
        assert isinstance(dialog, QMessageBox)
        label = dialog.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        needed = label.fontMetrics().horizontalAdvance(label.text())
        # Either the line fits, or it wraps onto more lines inside the label.
        cut.append(not label.wordWrap() and needed > label.width())
        dialog.reject()

    answer_dialogs(handle)
    messages.confirm(
        parent,
        "Delete this reflection?",
        "It will be gone from your journal and from search, and from every list and count "
        "that shows it today. A backup from just before is kept for about five weeks.",
        "Delete",
    )
    assert cut == [False]
