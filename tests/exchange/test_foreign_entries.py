"""Entries of another journal made into reflections: their text as notes in a template of
their own, tags as themes, starred ones marked, one family code, and a second import of
the same entries adding nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.content import load_library
from reflect.domain.errors import InvalidInput
from reflect.domain.imported_entry import ImportedEntry, ImportPreview
from reflect.domain.journal_import import (
    IMPORTED_TEMPLATE,
    IMPORTED_TITLE_PROMPT,
    ImportKind,
    ImportSummary,
    PreparedImport,
)
from reflect.domain.reflection import Status, VisitKind
from reflect.exchange.foreign_entries import entry_uuid
from reflect.exchange.import_run import prepared_entries, run_import
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.passphrases import FAST, PASSPHRASE

ENTRIES = (
    ImportedEntry(
        written_at=dt.datetime(2024, 5, 3, 21, 15),
        title="A long day",
        body="The baby smiled at her sister.\n\nI felt lighter driving home.",
        source_key="journal.txt:1",
        themes=("work", " home visits "),
        starred=True,
    ),
    ImportedEntry(
        written_at=dt.datetime(2024, 5, 1, 7, 0),
        title="",
        body="Early start. Coffee in the car.",
        source_key="journal.txt:2",
    ),
)
PREVIEW = ImportPreview(source="journal.txt", entries=ENTRIES, skipped=2, skipped_what="photos")


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    made = Journal.create(JournalPaths(tmp_path / "journal"), PASSPHRASE, kdf=FAST)[0]
    yield made
    made.close()


def _prepared(journal: Journal, preview: ImportPreview = PREVIEW) -> PreparedImport:
    return prepared_entries(journal, ImportKind.JRNL, Path(preview.source), preview)


def test_an_entry_becomes_a_complete_reflection_with_its_text_as_notes(journal: Journal) -> None:
    outcome = run_import(journal, _prepared(journal))
    assert outcome.reflections == 2 and outcome.backup
    made = journal.get_reflection(entry_uuid(ImportKind.JRNL, "journal.txt:1"))
    assert made.template_id == IMPORTED_TEMPLATE
    assert made.notes == "The baby smiled at her sister.\n\nI felt lighter driving home."
    assert [(a.prompt_id, a.text) for a in made.answers] == [(IMPORTED_TITLE_PROMPT, "A long day")]
    assert made.visit_date == dt.date(2024, 5, 3)
    assert made.created_at == dt.datetime(2024, 5, 3, 21, 15).astimezone()
    assert made.themes == ("home visits", "starred", "work")
    assert made.family_code == "IMPORTED"
    assert (made.status, made.visit_kind) == (Status.COMPLETE, VisitKind.OTHER)
    untitled = journal.get_reflection(entry_uuid(ImportKind.JRNL, "journal.txt:2"))
    assert untitled.answers == () and untitled.themes == ()
    assert journal.search("lighter")[0].summary.uuid == made.uuid


def test_the_template_is_one_reflect_knows_and_never_offers(journal: Journal) -> None:
    for language in ("en", "es"):
        template = load_library(language=language).template(IMPORTED_TEMPLATE)
        assert template.retired  # not offered for a new reflection
        assert [p.id for p in template.prompts] == [IMPORTED_TITLE_PROMPT]


def test_the_visitor_picks_the_family_code(journal: Journal) -> None:
    run_import(journal, _prepared(journal), family_code=" old journal ")
    codes = {journal.get_reflection(u).family_code for u in journal.matching_uuids()}
    assert codes == {"OLD JOURNAL"}


def test_a_family_code_that_is_too_long_is_refused_before_anything_is_written(
    journal: Journal,
) -> None:
    with pytest.raises(InvalidInput) as refused:
        run_import(journal, _prepared(journal), family_code="A" * 17)
    assert "1 to 16 characters" in refused.value.sentence
    assert journal.matching_uuids() == [] and journal.backups() == []


def test_importing_the_same_entries_again_adds_nothing(journal: Journal) -> None:
    run_import(journal, _prepared(journal))
    first = journal.get_reflection(entry_uuid(ImportKind.JRNL, "journal.txt:1"))
    changed = dataclasses.replace(
        PREVIEW, entries=(dataclasses.replace(ENTRIES[0], body="Rewritten since."), ENTRIES[1])
    )
    again = _prepared(journal, changed)
    assert again.summary.new_reflections == 0 and again.summary.already_here == 2
    outcome = run_import(journal, again, family_code="OTHER")
    assert outcome.reflections == 0 and outcome.already_here == 2
    assert journal.get_reflection(first.uuid) == first
    assert len(journal.matching_uuids()) == 2


def test_the_same_key_from_another_kind_of_journal_is_another_reflection() -> None:
    assert entry_uuid(ImportKind.JRNL, "a.txt:1") != entry_uuid(ImportKind.DAY_ONE, "a.txt:1")
    assert entry_uuid(ImportKind.JRNL, "a.txt:1") == entry_uuid(ImportKind.JRNL, "a.txt:1")


def test_the_preview_counts_dates_titles_and_what_was_left_out(journal: Journal) -> None:
    summary: ImportSummary = _prepared(journal).summary
    assert (summary.reflections, summary.new_reflections) == (2, 2)
    assert (summary.first, summary.last) == (dt.date(2024, 5, 1), dt.date(2024, 5, 3))
    assert [t.words for t in summary.titles] == ["Early start. Coffee in the car.", "A long day"]
    assert (summary.skipped, summary.skipped_what) == (2, "photos")
    assert journal.matching_uuids() == []
