"""A backup from before a schema migration is brought up to date when restored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reflect.domain.errors import JournalTooNew
from reflect.storage.backups import backup_name
from reflect.storage.database import connect, make_engine
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from reflect.storage.schema_version import HEAD, current_revision, upgrade
from tests.helpers.clock import START
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE

OLD_UUID = "0b3e6a52-1c1f-4c3e-9d7a-4c8e2f1a0001"


def old_backup(folder: Path, key: bytes, revision: str, sequence: int = 1) -> str:
    """A backup file written by an older Reflect (schema at `revision`), holding one
    reflection whose notes say "the old lighthouse"."""
    name = backup_name(sequence, START, "daily")
    path = folder / name
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    engine = make_engine(path, key)
    with engine.begin() as conn:
        upgrade(conn, revision)
        conn.exec_driver_sql(
            "INSERT INTO family_codes (code, active, created_at) VALUES ('AB', 1, '2025-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO reflections (uuid, visit_date, family_code, visit_kind, template_id, "
            "notes, status, share_state, preview, created_at, updated_at) VALUES "
            f"('{OLD_UUID}', "
            "'2025-01-02', 'AB', 'home-visit', 'after-visit', 'the old lighthouse', 'draft', "
            "'private', '', '2025-01-02T00:00:00+00:00', '2025-01-02T00:00:00+00:00')"
        )
    engine.dispose()
    return name


def _revision(path: Path, key: bytes) -> str | None:
    connection = connect(path, key)
    try:
        return current_revision(connection)
    finally:
        connection.close()


def test_restoring_a_backup_from_before_a_migration_brings_it_up_to_date(
    created: tuple[JournalPaths, str],
) -> None:
    paths, recovery_key = created
    key = decode_recovery_key(recovery_key)
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        present = journal.add_reflection(reflection("written today"))
        name = old_backup(journal.paths.backups, key, "0003", sequence=50)
        journal.restore_backup(name)
        assert _revision(journal.paths.database, key) == HEAD
        old = journal.get_reflection(OLD_UUID)
        assert old.notes == "the old lighthouse"
        journal.update_reflection(old)  # writable at this schema
        before = next(b for b in journal.backups() if b.reason == "before-restore")
        journal.restore_backup(before.name)
        assert journal.get_reflection(present.uuid) == present


def test_a_backup_from_a_newer_reflect_is_refused_and_nothing_changes(
    created: tuple[JournalPaths, str],
) -> None:
    paths, recovery_key = created
    key = decode_recovery_key(recovery_key)
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        present = journal.add_reflection(reflection("written today"))
        name = old_backup(journal.paths.backups, key, "head", sequence=50)
        connection = connect(journal.paths.backups / name, key)
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.close()
        before = journal.backups()
        with pytest.raises(JournalTooNew) as raised:
            journal.restore_backup(name)
        assert "newer version of Reflect" in raised.value.sentence
        assert journal.get_reflection(present.uuid) == present
        assert journal.backups() == before
