"""Moving a closed journal out of a folder a cloud service copies: everything of the
journal's goes, whole, and nothing else; any failure leaves it where it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.domain.errors import (
    FolderHasOtherFiles,
    FolderHoldsAJournal,
    JournalAlreadyOpen,
    JournalNotMoved,
)
from reflect.storage.folder_choice import read_choice, remember_moved
from reflect.storage.journal import Journal
from reflect.storage.journal_move import has_journal, move_journal
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE


@pytest.fixture
def synced(tmp_path: Path) -> JournalPaths:
    """A journal with a reflection and a backup, in a folder OneDrive copies."""
    paths = JournalPaths(tmp_path / "OneDrive" / "Reflect")
    journal, _ = Journal.create(paths, PASSPHRASE)
    journal.add_reflection(reflection("moved along"))
    journal.back_up_now()
    journal.close()
    (paths.folder / "settings.ini").write_text("[lock]\nminutes=9\n")
    (paths.folder / "visit notes.docx").write_bytes(b"not Reflect's")
    return paths


def _record(source: JournalPaths, target: JournalPaths) -> None:
    remember_moved(source.folder, target.folder)


def test_the_journal_goes_whole_and_opens_there(synced: JournalPaths, tmp_path: Path) -> None:
    local = JournalPaths(tmp_path / "local" / "Reflect")
    backups = sorted(p.name for p in synced.backups.iterdir())
    move_journal(synced, local, lambda: _record(synced, local))
    assert not has_journal(synced)
    assert (synced.folder / "visit notes.docx").exists()  # not the journal's: left alone
    assert not (local.folder / "visit notes.docx").exists()
    assert sorted(p.name for p in local.backups.iterdir()) == backups
    assert (local.folder / "settings.ini").read_text() == "[lock]\nminutes=9\n"
    assert read_choice(synced.folder).moved_to == local.folder
    assert JournalPaths.resolve(synced.folder) == local
    with Journal.open(local, PASSPHRASE, auto_backup=False) as journal:
        (summary,) = journal.list_reflections().items
        assert "moved along" in summary.preview


def test_a_folder_with_a_journal_of_its_own_is_refused(
    synced: JournalPaths, tmp_path: Path
) -> None:
    other = JournalPaths(tmp_path / "other")
    Journal.create(other, PASSPHRASE)[0].close()
    with pytest.raises(FolderHoldsAJournal):
        move_journal(synced, other, lambda: _record(synced, other))
    assert has_journal(synced) and read_choice(synced.folder).moved_to is None


@pytest.mark.parametrize("theirs", ["settings.ini", "journal.reflect-wal"])
def test_a_file_by_a_name_the_journal_would_take_is_never_overwritten(
    synced: JournalPaths, tmp_path: Path, theirs: str
) -> None:
    """Another program's settings.ini, or a journal's side file left behind: the move is
    refused, that file is kept as it was, and the journal stays whole where it was."""
    documents = JournalPaths(tmp_path / "Documents")
    documents.folder.mkdir(parents=True)
    (documents.folder / theirs).write_text("[OtherApp]\nimportant=yes\n")
    with pytest.raises(FolderHasOtherFiles):
        move_journal(synced, documents, lambda: _record(synced, documents))
    assert (documents.folder / theirs).read_text() == "[OtherApp]\nimportant=yes\n"
    assert not documents.database.exists()
    assert has_journal(synced) and read_choice(synced.folder).moved_to is None


def test_a_journal_open_in_another_reflect_stays(synced: JournalPaths, tmp_path: Path) -> None:
    local = JournalPaths(tmp_path / "local")
    held = ProcessLock(synced.lock)
    held.acquire()
    try:
        with pytest.raises(JournalAlreadyOpen):
            move_journal(synced, local, lambda: _record(synced, local))
    finally:
        held.release()
    assert has_journal(synced) and not has_journal(local)


def test_a_move_that_cannot_be_written_down_leaves_everything_as_it_was(
    synced: JournalPaths, tmp_path: Path
) -> None:
    local = JournalPaths(tmp_path / "local")

    def cannot_write() -> None:
        raise PermissionError("the note cannot be written")

    with pytest.raises(JournalNotMoved):
        move_journal(synced, local, cannot_write)
    assert not has_journal(local)
    assert list(local.folder.glob("journal*")) == []
    Journal.open(synced, PASSPHRASE, auto_backup=False).close()


def test_with_no_journal_yet_only_the_new_folder_is_made(tmp_path: Path) -> None:
    empty = JournalPaths(tmp_path / "OneDrive" / "Reflect")
    empty.ensure_folder()
    local = JournalPaths(tmp_path / "local" / "Reflect")
    move_journal(empty, local, lambda: _record(empty, local))
    assert local.backups.is_dir()
    assert JournalPaths.resolve(empty.folder) == local
