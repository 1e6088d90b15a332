"""Each reflection carries a version from the journal's counter: edits raise it, nothing else.

What a supervisor's journal keeps of a shared reflection is decided by this number, so it
must rise with every change, never with an unchanged autosave, and never go back — not
even when a backup is restored.
"""

from __future__ import annotations

import dataclasses

from reflect.domain.reflection import Answer, ShareState
from reflect.storage.journal import Journal
from tests.helpers.journals import reflection


def test_every_save_that_changes_a_reflection_raises_its_version(journal: Journal) -> None:
    first = journal.add_reflection(reflection("one"))
    assert first.version >= 2  # above every item stored before versions were counted
    assert journal.get_reflection(first.uuid).version == first.version
    edited = journal.save_reflection(dataclasses.replace(first, notes="a new note"))
    assert edited.version == first.version + 1
    again = journal.save_reflection(
        dataclasses.replace(edited, answers=(*edited.answers, Answer("after-visit.next", "x")))
    )
    assert again.version == edited.version + 1
    shared = journal.save_reflection(dataclasses.replace(again, share_state=ShareState.TO_SHARE))
    assert shared.version == again.version + 1
    assert journal.get_reflection(first.uuid).version == shared.version


def test_an_autosave_that_changes_nothing_keeps_the_version(journal: Journal) -> None:
    saved = journal.add_reflection(reflection("same"))
    for _ in range(3):
        assert journal.save_reflection(saved).version == saved.version
    assert journal.get_reflection(saved.uuid).version == saved.version


def test_the_counter_is_journal_wide(journal: Journal) -> None:
    a = journal.add_reflection(reflection("a"))
    b = journal.add_reflection(reflection("b"))
    a2 = journal.save_reflection(dataclasses.replace(a, notes="later"))
    assert a.version < b.version < a2.version


def test_restoring_a_backup_does_not_rewind_the_counter(journal: Journal) -> None:
    saved = journal.add_reflection(reflection("before"))
    backup = journal.create_backup("manual")
    for n in range(5):
        latest = journal.save_reflection(dataclasses.replace(saved, notes=f"edit {n}"))
    journal.restore_backup(backup.name)
    restored = journal.get_reflection(saved.uuid)
    assert restored.version == saved.version  # the backup's own copy, as it was
    edited = journal.save_reflection(dataclasses.replace(restored, notes="after the restore"))
    assert edited.version > latest.version
