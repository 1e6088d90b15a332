"""Files that are not a readable jrnl journal: each refused whole, naming the file."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from reflect.exchange.readers import read_entries
from reflect.exchange.readers.problems import (
    JRNL_NOT_TEXT,
    NOT_A_REGULAR_FILE,
    TEXT_TOO_LARGE,
    ZIP_GIVEN_AS_JRNL,
    EncryptedJrnl,
    ImportNotFound,
    ImportTooLarge,
    NotAFile,
    NotText,
    NotUtf8,
    WrongFormat,
)


def test_a_journal_jrnl_encrypted_says_to_decrypt_it_with_jrnl(imports: Path) -> None:
    with pytest.raises(EncryptedJrnl) as raised:
        read_entries("jrnl", imports / "jrnl" / "encrypted.txt")

    assert "jrnl --decrypt" in raised.value.sentence
    assert raised.value.file == "encrypted.txt"


def test_a_journal_of_jrnl_2s_encryption_is_known_by_its_mark(tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_bytes(b"gAAAAABlZ3Vlc3Nfbm90X3JlYWxseV9hX3Rva2Vu" * 4)

    with pytest.raises(EncryptedJrnl):
        read_entries("jrnl", path)


def test_binary_bytes_are_refused_as_not_text_with_the_decrypt_advice(tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_bytes(random.Random(7).randbytes(4096))  # jrnl 1.x encrypted: raw bytes

    with pytest.raises(NotText) as raised:
        read_entries("jrnl", path)

    assert raised.value.sentence == JRNL_NOT_TEXT


def test_text_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_bytes(
        "[2024-03-05 10:00] Visita\nla mamá\n".encode() + "y el niño\n".encode("latin-1")
    )

    with pytest.raises(NotUtf8) as raised:
        read_entries("jrnl", path)

    assert (raised.value.file, raised.value.line) == ("journal.txt", 3)


def test_a_byte_order_mark_and_utf16_are_read_as_text(imports: Path, tmp_path: Path) -> None:
    text = (imports / "jrnl" / "journal.txt").read_text(encoding="utf-8")
    with_mark = tmp_path / "bom.txt"
    with_mark.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.encode("utf-16"))  # Notepad's "Unicode"

    expected = read_entries("jrnl", imports / "jrnl" / "journal.txt").entries
    assert read_entries("jrnl", with_mark).entries == expected
    assert read_entries("jrnl", utf16).entries == expected


def test_a_folder_chosen_as_a_journal_file_is_refused(imports: Path) -> None:
    with pytest.raises(NotAFile) as raised:
        read_entries("jrnl", imports / "jrnl")

    assert raised.value.file == "jrnl"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "journal.txt"
    os.mkfifo(pipe)

    with pytest.raises(NotAFile) as raised:
        read_entries("jrnl", pipe)

    assert raised.value.sentence == NOT_A_REGULAR_FILE


def test_a_10_gb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    with path.open("wb") as handle:
        handle.truncate(10 * 1024**3)  # sparse: takes no room on the disk

    started = time.perf_counter()
    with pytest.raises(ImportTooLarge) as raised:
        read_entries("jrnl", path)

    assert raised.value.sentence == TEXT_TOO_LARGE
    assert time.perf_counter() - started < 1


def test_a_zip_chosen_as_jrnl_is_told_apart(imports: Path) -> None:
    with pytest.raises(WrongFormat) as raised:
        read_entries("jrnl", imports / "dayone" / "export.zip")

    assert raised.value.sentence == ZIP_GIVEN_AS_JRNL


def test_a_file_gone_since_it_was_chosen_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportNotFound) as raised:
        read_entries("jrnl", tmp_path / "gone.txt")

    assert raised.value.file == "gone.txt"
