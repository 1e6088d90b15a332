"""Edge cases around restore, creation, deletion and odd input that once went wrong."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from reflect.domain.errors import InvalidInput, NotFound
from reflect.domain.reflection import Answer
from reflect.domain.search import ReflectionFilter
from reflect.storage import search_store
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.storage.conftest import PASSPHRASE, reflection

NOON = dt.datetime(2026, 11, 10, 12, 0, tzinfo=dt.UTC)


def test_restoring_a_backup_on_a_busy_day_keeps_it_and_the_journal(paths: JournalPaths) -> None:
    moments = iter(NOON + dt.timedelta(minutes=m) for m in range(100))
    journal, _ = Journal.create(paths, PASSPHRASE, clock=lambda: next(moments))
    with journal:
        kept = journal.add_reflection(reflection("kept words"))
        daily = journal.create_backup("daily")
        for index in range(2):
            doomed = journal.add_reflection(reflection(f"doomed {index}"))
            journal.delete_reflection(doomed.uuid)
        journal.restore_backup(daily.name)
        assert journal.get_reflection(kept.uuid).answers == kept.answers
        assert daily.name in {b.name for b in journal.backups()}
        journal.add_reflection(reflection("still writable"))


def test_a_damaged_backup_is_refused_before_anything_moves(journal: Journal) -> None:
    kept = journal.add_reflection(reflection("present"))
    backup = journal.create_backup()
    path = journal.paths.backups / backup.name
    data = bytearray(path.read_bytes())
    data[5000] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(NotFound) as error:
        journal.restore_backup(backup.name)
    assert "Nothing has been changed" in str(error.value)
    assert journal.get_reflection(kept.uuid) == kept


def test_a_key_file_left_by_an_unfinished_creation_does_not_block_a_new_journal(
    paths: JournalPaths,
) -> None:
    paths.ensure_folder()
    paths.keys.write_text('{"format": "reflect-key-slot"}')
    journal, _ = Journal.create(paths, PASSPHRASE)
    journal.close()
    assert len(list(paths.folder.glob("journal.keys.unused-*"))) == 1
    Journal.open(paths, PASSPHRASE).close()


def test_delete_waits_for_background_readers_and_empties_the_log(
    created: tuple[JournalPaths, str],
) -> None:
    paths, _ = created
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.add_reflections(reflection(f"filler {i}") for i in range(200))
        doomed = journal.add_reflection(reflection("gone for good"))
    with Journal.open(paths, PASSPHRASE, verify_before_open_bytes=0) as journal:
        journal.delete_reflection(doomed.uuid)  # the background check is still reading
        wal = Path(f"{paths.database}-wal")
        assert not wal.exists() or wal.stat().st_size == 0


def test_empty_filter_fields_and_filtered_search_beyond_the_ranking_window(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = journal.add_reflection(reflection("lantern", code="OLD"))
    journal.add_reflections(reflection("lantern", code="NEW") for _ in range(5))
    assert journal.search("lantern", filter=ReflectionFilter(family_code="", theme=""))
    monkeypatch.setattr(search_store, "RANK_WINDOW", 2)
    hits = journal.search("lantern", filter=ReflectionFilter(family_code="OLD"))
    assert [h.summary.uuid for h in hits] == [old.uuid]


def test_words_the_tokenizer_folds_differently_are_still_found(journal: Journal) -> None:
    saved = journal.add_reflection(reflection("Straße Café"))
    assert [h.summary.uuid for h in journal.search("straße")] == [saved.uuid]
    assert [h.summary.uuid for h in journal.search("cafe")] == [saved.uuid]


@pytest.mark.parametrize(
    "change",
    [
        {"uuid": "not-a-uuid\x1fbroken"},
        {"answers": (Answer("after-visit.seen", "lone \udc80 surrogate marker"),)},
    ],
)
def test_odd_input_is_refused_with_a_sentence_holding_no_text(
    journal: Journal, change: dict[str, object]
) -> None:
    with pytest.raises(InvalidInput) as error:
        journal.add_reflection(dataclasses.replace(reflection(), **change))  # type: ignore[arg-type]
    assert "marker" not in str(error.value) and "surrogate" not in repr(error.value)
    assert journal.count_reflections() == 0
