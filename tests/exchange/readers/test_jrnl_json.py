"""jrnl's JSON export: the same entries, with the same keys, as the journal file it came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflect.exchange.readers import read_entries
from reflect.exchange.readers.problems import (
    DAYONE_GIVEN_AS_JRNL,
    JRNL_ENTRY_DAMAGED,
    JSON_BAD_DATE,
    JSON_DAMAGED,
    NOT_JRNL_JSON,
    BadDate,
    DamagedImport,
    WrongFormat,
)


def _export(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("journal", ["journal", "older"])
def test_the_export_gives_what_the_journal_file_gives(imports: Path, journal: str) -> None:
    from_text = read_entries("jrnl", imports / "jrnl" / f"{journal}.txt")
    from_json = read_entries("jrnl", imports / "jrnl" / f"{journal}.json")

    assert from_json.entries == from_text.entries  # keys too: importing both adds nothing twice


def test_stars_tags_and_text_come_from_the_export(imports: Path) -> None:
    entries = read_entries("jrnl", imports / "jrnl" / "journal.json").entries

    assert entries[1].starred
    assert entries[1].body.startswith("The baby cried the whole visit 😢")
    assert entries[0].themes == ("familia", "sueño")


def test_an_export_with_no_entries_is_an_empty_preview(tmp_path: Path) -> None:
    preview = read_entries("jrnl", _export(tmp_path, '{"tags": {}, "entries": []}'))

    assert preview.entries == ()


def test_an_export_cut_short_names_the_line_where_it_stops(imports: Path, tmp_path: Path) -> None:
    whole = (imports / "jrnl" / "journal.json").read_text(encoding="utf-8")
    cut = whole[: whole.index('"Hard afternoon"') + 5]

    with pytest.raises(DamagedImport) as raised:
        read_entries("jrnl", _export(tmp_path, cut))

    assert raised.value.sentence == JSON_DAMAGED
    assert raised.value.line == cut.count("\n") + 1


def test_a_date_that_does_not_read_names_its_line_and_entry(tmp_path: Path) -> None:
    document = {
        "tags": {},
        "entries": [
            {"title": "Fine", "body": "", "date": "2024-03-05", "time": "09:30", "tags": []},
            {"title": "Bad", "body": "", "date": "2024-02-30", "time": "09:30", "tags": []},
        ],
    }

    text = json.dumps(document, indent=2)
    line = text[: text.index('"2024-02-30"')].count("\n") + 1

    with pytest.raises(BadDate) as raised:
        read_entries("jrnl", _export(tmp_path, text))

    assert raised.value.sentence == JSON_BAD_DATE
    assert raised.value.entry == 2
    assert line > 10
    assert raised.value.where == f"export.json, line {line}"


def test_an_entry_without_its_date_is_refused_naming_the_entry(tmp_path: Path) -> None:
    document = {"tags": {}, "entries": [{"title": "No date", "body": "", "time": "09:30"}]}

    with pytest.raises(DamagedImport) as raised:
        read_entries("jrnl", _export(tmp_path, json.dumps(document)))

    assert raised.value.sentence == JRNL_ENTRY_DAMAGED
    assert raised.value.where == "export.json, entry 1"


def test_a_day_one_export_chosen_as_jrnl_says_to_choose_day_one(imports: Path) -> None:
    with pytest.raises(WrongFormat) as raised:
        read_entries("jrnl", imports / "dayone" / "Journal.json")

    assert raised.value.sentence == DAYONE_GIVEN_AS_JRNL
    assert raised.value.file == "Journal.json"


def test_other_json_is_not_taken_for_a_jrnl_export(tmp_path: Path) -> None:
    with pytest.raises(WrongFormat) as raised:
        read_entries("jrnl", _export(tmp_path, '{"notes": ["a", "b"]}'))

    assert raised.value.sentence == NOT_JRNL_JSON
