"""The key file of another journal, told truthfully: each key is told what is really wrong.

Journal A's database with journal B's key file beside it (copied by hand, or by a sync tool
that mixed two folders). The backups of A, encrypted with A's key, tell a copied key file
apart from a damaged journal file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reflect.domain.errors import (
    DamagedJournal,
    ForeignKeyFile,
    JournalMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from reflect.storage.journal import Journal
from reflect.storage.key_slot import KdfParams
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import reflection

SMALL = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASS_A = "passphrase of journal A"
PASS_B = "passphrase of journal B"


def _make(folder: Path, passphrase: str, *, backup: bool) -> tuple[JournalPaths, str, str]:
    paths = JournalPaths(folder)
    journal, recovery_key = Journal.create(paths, passphrase, kdf=SMALL)
    with journal:
        uuid = journal.add_reflection(reflection(f"written in {folder.name}")).uuid
        if backup:
            journal.create_backup("manual")
    return paths, recovery_key, uuid


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[JournalPaths, str, str]]:
    root = tmp_path_factory.mktemp("pair")
    return {
        "A": _make(root / "A", PASS_A, backup=True),
        "B": _make(root / "B", PASS_B, backup=True),
        "A same passphrase": _make(root / "A2", PASS_B, backup=True),
        "A without backups": _make(root / "A3", PASS_A, backup=False),
    }


def _mixed(
    pair: dict[str, tuple[JournalPaths, str, str]], journal: str, tmp_path: Path
) -> JournalPaths:
    """A copy of `journal` (database and backups) with B's key file beside it."""
    source = pair[journal][0]
    paths = JournalPaths(tmp_path / "mixed")
    shutil.copytree(source.folder, paths.folder)
    shutil.copy2(pair["B"][0].keys, paths.keys)
    return paths


def test_right_recovery_key_opens_and_keeps_the_other_key_file_aside(
    pair: dict[str, tuple[JournalPaths, str, str]], tmp_path: Path
) -> None:
    paths = _mixed(pair, "A", tmp_path)
    _, recovery_key, uuid = pair["A"]
    with Journal.open_with_recovery_key(paths, recovery_key, auto_backup=False) as journal:
        assert journal.get_reflection(uuid).uuid == uuid
        kept = journal.change_passphrase("a new passphrase for A", kdf=SMALL)
    assert kept is not None and "other-journal" in kept.name
    assert kept.read_bytes() == pair["B"][0].keys.read_bytes()
    with Journal.open(paths, "a new passphrase for A", auto_backup=False) as journal:
        assert journal.get_reflection(uuid).uuid == uuid


def test_right_passphrase_is_not_told_it_is_wrong(
    pair: dict[str, tuple[JournalPaths, str, str]], tmp_path: Path
) -> None:
    paths = _mixed(pair, "A", tmp_path)
    with pytest.raises(WrongPassphrase) as error:
        Journal.open(paths, PASS_A, auto_backup=False)
    sentence = error.value.sentence
    assert "key file" in sentence and "another journal" in sentence
    assert "recovery key" in sentence


def test_same_passphrase_for_both_journals_is_told_the_key_file_is_another_journals(
    pair: dict[str, tuple[JournalPaths, str, str]], tmp_path: Path
) -> None:
    paths = _mixed(pair, "A same passphrase", tmp_path)
    with pytest.raises(ForeignKeyFile) as error:
        Journal.open(paths, PASS_B, auto_backup=False)
    assert "belongs to another journal" in error.value.sentence
    assert "damaged" not in error.value.sentence


def test_other_journals_recovery_key_is_not_told_the_journal_is_damaged(
    pair: dict[str, tuple[JournalPaths, str, str]], tmp_path: Path
) -> None:
    paths = _mixed(pair, "A", tmp_path)
    with pytest.raises(WrongRecoveryKey) as error:
        Journal.open_with_recovery_key(paths, pair["B"][1], auto_backup=False)
    sentence = error.value.sentence
    assert "another journal" in sentence and "printed for this journal" in sentence
    assert "damaged" not in sentence


def test_without_backups_both_possibilities_are_named(
    pair: dict[str, tuple[JournalPaths, str, str]], tmp_path: Path
) -> None:
    paths = _mixed(pair, "A without backups", tmp_path)
    with pytest.raises(DamagedJournal) as by_passphrase:
        Journal.open(paths, PASS_B, auto_backup=False)
    with pytest.raises(DamagedJournal) as by_recovery_key:
        Journal.open_with_recovery_key(paths, pair["B"][1], auto_backup=False)
    for error in (by_passphrase.value, by_recovery_key.value):
        assert "another journal" in error.sentence and "damaged" in error.sentence


def test_a_damaged_journal_file_is_still_called_damaged(
    pair: dict[str, tuple[JournalPaths, str, str]], tmp_path: Path
) -> None:
    source, recovery_key, _ = pair["A"]
    paths = JournalPaths(tmp_path / "damaged")
    shutil.copytree(source.folder, paths.folder)
    data = bytearray(paths.database.read_bytes())
    data[100:200] = bytes(100)  # the first page: no key can read it now
    paths.database.write_bytes(bytes(data))
    with pytest.raises(DamagedJournal) as by_passphrase:
        Journal.open(paths, PASS_A, auto_backup=False)
    with pytest.raises(DamagedJournal):
        Journal.open_with_recovery_key(paths, recovery_key, auto_backup=False)
    assert "restore" in by_passphrase.value.sentence


def test_key_file_without_its_journal_is_reported_missing(
    pair: dict[str, tuple[JournalPaths, str, str]], tmp_path: Path
) -> None:
    source, recovery_key, _ = pair["A"]
    paths = JournalPaths(tmp_path / "moved")
    paths.folder.mkdir()
    shutil.copy2(source.keys, paths.keys)
    with pytest.raises(JournalMissing):
        Journal.open(paths, PASS_A, auto_backup=False)
    with pytest.raises(JournalMissing):
        Journal.open_with_recovery_key(paths, recovery_key, auto_backup=False)
    assert not paths.database.exists()
