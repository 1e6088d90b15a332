"""The passphrase wraps the database key; nothing readable about it is stored."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reflect.domain.errors import KeyFileMissing, PassphraseTooShort, WrongPassphrase
from reflect.storage.key_slot import KdfParams, build_slot, unwrap_slot, write_slot


def test_slot_uses_argon2id_with_at_least_64_mib(tmp_path: Path) -> None:
    key = os.urandom(32)
    write_slot(tmp_path / "keys", "correct horse battery", key)
    document = json.loads((tmp_path / "keys").read_text())
    assert document["kdf"] == "argon2id"
    assert document["memory_kib"] >= 64 * 1024
    assert key.hex() not in (tmp_path / "keys").read_text()
    assert unwrap_slot(tmp_path / "keys", "correct horse battery") == key


def test_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    write_slot(tmp_path / "keys", "correct horse battery", os.urandom(32))
    with pytest.raises(WrongPassphrase):
        unwrap_slot(tmp_path / "keys", "correct horse batterY")


@pytest.mark.parametrize("passphrase", ["", "       ", "short", "1234567"])
def test_empty_or_short_passphrases_are_refused(passphrase: str) -> None:
    with pytest.raises(PassphraseTooShort) as error:
        build_slot(passphrase, os.urandom(32), KdfParams())
    assert "at least 8 characters" in str(error.value)


@pytest.mark.parametrize("content", [None, b"", b"{not json", b'{"format": "other"}'])
def test_missing_or_unreadable_key_file_points_to_the_recovery_key(
    tmp_path: Path, content: bytes | None
) -> None:
    if content is not None:
        (tmp_path / "keys").write_bytes(content)
    with pytest.raises(KeyFileMissing) as error:
        unwrap_slot(tmp_path / "keys", "correct horse battery")
    assert "recovery key" in str(error.value)
