"""A folder of Markdown notes: one entry a note, dated by front matter or file name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reflect.exchange.readers import markdown_folder, read_entries
from reflect.exchange.readers.problems import (
    FOLDER_TOO_LARGE,
    FOLDER_TOO_MANY,
    MARKDOWN_BAD_DATE,
    MARKDOWN_NO_DATE,
    BadDate,
    ImportTooLarge,
    NotAFolder,
    NotText,
    NotUtf8,
)


def _note(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_note_in_the_folder_and_its_folders_comes_in(imports: Path) -> None:
    preview = read_entries("markdown", imports / "markdown")

    by_key = {e.source_key: e for e in preview.entries}
    assert sorted(by_key) == [
        "markdown:2024-03-05.md",
        "markdown:2024-03-06 Hard visit.md",
        "markdown:2024-03-09 windows.md",
        "markdown:2024/20240307-supervision.md",
        "markdown:reflection.md",
    ]  # not the hidden note, the note in .obsidian/, the .txt or the .png
    heading = by_key["markdown:2024-03-05.md"]
    assert heading.title == "Visita en casa"
    assert heading.written_at == dt.datetime(2024, 3, 5)
    assert heading.body == (
        "Texto con acentos: niño, mamá, corazón. 🌱\n\n- la bebé gateó\n- mamá sonrió"
    )


def test_a_title_comes_from_front_matter_then_heading_then_file_name(imports: Path) -> None:
    by_key = {e.source_key: e for e in read_entries("markdown", imports / "markdown").entries}

    matter = by_key["markdown:2024/20240307-supervision.md"]
    assert matter.title == "Supervision: parallel process"
    assert matter.body == "# Notes\n\nWhat I brought: the Pérez visit."
    assert by_key["markdown:2024-03-06 Hard visit.md"].title == "Hard visit"
    assert by_key["markdown:2024-03-06 Hard visit.md"].body.startswith("The toddler would")
    assert by_key["markdown:reflection.md"].title == "reflection"


def test_dates_and_tags_come_from_front_matter(imports: Path) -> None:
    by_key = {e.source_key: e for e in read_entries("markdown", imports / "markdown").entries}

    matter = by_key["markdown:2024/20240307-supervision.md"]
    assert matter.written_at == dt.datetime(2024, 3, 7, 16, 30)  # the clock it was written by
    assert matter.themes == ("supervision", "self-care")
    reflection = by_key["markdown:reflection.md"]
    assert reflection.written_at == dt.datetime(2024, 3, 8, 14, 30)
    assert reflection.themes == ("sleep", "routines")


def test_windows_line_breaks_become_plain_ones(imports: Path) -> None:
    by_key = {e.source_key: e for e in read_entries("markdown", imports / "markdown").entries}

    windows = by_key["markdown:2024-03-09 windows.md"]
    assert (windows.title, windows.body) == ("Desde Windows", "Línea uno.\nLínea dos.")


@pytest.mark.parametrize(
    ("name", "date", "title"),
    [
        ("2024-03-05.md", dt.datetime(2024, 3, 5), "2024-03-05"),
        ("2024-03-05 Some title.md", dt.datetime(2024, 3, 5), "Some title"),
        ("20240305-home-visit.md", dt.datetime(2024, 3, 5), "home-visit"),
        ("2024-03-05_note.MD", dt.datetime(2024, 3, 5), "note"),
    ],
)
def test_file_names_give_the_date_and_title(
    tmp_path: Path, name: str, date: dt.datetime, title: str
) -> None:
    _note(tmp_path, name, "Words.\n")

    (entry,) = read_entries("markdown", tmp_path).entries

    assert (entry.written_at, entry.title, entry.body) == (date, title, "Words.")


def test_tags_as_an_inline_list_and_quoted_values_are_read(tmp_path: Path) -> None:
    _note(
        tmp_path,
        "note.md",
        "---\ndate: '2024/03/05 7:05'\ntitle: \"Quoted\"\ntags: [a, 'b c', \"#d\"]\n---\nText\n",
    )

    (entry,) = read_entries("markdown", tmp_path).entries

    assert entry.written_at == dt.datetime(2024, 3, 5, 7, 5)
    assert (entry.title, entry.themes, entry.body) == ("Quoted", ("a", "b c", "d"), "Text")


def test_a_rule_on_the_first_line_is_not_front_matter(tmp_path: Path) -> None:
    _note(tmp_path, "2024-03-05.md", "---\nNo closing fence, so this is text.\n")

    (entry,) = read_entries("markdown", tmp_path).entries

    assert entry.body == "---\nNo closing fence, so this is text."


def test_a_note_with_no_date_is_refused_by_name(tmp_path: Path) -> None:
    _note(tmp_path, "2024-03-05.md", "Dated.\n")
    _note(tmp_path, "ideas/someday.md", "No date here.\n")

    with pytest.raises(BadDate) as raised:
        read_entries("markdown", tmp_path)

    assert raised.value.sentence == MARKDOWN_NO_DATE
    assert raised.value.file == f"{tmp_path.name}/ideas/someday.md"


def test_a_front_matter_date_that_does_not_read_names_its_line(tmp_path: Path) -> None:
    _note(tmp_path, "2024-03-05.md", "---\ntitle: A\ndate: next Tuesday\n---\nText\n")

    with pytest.raises(BadDate) as raised:
        read_entries("markdown", tmp_path)

    assert raised.value.sentence == MARKDOWN_BAD_DATE
    assert raised.value.where == f"{tmp_path.name}/2024-03-05.md, line 3"


def test_a_note_that_is_not_utf8_names_the_note_and_the_line(tmp_path: Path) -> None:
    (tmp_path / "2024-03-05.md").write_bytes(b"# Visita\n\nel ni\xf1o\n")

    with pytest.raises(NotUtf8) as raised:
        read_entries("markdown", tmp_path)

    assert raised.value.where == f"{tmp_path.name}/2024-03-05.md, line 3"


def test_a_picture_named_as_a_note_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "2024-03-05.md").write_text("Fine.\n", encoding="utf-8")
    (tmp_path / "2024-03-06.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    with pytest.raises(NotText) as raised:
        read_entries("markdown", tmp_path)

    assert raised.value.file == f"{tmp_path.name}/2024-03-06.md"


def test_a_file_chosen_as_the_folder_is_refused(imports: Path) -> None:
    with pytest.raises(NotAFolder) as raised:
        read_entries("markdown", imports / "markdown" / "2024-03-05.md")

    assert raised.value.file == "2024-03-05.md"


def test_a_folder_without_notes_is_an_empty_preview(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("not a note", encoding="utf-8")

    assert read_entries("markdown", tmp_path).entries == ()


def test_a_link_back_up_the_folder_is_not_followed_round_and_round(tmp_path: Path) -> None:
    _note(tmp_path, "notes/2024-03-05.md", "Once.\n")
    (tmp_path / "notes" / "loop").symlink_to(tmp_path / "notes", target_is_directory=True)

    preview = read_entries("markdown", tmp_path / "notes")

    assert [e.source_key for e in preview.entries] == ["markdown:2024-03-05.md"]


def test_a_folder_of_too_many_files_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(markdown_folder, "MAX_FOLDER_ITEMS", 20)
    for i in range(21):
        (tmp_path / f"{i}.txt").write_text("x", encoding="utf-8")

    with pytest.raises(ImportTooLarge) as raised:
        read_entries("markdown", tmp_path)

    assert raised.value.sentence == FOLDER_TOO_MANY


def test_notes_adding_up_past_the_limit_are_refused_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(markdown_folder, "MAX_FOLDER_BYTES", 1000)
    for day in range(1, 4):
        _note(tmp_path, f"2024-03-0{day}.md", "x" * 400)

    with pytest.raises(ImportTooLarge) as raised:
        read_entries("markdown", tmp_path)

    assert raised.value.sentence == FOLDER_TOO_LARGE
    assert raised.value.file == tmp_path.name
