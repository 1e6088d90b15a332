"""A refusal's sentence is fixed; the file and line stand beside it, never inside it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from reflect.exchange.readers import ImportRefused, read_entries
from reflect.exchange.readers.problems import MARKDOWN_NO_DATE, BadDate
from reflect.ui.widgets.error_sentences import SENTENCES

PROBLEMS = Path(__file__).resolve().parents[3] / "reflect" / "exchange" / "readers" / "problems.py"


def test_a_file_named_after_a_family_stays_out_of_the_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "Visit with the Alvarez family.md").write_text("No date.\n", encoding="utf-8")

    with pytest.raises(BadDate) as raised:
        read_entries("markdown", folder)

    assert str(raised.value) == raised.value.sentence == MARKDOWN_NO_DATE
    assert "Alvarez" not in repr(raised.value.args)
    assert raised.value.located == f"notes/Visit with the Alvarez family.md: {MARKDOWN_NO_DATE}"


def test_every_sentence_a_reader_can_say_is_listed_for_translation() -> None:
    tree = ast.parse(PROBLEMS.read_text(encoding="utf-8"))
    said = [
        node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]

    assert len(said) > 30
    assert [s for s in said if s not in SENTENCES] == []


def test_the_place_reads_as_file_then_line_or_entry() -> None:
    assert ImportRefused(file="a.txt").where == "a.txt"
    assert ImportRefused(file="a.txt", line=4).where == "a.txt, line 4"
    assert ImportRefused(file="a.json", entry=2).where == "a.json, entry 2"
