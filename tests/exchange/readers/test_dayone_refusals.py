"""Day One files that cannot be trusted or read: refused whole, before anything is unpacked."""

from __future__ import annotations

import json
import os
import random
import time
import zipfile
from pathlib import Path

import pytest

from reflect.exchange.readers import dayone_zip, read_entries
from reflect.exchange.readers.problems import (
    DAYONE_ENTRY_DAMAGED,
    DAYONE_ZIP_WITHOUT_JOURNAL,
    JRNL_GIVEN_AS_DAYONE,
    JSON_BAD_DATE,
    JSON_DAMAGED,
    NOT_DAYONE,
    TEXT_TOO_LARGE,
    ZIP_BOMB,
    ZIP_DAMAGED,
    ZIP_TOO_LARGE,
    ZIP_TOO_MANY,
    BadDate,
    DamagedImport,
    ImportRefused,
    ImportTooLarge,
    NotAFile,
    NotText,
    WrongFormat,
    ZipEscapes,
)


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_bomb_is_refused_from_its_declared_size(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "export.zip", {"Journal.json": b" " * (51 * 1024 * 1024)})
    assert bomb.stat().st_size < 1024 * 1024

    started = time.perf_counter()
    with pytest.raises(ImportTooLarge) as raised:
        read_entries("dayone", bomb)

    assert raised.value.sentence == ZIP_BOMB
    assert time.perf_counter() - started < 2


def test_a_zip_bomb_that_lies_about_its_size_unpacks_no_further(tmp_path: Path) -> None:
    honest = _zip(tmp_path / "export.zip", {"Journal.json": b" " * (4 * 1024 * 1024)})
    raw = bytearray(honest.read_bytes())
    true_size = (4 * 1024 * 1024).to_bytes(4, "little")
    # The unpacked size, in the file's own header and in the directory: claim 100 bytes.
    for at in (raw.find(b"PK\x03\x04") + 22, raw.find(b"PK\x01\x02") + 24):
        assert raw[at : at + 4] == true_size
        raw[at : at + 4] = (100).to_bytes(4, "little")
    honest.write_bytes(bytes(raw))

    with pytest.raises(ImportRefused) as raised:
        read_entries("dayone", honest)

    assert raised.value.sentence in {ZIP_DAMAGED, ZIP_BOMB}


def test_names_that_point_outside_the_zip_are_refused_and_nothing_is_written(
    imports: Path, tmp_path: Path
) -> None:
    journal = (imports / "dayone" / "Journal.json").read_bytes()
    inside = tmp_path / "inside"
    inside.mkdir()
    path = _zip(inside / "export.zip", {"Journal.json": journal, "../../escaped.json": journal})

    with pytest.raises(ZipEscapes) as raised:
        read_entries("dayone", path)

    assert raised.value.file == "export.zip"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["export.zip", "inside"]


@pytest.mark.parametrize("name", ["/etc/Journal.json", "C:\\Users\\Journal.json"])
def test_absolute_names_in_a_zip_are_refused(imports: Path, tmp_path: Path, name: str) -> None:
    path = _zip(tmp_path / "export.zip", {name: b"{}"})

    with pytest.raises(ZipEscapes):
        read_entries("dayone", path)


