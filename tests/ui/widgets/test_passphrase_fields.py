"""The new-passphrase block: typed twice, hidden by default, with a plain hint on strength."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from reflect.ui.widgets.passphrase_fields import PassphraseFields, Strength, estimate_strength


@pytest.fixture
def fields(qtbot: QtBot) -> PassphraseFields:
    widget = PassphraseFields()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _label(fields: PassphraseFields, name: str) -> QLabel:
    (label,) = [w for w in fields.findChildren(QLabel) if w.accessibleDescription() == name]
    return label


def _type_both(qtbot: QtBot, fields: PassphraseFields, first: str, second: str) -> None:
    qtbot.keyClicks(fields.first_field, first)
    qtbot.keyClicks(fields.last_field, second)


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("", Strength.EMPTY),
        ("   ", Strength.EMPTY),
        ("kettle", Strength.TOO_SHORT),
        ("  kettle  ", Strength.TOO_SHORT),
        ("aaaaaaaaaaaaaaaa", Strength.WEAK),
        ("12121212", Strength.WEAK),
        ("sunflower", Strength.OK),
        ("blue kettle sings", Strength.STRONG),
        ("Sunflower2026", Strength.STRONG),
    ],
)
def test_strength_grows_with_length_and_variety(text: str, strength: Strength) -> None:
    assert estimate_strength(text) is strength


def test_the_hint_changes_in_plain_words_as_the_visitor_types(
    qtbot: QtBot, fields: PassphraseFields
) -> None:
    hint = _label(fields, "Passphrase strength")
    assert "at least 8 characters" in hint.text().lower()
    qtbot.keyClicks(fields.first_field, "kettle")
    assert hint.text() == "Too short — at least 8 characters."
    qtbot.keyClicks(fields.first_field, "ee")  # long enough, but only four letters repeated
    assert hint.text() == "Easy to guess — a short sentence of a few words is much stronger."
    fields.first_field.clear()
    qtbot.keyClicks(fields.first_field, "sunflower")
    assert hint.text() == "OK — longer is stronger: try a short sentence."
    qtbot.keyClicks(fields.first_field, " by the gate")
    assert hint.text() == "Strong."
    assert fields.first_field.accessibleDescription() == "Strong."


def test_different_passphrases_are_named_as_the_problem(
    qtbot: QtBot, fields: PassphraseFields
) -> None:
    match = _label(fields, "Whether the passphrases match")
    _type_both(qtbot, fields, "blue kettle sings", "blue kettle")
    assert not match.isVisible()  # still typing the second time: nothing to say yet
    qtbot.keyClicks(fields.last_field, "x")
    assert match.isVisible()
    assert match.text() == "The two passphrases are different."
    assert fields.problem() == "The two passphrases are different."
    assert not fields.valid()
    qtbot.keyClick(fields.last_field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(fields.last_field, " sings")
    assert match.text() == "The two passphrases match."
    assert fields.valid()
    assert fields.problem() == ""
    assert fields.passphrase() == "blue kettle sings"


def test_eight_characters_are_counted_without_spaces_at_the_ends(
    qtbot: QtBot, fields: PassphraseFields
) -> None:
    assert fields.problem() == "Please choose a new passphrase."
    _type_both(qtbot, fields, "  kettle  ", "  kettle  ")
    assert not fields.valid()
    assert fields.problem() == "The new passphrase needs at least 8 characters."
    fields.clear()
    qtbot.keyClicks(fields.first_field, "kettles!")
    assert fields.problem() == "Please type the new passphrase a second time."
    qtbot.keyClicks(fields.last_field, "kettles!")
    assert fields.valid()


def test_typing_emits_changed(qtbot: QtBot, fields: PassphraseFields) -> None:
    with qtbot.waitSignal(fields.changed, timeout=1000):
        qtbot.keyClicks(fields.first_field, "a")


def test_passphrases_stay_hidden_until_the_visitor_asks(
    qtbot: QtBot, fields: PassphraseFields
) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    other.setEchoMode(QLineEdit.EchoMode.Password)
    fields.also_reveal(other)
    boxes = [fields.first_field, fields.last_field, other]
    assert all(box.echoMode() == QLineEdit.EchoMode.Password for box in boxes)
    toggle = fields.findChild(QCheckBox)
    assert toggle is fields.show_toggle
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert all(box.echoMode() == QLineEdit.EchoMode.Normal for box in boxes)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert all(box.echoMode() == QLineEdit.EchoMode.Password for box in boxes)


def test_clear_empties_both_boxes_and_hides_them_again(
    qtbot: QtBot, fields: PassphraseFields
) -> None:
    _type_both(qtbot, fields, "blue kettle sings", "blue kettle sings")
    qtbot.mouseClick(fields.show_toggle, Qt.MouseButton.LeftButton)
    fields.clear()
    assert fields.first_field.text() == fields.last_field.text() == ""
    assert not fields.show_toggle.isChecked()
    assert fields.first_field.echoMode() == QLineEdit.EchoMode.Password
    assert not _label(fields, "Whether the passphrases match").isVisible()


def test_tab_goes_first_box_second_box_toggle(qtbot: QtBot, fields: PassphraseFields) -> None:
    fields.first_field.setFocus()
    qtbot.keyClick(fields.first_field, Qt.Key.Key_Tab)
    assert fields.last_field.hasFocus()
    qtbot.keyClick(fields.last_field, Qt.Key.Key_Tab)
    assert fields.show_toggle.hasFocus()
