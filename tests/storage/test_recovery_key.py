"""The recovery key can be typed back by a person, and a typo is caught, not mistaken."""

from __future__ import annotations

import os

import pytest

from reflect.domain.errors import InvalidRecoveryKey
from reflect.storage.recovery_key import ALPHABET, decode_recovery_key, encode_recovery_key


def test_round_trip_in_groups_of_four() -> None:
    key = os.urandom(32)
    typed = encode_recovery_key(key)
    groups = typed.split("-")
    assert len(groups) == 14
    assert all(len(group) == 4 for group in groups)
    assert decode_recovery_key(typed) == key


def test_typed_loosely_still_reads() -> None:
    key = os.urandom(32)
    typed = encode_recovery_key(key)
    loose = " ".join(typed.lower().split("-"))
    assert decode_recovery_key(loose) == key
    assert decode_recovery_key(typed.replace("0", "O").replace("1", "l")) == key


def test_every_single_character_typo_is_caught() -> None:
    key = os.urandom(32)
    typed = encode_recovery_key(key).replace("-", "")
    caught = 0
    for position in range(len(typed)):
        wrong = next(ch for ch in ALPHABET if ch != typed[position])
        mistyped = typed[:position] + wrong + typed[position + 1 :]
        with pytest.raises(InvalidRecoveryKey):
            decode_recovery_key(mistyped)
        caught += 1
    assert caught == len(typed)


@pytest.mark.parametrize("typed", ["", "ABCD", "not a key at all", "U" * 56])
def test_garbage_is_a_clear_typo_error(typed: str) -> None:
    with pytest.raises(InvalidRecoveryKey) as error:
        decode_recovery_key(typed)
    assert "typing mistake" in str(error.value)
