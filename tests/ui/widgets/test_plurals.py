"""The plural helpers, and the passphrase hints that count characters."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reflect.ui.widgets import passphrase_fields
from reflect.ui.widgets.passphrase_fields import PassphraseFields
from reflect.ui.widgets.plurals import FRACTION_FORM, english_plural, plural_count


def test_english_resolves_the_s_for_one_and_for_any_other_count() -> None:
    assert english_plural("1 packet(s) waiting", 1) == "1 packet waiting"
    for n in (0, 2, 21):
        assert english_plural(f"{n} packet(s) waiting", n) == f"{n} packets waiting"


def test_a_number_with_decimals_takes_the_plural_form() -> None:
    assert [plural_count(v) for v in (0, 1, 1.0, 2, 24)] == [0, 1, 1, 2, 24]
    assert [plural_count(v) for v in (0.5, 1.5, 1.25, 23.5)] == [FRACTION_FORM] * 4
    assert english_plural("1.5 hour(s)", plural_count(1.5)) == "1.5 hours"


@pytest.mark.parametrize(("least", "unit"), [(1, "character"), (2, "characters")])
def test_the_passphrase_hints_count_characters(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, least: int, unit: str
) -> None:
    monkeypatch.setattr(passphrase_fields, "MIN_LENGTH", least)
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    assert fields.strength_hint().startswith(f"At least {least} {unit}. A short sentence")
    if least == 2:
        qtbot.keyClicks(fields.first_field, "a")
        assert fields.problem() == "The new passphrase needs at least 2 characters."
        assert fields.strength_hint() == "Too short — at least 2 characters."