def test_a_zip_cut_short_is_refused_as_damaged(imports: Path, tmp_path: Path) -> None:
    whole = (imports / "dayone" / "export.zip").read_bytes()
    path = tmp_path / "export.zip"
    path.write_bytes(whole[: len(whole) // 2])

    with pytest.raises(DamagedImport) as raised:
        read_entries("dayone", path)

    assert raised.value.sentence == ZIP_DAMAGED


def test_a_zip_with_no_journal_in_it_is_told_so(tmp_path: Path) -> None:
    path = _zip(tmp_path / "photos.zip", {"photos/a.jpeg": b"\xff\xd8"})

    with pytest.raises(WrongFormat) as raised:
        read_entries("dayone", path)

    assert raised.value.sentence == DAYONE_ZIP_WITHOUT_JOURNAL


def test_a_zip_listing_too_many_files_is_refused_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dayone_zip, "MAX_ZIP_MEMBERS", 1000)
    path = _zip(tmp_path / "export.zip", {"Journal.json": b"{}"})
    raw = bytearray(path.read_bytes())
    end = raw.rfind(b"PK\x05\x06")
    raw[end + 10 : end + 12] = (65_000).to_bytes(2, "little")  # what the directory claims
    path.write_bytes(bytes(raw))

    with pytest.raises(ImportTooLarge) as raised:
        read_entries("dayone", path)

    assert raised.value.sentence == ZIP_TOO_MANY


def test_a_zip_over_200_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(201 * 1024 * 1024)

    with pytest.raises(ImportTooLarge) as raised:
        read_entries("dayone", path)

    assert raised.value.sentence == ZIP_TOO_LARGE


def test_a_json_file_over_50_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    with path.open("wb") as handle:
        handle.write(b"{")
        handle.truncate(10 * 1024**3)

    with pytest.raises(ImportTooLarge) as raised:
        read_entries("dayone", path)

    assert raised.value.sentence == TEXT_TOO_LARGE


def test_a_json_file_cut_short_names_its_last_line(imports: Path, tmp_path: Path) -> None:
    whole = (imports / "dayone" / "Journal.json").read_text(encoding="utf-8")
    path = tmp_path / "Journal.json"
    path.write_text(whole[: len(whole) // 2], encoding="utf-8")

    with pytest.raises(DamagedImport) as raised:
        read_entries("dayone", path)

    assert raised.value.sentence == JSON_DAMAGED
    assert raised.value.line == whole[: len(whole) // 2].count("\n") + 1


def test_a_date_that_does_not_read_names_its_line_and_entry(tmp_path: Path) -> None:
    entries = [
        {"uuid": "A" * 32, "creationDate": "2023-05-01T14:03:12Z", "text": "Fine"},
        {"uuid": "B" * 32, "creationDate": "yesterday", "text": "Broken"},
    ]
    text = json.dumps({"metadata": {}, "entries": entries}, indent=2)
    path = tmp_path / "Journal.json"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(BadDate) as raised:
        read_entries("dayone", path)

    assert raised.value.sentence == JSON_BAD_DATE
    assert raised.value.entry == 2
    assert raised.value.line == text[: text.index('"yesterday"')].count("\n") + 1


def test_an_entry_without_its_id_is_refused_naming_it_inside_the_zip(tmp_path: Path) -> None:
    document = {"metadata": {}, "entries": [{"creationDate": "2023-05-01T14:03:12Z"}]}
    path = _zip(tmp_path / "export.zip", {"Work.json": json.dumps(document).encode()})

    with pytest.raises(DamagedImport) as raised:
        read_entries("dayone", path)

    assert raised.value.sentence == DAYONE_ENTRY_DAMAGED
    assert raised.value.where == "export.zip/Work.json, entry 1"


@pytest.mark.parametrize("name", ["jrnl/journal.txt", "jrnl/journal.json", "jrnl/encrypted.txt"])
def test_a_jrnl_journal_chosen_as_day_one_says_to_choose_jrnl(imports: Path, name: str) -> None:
    with pytest.raises(WrongFormat) as raised:
        read_entries("dayone", imports / name)

    assert raised.value.sentence == JRNL_GIVEN_AS_DAYONE


def test_other_text_is_not_taken_for_day_one(imports: Path) -> None:
    with pytest.raises(WrongFormat) as raised:
        read_entries("dayone", imports / "markdown" / "2024-03-05.md")

    assert raised.value.sentence == NOT_DAYONE


def test_binary_junk_is_refused_as_not_text(tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    path.write_bytes(random.Random(11).randbytes(4096))

    with pytest.raises(NotText) as raised:
        read_entries("dayone", path)

    assert raised.value.file == "Journal.json"


def test_a_folder_chosen_as_an_export_is_refused(imports: Path) -> None:
    with pytest.raises(NotAFile):
        read_entries("dayone", imports / "dayone")


def test_nothing_is_unpacked_to_disk(imports: Path, tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes((imports / "dayone" / "export.zip").read_bytes())
    before = set(os.listdir(tmp_path))

    read_entries("dayone", path)

    assert set(os.listdir(tmp_path)) == before
