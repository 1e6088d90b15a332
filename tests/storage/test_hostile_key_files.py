"""A key file beside the journal can be anything; it is refused as damaged, never a hang.

Each hostile key file is refused with the damaged-key-file sentence within 2 seconds, and
the recovery key still opens the journal from the database alone, whatever the key file is.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from reflect.domain.errors import DamagedJournal, KeyFileDamaged
from reflect.storage.journal import Journal
from reflect.storage.key_slot import KdfParams, build_slot
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE
from tests.helpers.watchdog import within

SMALL = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
LIMIT_SECONDS = 2.0


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[JournalPaths, str, str]:
    """One journal with one reflection, closed: its paths, recovery key and reflection id."""
    paths = JournalPaths(tmp_path_factory.mktemp("original") / "journal")
    journal, recovery_key = Journal.create(paths, PASSPHRASE, kdf=SMALL)
    with journal:
        uuid = journal.add_reflection(reflection("kept through a hostile key file")).uuid
    return paths, recovery_key, uuid


def _slot(**changes: object) -> dict[str, object]:
    document: dict[str, object] = json.loads(build_slot(PASSPHRASE, os.urandom(32), SMALL))
    document.update(changes)
    return document


def _json(**changes: object) -> Callable[[Path], None]:
    return lambda path: path.write_text(json.dumps(_slot(**changes)))


def _raw(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _deep(path: Path) -> None:
    path.write_text("[" * 100_000 + "]" * 100_000)


def _huge(path: Path) -> None:
    path.write_bytes(b" " * (10 * 1024 * 1024) + json.dumps(_slot()).encode())


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir()


def _duplicate_keys(path: Path) -> None:
    text = json.dumps(_slot())
    path.write_text(text[:-1] + ', "memory_kib": 2147483647}')


def _nan(path: Path) -> None:
    path.write_text(json.dumps(_slot(memory_kib=float("nan"))))


def _long_number(path: Path) -> None:
    text = json.dumps(_slot(memory_kib=0))
    path.write_text(text.replace('"memory_kib": 0', '"memory_kib": ' + "9" * 100_000))


HOSTILE: dict[str, Callable[[Path], None]] = {
    "memory 2^31-1 KiB": _json(memory_kib=2**31 - 1),
    "memory 2^64 KiB": _json(memory_kib=2**64),
    "memory 100000 digits": _long_number,
    "memory 1 GiB + 1 KiB": _json(memory_kib=1024 * 1024 + 1),
    "memory 4 MiB": _json(memory_kib=4 * 1024),
    "memory negative": _json(memory_kib=-65536),
    "memory float": _json(memory_kib=65536.5),
    "memory string": _json(memory_kib="65536"),
    "memory true": _json(memory_kib=True),
    "memory NaN": _nan,
    "passes 2^31-1": _json(iterations=2**31 - 1),
    "passes 0": _json(iterations=0),
    "passes 11": _json(iterations=11),
    "passes negative": _json(iterations=-3),
    "lanes 0": _json(lanes=0),
    "lanes 17": _json(lanes=17),
    "lanes 2^32": _json(lanes=2**32),
    "lanes bool": _json(lanes=False),
    "salt 15 bytes": _json(salt="AAAAAAAAAAAAAAAAAAAA"),
    "salt 1 MB": _json(salt="A" * 1_000_000),
    "salt not base64": _json(salt="!!!!!!!!!!!!!!!!!!!!!!!!"),
    "nonce 16 bytes": _json(nonce="AAAAAAAAAAAAAAAAAAAAAA=="),
    "wrapped key 32 bytes": _json(wrapped_key="A" * 44),
    "wrapped key a number": _json(wrapped_key=12),
    "key check short": _json(key_check="abc"),
    "key check not hex": _json(key_check="z" * 32),
    "key check list": _json(key_check=["a"]),
    "version 2": _json(version=2),
    "version string": _json(version="1"),
    "version true": _json(version=True),
    "kdf scrypt": _json(kdf="scrypt"),
    "not an object": _raw(b"[1, 2, 3]"),
    "nesting 100000 deep": _deep,
    "10 MB file": _huge,
    "invalid UTF-8": _raw(b'{"format": "reflect-key-slot\xff\xfe"}'),
    "duplicate keys": _duplicate_keys,
    "empty": _raw(b""),
    "a folder": _folder,
}
if hasattr(os, "mkfifo"):
    HOSTILE["a FIFO"] = _fifo
if Path("/dev/zero").exists():
    HOSTILE["/dev/zero behind a symlink"] = _dev_zero


def _copy(
    original: tuple[JournalPaths, str, str], tmp_path: Path, make: Callable[[Path], None]
) -> JournalPaths:
    paths = JournalPaths(tmp_path / "journal")
    paths.folder.mkdir(mode=0o700)
    shutil.copy2(original[0].database, paths.database)
    make(paths.keys)
    return paths


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_key_file_is_refused_as_damaged_within_two_seconds(
    original: tuple[JournalPaths, str, str], tmp_path: Path, make: Callable[[Path], None]
) -> None:
    paths = _copy(original, tmp_path, make)
    with pytest.raises(KeyFileDamaged) as error:
        within(LIMIT_SECONDS, lambda: Journal.open(paths, PASSPHRASE, auto_backup=False))
    assert "damaged" in error.value.sentence
    assert "recovery key" in error.value.sentence


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_recovery_key_opens_the_journal_whatever_the_key_file(
    original: tuple[JournalPaths, str, str], tmp_path: Path, make: Callable[[Path], None]
) -> None:
    paths = _copy(original, tmp_path, make)
    _, recovery_key, uuid = original

    def recover() -> Journal:
        return Journal.open_with_recovery_key(paths, recovery_key, auto_backup=False)

    with within(LIMIT_SECONDS, recover) as journal:
        assert "hostile" in journal.get_reflection(uuid).answers[0].text
        journal.change_passphrase("a fresh passphrase", kdf=SMALL)
    kept_aside = [p for p in paths.folder.iterdir() if p.name.startswith("journal.keys.")]
    assert len(kept_aside) == 1, "the bad key file is kept aside, never deleted"
    with Journal.open(paths, "a fresh passphrase", auto_backup=False) as journal:
        assert journal.get_reflection(uuid).uuid == uuid


STRANGE_JOURNAL: dict[str, Callable[[Path], None]] = {"a folder": _folder}
if hasattr(os, "mkfifo"):
    STRANGE_JOURNAL["a FIFO"] = _fifo
if Path("/dev/zero").exists():
    STRANGE_JOURNAL["/dev/zero behind a symlink"] = _dev_zero


@pytest.mark.parametrize("make", STRANGE_JOURNAL.values(), ids=STRANGE_JOURNAL.keys())
def test_a_journal_file_that_is_not_a_file_gives_a_sentence_within_two_seconds(
    original: tuple[JournalPaths, str, str], tmp_path: Path, make: Callable[[Path], None]
) -> None:
    paths = JournalPaths(tmp_path / "journal")
    paths.folder.mkdir()
    shutil.copy2(original[0].keys, paths.keys)
    make(paths.database)
    for attempt in (
        lambda: Journal.open(paths, PASSPHRASE, auto_backup=False),
        lambda: Journal.open_with_recovery_key(paths, original[1], auto_backup=False),
    ):
        with pytest.raises(DamagedJournal) as error:
            within(LIMIT_SECONDS, attempt)
        assert "not a file" in error.value.sentence
