"""The one way in: a kind and a path; and a cheap guess of the kind for a file picker."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.exchange.readers import KINDS, guess_kind, read_entries


def test_each_kind_reads_its_own_source(imports: Path) -> None:
    assert KINDS == ("jrnl", "dayone", "markdown")
    assert len(read_entries("jrnl", imports / "jrnl" / "journal.txt").entries) == 4
    assert len(read_entries("dayone", imports / "dayone" / "export.zip").entries) == 3
    assert len(read_entries("markdown", imports / "markdown").entries) == 5


def test_an_unknown_kind_is_a_mistake_of_the_caller(imports: Path) -> None:
    with pytest.raises(ValueError, match="evernote"):
        read_entries("evernote", imports / "jrnl" / "journal.txt")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("jrnl/journal.txt", "jrnl"),
        ("jrnl/older.txt", "jrnl"),
        ("jrnl/journal.json", "jrnl"),
        ("jrnl/encrypted.txt", "jrnl"),
        ("dayone/export.zip", "dayone"),
        ("dayone/Journal.json", "dayone"),
        ("markdown", "markdown"),
        ("markdown/2024-03-05.md", None),
        ("markdown/readme.txt", None),
        ("markdown/picture.png", None),
        ("no such file", None),
    ],
)
def test_the_kind_is_guessed_from_name_and_first_bytes(
    imports: Path, name: str, kind: str | None
) -> None:
    assert guess_kind(imports / name) == kind


def test_what_is_guessed_reads_without_refusal(imports: Path) -> None:
    for name in ("jrnl/journal.txt", "jrnl/journal.json", "dayone/Journal.json", "markdown"):
        kind = guess_kind(imports / name)
        assert kind is not None
        assert read_entries(kind, imports / name).entries
