"""Reflect's own JSON export: complete, and read back into another journal unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect import __version__
from reflect.content import load_library
from reflect.domain.errors import ImportRefused, InvalidInput
from reflect.domain.export_request import ExportFormat, ExportRequest, ExportScope
from reflect.domain.journal_import import ImportKind
from reflect.domain.library import Library
from reflect.domain.own_templates import from_json
from reflect.domain.reflection import Answer, Reflection
from reflect.exchange.export_run import run_export
from reflect.exchange.import_run import prepare_import, run_import
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.full_journal import CHECK_IN_WORD, PRIVATE_WORDS, Filled, fill
from tests.helpers.passphrases import FAST, PASSPHRASE


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(language="en")


def _journal(folder: Path) -> Journal:
    return Journal.create(JournalPaths(folder), PASSPHRASE, kdf=FAST)[0]


@pytest.fixture
def source(tmp_path: Path) -> Iterator[tuple[Journal, Filled]]:
    journal = _journal(tmp_path / "source")
    filled = fill(journal)
    yield journal, filled
    journal.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Journal]:
    journal = _journal(tmp_path / "target")
    yield journal
    journal.close()


def _everything(journal: Journal) -> dict[str, object]:
    """Everything an export carries, read back from a journal."""
    uuids = journal.matching_uuids()
    return {
        "reflections": [journal.get_reflection(u) for u in uuids],
        "comments": [journal.comments_for(u) for u in uuids],
        "sessions": journal.sessions(),
        "check_ins": journal.all_check_ins(),
        "family_codes": journal.family_codes(),
        "question_sets": from_json(journal.exchange.setting("own_templates")),
    }


def test_a_whole_journal_comes_back_field_by_field_in_another_journal(
    source: tuple[Journal, Filled], target: Journal, library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    path = tmp_path / "journal.json"
    request = ExportRequest(path, ExportFormat.JSON, include_private=True, include_check_ins=True)
    outcome = run_export(journal, request, library)
    assert (outcome.reflections, outcome.comments, outcome.sessions, outcome.check_ins) == (
        3,
        2,
        2,
        2,
    )
    prepared = prepare_import(target, ImportKind.REFLECT, path)
    assert prepared.summary.new_reflections == 3
    added = run_import(target, prepared)
    assert (added.reflections, added.comments, added.sessions, added.check_ins) == (3, 2, 2, 2)
    assert added.question_sets == 1
    before, after = _everything(journal), _everything(target)
    for key in before:
        assert after[key] == before[key], key


def test_the_file_names_its_format_and_reflect_and_carries_each_question(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    path = tmp_path / "journal.json"
    run_export(journal, ExportRequest(path, ExportFormat.JSON), library)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "reflect-journal-export"
    assert document["format_version"] == 1
    assert document["reflect_version"] == __version__
    assert document["exported_at"].endswith("+00:00")
    first = document["reflections"][0]
    assert first["answers"][0] == {
        "prompt_id": "after-visit.what-happened",
        "question": library.question("after-visit.what-happened"),
        "text": "Mum held the baby close by the window.",
        "private": False,
    }
    # The visitor's own question is worded from her own set, kept in the journal.
    own = document["reflections"][2]["answers"][0]
    assert own["question"] and own["question"] == library.question("after-visit.what-happened")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert not list(tmp_path.glob(".*"))  # written aside, then renamed: nothing left over


def test_private_answers_and_check_ins_stay_out_unless_asked_for(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    path = tmp_path / "journal.json"
    outcome = run_export(journal, ExportRequest(path, ExportFormat.JSON), library)
    raw = path.read_text(encoding="utf-8")
    assert PRIVATE_WORDS not in raw and CHECK_IN_WORD not in raw
    assert outcome.private_left_out == 1 and outcome.check_ins == 0
    document = json.loads(raw)
    assert document["private_answers_included"] is False
    assert document["check_ins"] == []
    with_private = ExportRequest(path, ExportFormat.JSON, include_private=True)
    run_export(journal, with_private, library)
    assert PRIVATE_WORDS in path.read_text(encoding="utf-8")


def test_check_ins_go_only_with_the_whole_journal(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    path = tmp_path / "part.json"
    request = ExportRequest(
        path,
        ExportFormat.JSON,
        ExportScope.chosen(("x",)),
        include_check_ins=True,
    )
    with pytest.raises(InvalidInput) as refused:
        run_export(journal, request, library)
    assert "whole journal" in refused.value.sentence
    assert not path.exists()


def test_a_part_of_the_journal_carries_the_sessions_that_discussed_it(
    source: tuple[Journal, Filled], target: Journal, library: Library, tmp_path: Path
) -> None:
    journal, filled = source
    path = tmp_path / "march.json"
    scope = ExportScope.between(filled.reflections[0].visit_date, filled.reflections[0].visit_date)
    outcome = run_export(journal, ExportRequest(path, ExportFormat.JSON, scope), library)
    assert outcome.reflections == 1 and outcome.sessions == 1
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["whole_journal"] is False
    assert [c["code"] for c in document["family_codes"]] == ["AB-1"]
    run_import(target, prepare_import(target, ImportKind.REFLECT, path))
    assert target.matching_uuids() == [filled.reflections[0].uuid]


def test_importing_twice_adds_nothing_and_never_changes_a_reflection_here(
    source: tuple[Journal, Filled], target: Journal, library: Library, tmp_path: Path
) -> None:
    journal, filled = source
    path = tmp_path / "journal.json"
    run_export(journal, ExportRequest(path, ExportFormat.JSON, include_check_ins=True), library)
    run_import(target, prepare_import(target, ImportKind.REFLECT, path))
    mine = dataclasses.replace(
        target.get_reflection(filled.reflections[0].uuid), notes="Changed here since."
    )
    kept = target.update_reflection(mine)
    before = _everything(target)
    again = prepare_import(target, ImportKind.REFLECT, path)
    assert again.summary.new_reflections == 0 and again.summary.already_here == 3
    outcome = run_import(target, again)
    assert (outcome.reflections, outcome.comments, outcome.sessions, outcome.check_ins) == (
        0,
        0,
        0,
        0,
    )
    assert outcome.already_here == 3 and outcome.backup == ""
    assert _everything(target) == before
    assert target.get_reflection(kept.uuid).notes == "Changed here since."


def test_an_edit_after_the_import_is_newer_than_any_version_it_brought(
    source: tuple[Journal, Filled], target: Journal, library: Library, tmp_path: Path
) -> None:
    journal, filled = source
    path = tmp_path / "journal.json"
    run_export(journal, ExportRequest(path, ExportFormat.JSON), library)
    run_import(target, prepare_import(target, ImportKind.REFLECT, path))
    newest = max(r.version for r in filled.reflections)
    edited = target.update_reflection(
        dataclasses.replace(target.get_reflection(filled.reflections[0].uuid), notes="later")
    )
    assert edited.version > newest


def test_the_preview_counts_and_names_what_would_come_before_anything_is_written(
    source: tuple[Journal, Filled], target: Journal, library: Library, tmp_path: Path
) -> None:
    journal, filled = source
    path = tmp_path / "journal.json"
    run_export(
        journal,
        ExportRequest(path, ExportFormat.JSON, include_private=True, include_check_ins=True),
        library,
    )
    summary = prepare_import(target, ImportKind.REFLECT, path).summary
    assert summary.source == "journal.json"
    assert (summary.reflections, summary.comments, summary.sessions, summary.check_ins) == (
        3,
        2,
        2,
        2,
    )
    assert summary.private_answers == 1
    assert (summary.first, summary.last) == (
        filled.reflections[0].visit_date,
        filled.reflections[-1].visit_date,
    )
    assert summary.titles[0].family_code == "AB-1"
    assert summary.titles[0].words.startswith("Mum held the baby")
    assert target.matching_uuids() == []


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"not json at all", "is not a journal exported by Reflect"),
        (b'{"format": "something else"}', "is not a journal exported by Reflect"),
        (
            b'{"format": "reflect-journal-export", "format_version": 99}',
            "was exported by a newer version of Reflect",
        ),
    ],
)
def test_a_file_that_is_no_export_is_refused_naming_it(
    target: Journal, tmp_path: Path, content: bytes, said: str
) -> None:
    path = tmp_path / "mine.json"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        prepare_import(target, ImportKind.REFLECT, path)
    assert said in refused.value.sentence
    assert refused.value.details["file"] == "mine.json"
    assert "mine.json" in refused.value.sentence


def test_a_damaged_reflection_is_named_by_its_number_and_nothing_is_imported(
    source: tuple[Journal, Filled], target: Journal, library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    path = tmp_path / "journal.json"
    run_export(journal, ExportRequest(path, ExportFormat.JSON), library)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["reflections"][1]["visit_date"] = "the second of March"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        prepare_import(target, ImportKind.REFLECT, path)
    assert refused.value.details == {"file": "journal.json", "place": "2"}
    assert "reflection 2 in journal.json" in refused.value.sentence
    assert "the second of March" not in refused.value.sentence
    assert target.matching_uuids() == []


def test_a_folder_or_a_missing_file_is_refused(target: Journal, tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as folder:
        prepare_import(target, ImportKind.REFLECT, tmp_path)
    assert "is not a file" in folder.value.sentence
    with pytest.raises(ImportRefused) as missing:
        prepare_import(target, ImportKind.REFLECT, tmp_path / "gone.json")
    assert "could not be opened" in missing.value.sentence


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(
    target: Journal, tmp_path: Path
) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    with pytest.raises(ImportRefused) as refused:
        prepare_import(target, ImportKind.REFLECT, pipe)
    assert "is not a file" in refused.value.sentence


def test_the_preview_of_an_import_never_shows_private_words(
    library: Library, target: Journal, tmp_path: Path
) -> None:
    """What an import would bring is shown (and printed by the command line, where a script
    may keep it): its first words come from answers that are not private."""
    journal = _journal(tmp_path / "mine")
    journal.add_reflection(
        Reflection(
            visit_date=dt.date(2026, 3, 2),
            family_code="AB-1",
            template_id="after-visit",
            answers=(
                Answer("after-visit.my-reactions", PRIVATE_WORDS, private=True),
                Answer("after-visit.what-happened", "Mum sang to the baby."),
            ),
        )
    )
    path = tmp_path / "journal.json"
    run_export(journal, ExportRequest(path, ExportFormat.JSON, include_private=True), library)
    journal.close()
    (title,) = prepare_import(target, ImportKind.REFLECT, path).summary.titles
    assert title.words == "Mum sang to the baby."
