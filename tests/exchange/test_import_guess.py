"""Telling which kind of journal a chosen file or folder is, from its name and first bytes:
a Reflect export by its `format`, the others by the readers' own guess."""

from __future__ import annotations

from pathlib import Path

from reflect.domain.journal_import import ImportKind
from reflect.exchange.import_guess import guess_import_kind
from reflect.exchange.reflect_json import write_reflect_json
from tests.helpers.many_reflections import many

IMPORTS = Path(__file__).resolve().parent / "data" / "imports"


def test_each_kind_is_told_from_what_it_holds(tmp_path: Path) -> None:
    exported = tmp_path / "from reflect.json"
    write_reflect_json(exported, many(2))
    assert guess_import_kind(exported) is ImportKind.REFLECT
    assert guess_import_kind(IMPORTS / "jrnl" / "journal.txt") is ImportKind.JRNL
    assert guess_import_kind(IMPORTS / "jrnl" / "journal.json") is ImportKind.JRNL
    assert guess_import_kind(IMPORTS / "dayone" / "export.zip") is ImportKind.DAY_ONE
    assert guess_import_kind(IMPORTS / "dayone" / "Journal.json") is ImportKind.DAY_ONE
    assert guess_import_kind(IMPORTS / "markdown") is ImportKind.MARKDOWN


def test_what_is_unclear_is_left_to_the_visitor(tmp_path: Path) -> None:
    other = tmp_path / "settings.json"
    other.write_text('{"theme": "dark"}', encoding="utf-8")
    renamed = tmp_path / "journal.txt"
    renamed.write_text('{"format": "reflect-journal-export"}', encoding="utf-8")
    assert guess_import_kind(other) is None
    assert guess_import_kind(renamed) is None  # a Reflect export ends in .json
    assert guess_import_kind(tmp_path / "gone.json") is None
