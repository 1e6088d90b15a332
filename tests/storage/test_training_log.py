"""The training log in a real encrypted journal: added, corrected, deleted, carried by
backups, and there in journals made before it existed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from reflect.domain.errors import InvalidInput, NotFound
from reflect.domain.training import MAX_TRAINING_MINUTES, Training, TrainingCategory
from reflect.storage.database import connect
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from tests.helpers.passphrases import PASSPHRASE

FROZEN_0005 = Path(__file__).resolve().parents[1] / "data" / "journals" / "0005"
DEI = TrainingCategory.DIVERSITY_EQUITY_INCLUSION


def _training(title: str = "Culture and care ✨", day: int = 4) -> Training:
    return Training(
        date=dt.date(2026, 3, day),
        title=title,
        minutes=90,
        provider="  Alliance   for IMH ",
        category=DEI,
        notes="What I want to try\r\nnext time",
    )


def test_a_training_is_logged_corrected_and_deleted(journal: Journal) -> None:
    saved = journal.save_training(_training())
    assert saved.provider == "Alliance for IMH"
    assert journal.trainings() == [saved]
    corrected = dataclasses.replace(saved, minutes=120, category=TrainingCategory.OTHER)
    journal.save_training(corrected)
    assert journal.trainings() == [corrected]  # the same uuid: corrected, not logged twice
    later = journal.save_training(_training("Later", day=20))
    assert [t.title for t in journal.trainings()] == ["Later", "Culture and care ✨"]
    journal.delete_training(saved.uuid)
    assert journal.trainings() == [later]
    with pytest.raises(NotFound):
        journal.delete_training(saved.uuid)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"minutes": 0}, "from a minute to 500 hours"),
        ({"minutes": MAX_TRAINING_MINUTES + 1}, "from a minute to 500 hours"),
        ({"title": "   "}, "give the training a title"),
        ({"title": "x" * 301}, "give the training a title"),
        ({"provider": "x" * 301}, "provider's name is at most 300"),
    ],
)
def test_a_training_that_cannot_be_kept_is_refused_with_a_sentence(
    journal: Journal, change: dict[str, object], words: str
) -> None:
    with pytest.raises(InvalidInput, match=words):
        journal.save_training(dataclasses.replace(_training(), **change))  # type: ignore[arg-type]
    assert journal.trainings() == []


def test_a_category_this_version_does_not_know_reads_as_other(
    created: tuple[JournalPaths, str],
) -> None:
    paths, recovery_key = created
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        saved = journal.save_training(_training())
    connection = connect(paths.database, decode_recovery_key(recovery_key))
    connection.execute("UPDATE trainings SET category = 'leadership'")  # as a newer Reflect might
    connection.commit()
    connection.close()
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        assert journal.trainings() == [dataclasses.replace(saved, category=TrainingCategory.OTHER)]


def test_a_restored_backup_brings_its_trainings_back(journal: Journal) -> None:
    kept = journal.save_training(_training())
    backup = journal.create_backup()
    journal.delete_training(kept.uuid)
    later = journal.save_training(_training("After the backup"))
    journal.restore_backup(backup.name)
    assert journal.trainings() == [kept]
    before = next(b for b in journal.backups() if b.reason == "before-restore")
    journal.restore_backup(before.name)
    assert journal.trainings() == [later]


def test_a_journal_made_at_0005_gains_a_training_log_it_can_use(tmp_path: Path) -> None:
    folder = tmp_path / "visitor"
    shutil.copytree(FROZEN_0005 / "visitor", folder)
    folder.chmod(0o700)
    for file in folder.iterdir():
        file.chmod(0o600)
    passphrase = (FROZEN_0005 / "passphrase.txt").read_text("utf-8").strip()
    paths = JournalPaths(folder)
    with Journal.open(paths, passphrase, auto_backup=False) as journal:
        assert [b.reason for b in journal.backups()] == ["before-migration"]
        assert journal.trainings() == []
        sessions = journal.sessions()
        saved = journal.save_training(_training())
    with Journal.open(paths, passphrase, auto_backup=False) as journal:
        assert journal.trainings() == [saved]
        assert journal.sessions() == sessions
