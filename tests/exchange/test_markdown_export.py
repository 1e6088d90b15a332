"""Markdown exports: one file, or a new folder with one file per reflection; the question as
a heading and the answer below it; private answers left out unless asked for."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.content import load_library
from reflect.domain.errors import ExportNotWritten, ExportStopped, InvalidInput
from reflect.domain.export_request import ExportFormat, ExportRequest, ExportScope
from reflect.domain.library import Library
from reflect.domain.reflection import Answer
from reflect.domain.search import ReflectionFilter
from reflect.exchange.export_run import run_export
from reflect.exchange.export_words import ExportWords
from reflect.storage.background_task import StopSignal
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.full_journal import PRIVATE_WORDS, Filled, fill
from tests.helpers.journals import reflection
from tests.helpers.passphrases import FAST, PASSPHRASE


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(language="en")


@pytest.fixture
def source(tmp_path: Path) -> Iterator[tuple[Journal, Filled]]:
    journal = Journal.create(JournalPaths(tmp_path / "journal"), PASSPHRASE, kdf=FAST)[0]
    yield journal, fill(journal)
    journal.close()


def test_a_folder_holds_one_file_per_reflection_named_by_date_and_code(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, filled = source
    same_day = filled.reflections[0].visit_date
    journal.add_reflection(reflection("second the same day", code="AB-1", day=same_day))
    folder = tmp_path / "export"
    outcome = run_export(journal, ExportRequest(folder, ExportFormat.MARKDOWN_FOLDER), library)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "2026-03-02-AB-1-2.md",
        "2026-03-02-AB-1.md",
        "2026-04-09-CD.md",
        "2026-05-20-CD.md",
    ]
    assert outcome.reflections == 4
    first = (folder / "2026-03-02-AB-1.md").read_text(encoding="utf-8")
    question = library.question("after-visit.what-happened")
    assert first.startswith("# 2026-03-02 · AB-1\n")
    assert f"## {question}\n\nMum held the baby close by the window.\n" in first
    assert "Themes: attunement, feeding" in first
    assert "## Comments from supervision" in first
    assert "**Dana (supervisor)** · 2026-03-04" in first
    assert "> What did you notice in yourself then?" in first
    assert f"On: {library.question('after-visit.seen')}" in first
    assert PRIVATE_WORDS not in first
    assert stat.S_IMODE(os.stat(folder / "2026-04-09-CD.md").st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_one_file_holds_them_all_and_private_answers_only_when_asked(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    path = tmp_path / "reflections.md"
    run_export(journal, ExportRequest(path, ExportFormat.MARKDOWN), library)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Reflections\n")
    assert "Private answers are not included." in text
    assert text.count("\n## 2026-") == 3
    assert PRIVATE_WORDS not in text
    run_export(journal, ExportRequest(path, ExportFormat.MARKDOWN, include_private=True), library)
    text = path.read_text(encoding="utf-8")
    assert PRIVATE_WORDS in text and "(private)" in text


def test_the_words_around_the_text_are_those_given(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    path = tmp_path / "reflexiones.md"
    words = dataclasses.replace(ExportWords(), title="Reflexiones", themes="Temas")
    run_export(journal, ExportRequest(path, ExportFormat.MARKDOWN), library, words=words)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Reflexiones\n") and "Temas: attunement, feeding" in text


def test_a_line_that_looks_like_a_heading_stays_her_words(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, filled = source
    mine = journal.get_reflection(filled.reflections[1].uuid)
    journal.update_reflection(
        dataclasses.replace(mine, answers=(Answer("after-visit.what-happened", "# not a title"),))
    )
    folder = tmp_path / "export"
    run_export(journal, ExportRequest(folder, ExportFormat.MARKDOWN_FOLDER), library)
    text = (folder / "2026-04-09-CD.md").read_text(encoding="utf-8")
    assert "\\# not a title" in text and "\n# not a title" not in text


def test_file_names_hold_the_date_and_code_only_made_safe(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    journal.add_reflection(reflection("slash", code="A/B:7", day=dt.date(2026, 11, 2)))
    folder = tmp_path / "export"
    scope = ExportScope(filter=ReflectionFilter(family_code="A/B:7"))
    run_export(journal, ExportRequest(folder, ExportFormat.MARKDOWN_FOLDER, scope), library)
    assert [p.name for p in folder.iterdir()] == ["2026-11-02-A-B-7.md"]


def test_a_folder_with_files_in_it_is_refused_and_left_alone(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportNotWritten) as refused:
        run_export(journal, ExportRequest(folder, ExportFormat.MARKDOWN_FOLDER), library)
    assert "busy already has files in it" in refused.value.sentence
    assert [p.name for p in folder.iterdir()] == ["mine.txt"]


def test_a_folder_export_over_a_file_is_refused_and_the_file_kept(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    mine = tmp_path / "notes"
    mine.write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportNotWritten) as refused:
        run_export(journal, ExportRequest(mine, ExportFormat.MARKDOWN_FOLDER), library)
    assert "notes is a file" in refused.value.sentence
    assert mine.read_text(encoding="utf-8") == "keep me"


def test_an_empty_folder_is_filled(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    folder = tmp_path / "empty"
    folder.mkdir()
    run_export(journal, ExportRequest(folder, ExportFormat.MARKDOWN_FOLDER), library)
    assert len(list(folder.iterdir())) == 3


def test_a_file_export_to_a_folder_or_nowhere_is_refused(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    with pytest.raises(ExportNotWritten) as folder:
        run_export(journal, ExportRequest(tmp_path, ExportFormat.MARKDOWN), library)
    assert "is a folder" in folder.value.sentence
    nowhere = tmp_path / "no such folder" / "out.md"
    with pytest.raises(ExportNotWritten) as missing:
        run_export(journal, ExportRequest(nowhere, ExportFormat.MARKDOWN), library)
    assert "out.md" in missing.value.sentence


def test_nothing_chosen_is_said_and_nothing_written(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    path = tmp_path / "none.md"
    scope = ExportScope.between(dt.date(2001, 1, 1), dt.date(2001, 12, 31))
    with pytest.raises(InvalidInput) as refused:
        run_export(journal, ExportRequest(path, ExportFormat.MARKDOWN, scope), library)
    assert "no reflections to export" in refused.value.sentence
    assert not path.exists()


class _StopAfter(StopSignal):
    """Asks itself to stop once the work says it has gone past `steps`."""

    def __init__(self, steps: int) -> None:
        super().__init__()
        self.steps = steps
        self.seen: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        super().report(done, total)
        self.seen.append((done, total))
        if done >= self.steps:
            self.request()


def test_a_stopped_folder_export_leaves_nothing_behind(
    source: tuple[Journal, Filled], library: Library, tmp_path: Path
) -> None:
    journal, _ = source
    folder = tmp_path / "export"
    stop = _StopAfter(4)  # three read, then the first file written
    with pytest.raises(ExportStopped):
        run_export(journal, ExportRequest(folder, ExportFormat.MARKDOWN_FOLDER), library, stop=stop)
    assert list(tmp_path.iterdir()) == [tmp_path / "journal"]
    assert stop.seen[-1][1] == 6  # three to read and three to write
