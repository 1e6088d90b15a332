"""The journal's side of imports: all of it in one transaction or none of it, after a
backup; nothing already here touched. And exports' bulk reads."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.domain.comment import Comment
from reflect.domain.errors import ImportStopped, InvalidInput
from reflect.domain.family_code import FamilyCode
from reflect.domain.journal_export import ExportedReflection, JournalExport
from reflect.domain.reflection import Answer, Reflection
from reflect.storage.background_task import StopSignal
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import reflection
from tests.helpers.passphrases import FAST, PASSPHRASE

NOW = dt.datetime(2026, 11, 5, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    made = Journal.create(JournalPaths(tmp_path / "journal"), PASSPHRASE, kdf=FAST)[0]
    yield made
    made.close()


def _bring(reflections: list[Reflection], **more: object) -> JournalExport:
    return JournalExport(
        exported_at=NOW,
        reflect_version="0.1.0",
        reflections=tuple(ExportedReflection(r) for r in reflections),
        **more,  # type: ignore[arg-type]
    )


def _many(count: int) -> list[Reflection]:
    return [
        Reflection(
            visit_date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
            family_code="AB",
            template_id="after-visit",
            answers=(Answer("after-visit.what-happened", f"entry {i}"),),
            created_at=NOW,
            updated_at=NOW,
        )
        for i in range(count)
    ]


class _StopAt(StopSignal):
    def __init__(self, done: int) -> None:
        super().__init__()
        self.at = done

    def report(self, done: int, total: int) -> None:
        super().report(done, total)
        if done >= self.at:
            self.request()


def test_an_import_stopped_part_way_adds_nothing(journal: Journal) -> None:
    with pytest.raises(ImportStopped) as stopped:
        journal.import_content(_bring(_many(500)), stop=_StopAt(300))
    assert "Nothing was added" in stopped.value.sentence
    assert journal.count_reflections() == 0
    assert journal.search("entry") == []


def test_one_item_that_cannot_be_stored_leaves_the_whole_import_out(journal: Journal) -> None:
    bad = dataclasses.replace(_many(1)[0], duration_minutes=5000)
    with pytest.raises(InvalidInput):
        journal.import_content(_bring([*_many(200), bad]))
    assert journal.count_reflections() == 0


def test_a_backup_is_taken_before_anything_is_added(journal: Journal) -> None:
    outcome = journal.import_content(_bring(_many(3)))
    assert outcome.reflections == 3
    (backup,) = journal.backups()
    assert backup.name == outcome.backup and backup.reason == "before-import"


def test_ten_thousand_reflections_come_in_within_seconds_and_are_searchable(
    journal: Journal,
) -> None:
    many = _many(10_000)
    outcome = journal.import_content(_bring(many))
    assert outcome.reflections == 10_000
    assert journal.count_reflections() == 10_000
    assert journal.search("9999")[0].summary.uuid == many[9999].uuid
    exported = journal.exported_reflections(journal.matching_uuids())
    assert {item.reflection.uuid for item in exported} == {r.uuid for r in many}


def test_a_family_code_here_keeps_whether_it_is_open_or_closed(journal: Journal) -> None:
    journal.add_family_code("AB")
    journal.set_family_code_active("AB", False)
    data = _bring(
        [reflection("x", code="AB")],
        family_codes=(FamilyCode("AB", True), FamilyCode("ZZ", False)),
    )
    journal.import_content(data)
    assert journal.family_codes() == [FamilyCode("AB", False, 1), FamilyCode("ZZ", False, 0)]


def test_the_same_reflection_twice_in_one_file_is_added_once(journal: Journal) -> None:
    one = reflection("twice")
    outcome = journal.import_content(_bring([one, one]))
    assert outcome.reflections == 1 and outcome.already_here == 0
    assert journal.matching_uuids() == [one.uuid]


def test_a_later_export_brings_the_comments_made_since_onto_reflections_already_here(
    journal: Journal,
) -> None:
    """An import only adds: a reflection already here is left as it is, but a supervisor's
    comment made after the first export comes in, and search finds it."""
    mine = dataclasses.replace(reflection("first"), created_at=NOW, updated_at=NOW)
    first = Comment(mine.uuid, "Dana", "Lovely noticing.", NOW)
    later = Comment(mine.uuid, "Dana", "What did the baby do next? marmalade", NOW)
    journal.import_content(
        JournalExport(NOW, "0.1.0", (ExportedReflection(mine, comments=(first,)),))
    )
    outcome = journal.import_content(
        JournalExport(NOW, "0.1.0", (ExportedReflection(mine, comments=(first, later)),))
    )
    assert (outcome.reflections, outcome.comments) == (0, 1)
    assert {c.body for c in journal.comments_for(mine.uuid)} == {first.body, later.body}
    assert [hit.summary.uuid for hit in journal.search("marmalade")] == [mine.uuid]
    assert journal.get_reflection(mine.uuid).answers == mine.answers
