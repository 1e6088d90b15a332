"""Migrations: shipped, complete, run at open with a backup first; newer journals refused."""

from __future__ import annotations

import os
from importlib.resources import files

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from reflect.domain.errors import JournalTooNew
from reflect.storage.database import make_engine
from reflect.storage.journal import Journal
from reflect.storage.key_slot import write_slot
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from reflect.storage.schema import metadata
from reflect.storage.schema_version import (
    HEAD,
    KNOWN_REVISIONS,
    needs_upgrade,
    shipped_revisions,
    upgrade,
)
from tests.helpers.passphrases import PASSPHRASE


def test_known_revisions_are_exactly_the_shipped_migrations() -> None:
    config = Config()
    config.set_main_option("script_location", str(files("reflect.storage") / "migrations"))
    script = ScriptDirectory.from_config(config)
    shipped = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(shipped) == KNOWN_REVISIONS == shipped_revisions()
    assert script.get_current_head() == HEAD


def test_migrated_journal_matches_the_schema(created: tuple[JournalPaths, str]) -> None:
    paths, recovery_key = created
    engine = make_engine(paths.database, decode_recovery_key(recovery_key))
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    relevant = [
        d
        for d in diffs
        if not (d[0] == "remove_table" and d[1].name.startswith(("search_index", "alembic")))
    ]
    assert relevant == []


def test_an_older_journal_is_backed_up_then_upgraded(paths: JournalPaths) -> None:
    """A journal at the first revision, with a reflection in it, opens in this version."""
    paths.ensure_folder()
    key = os.urandom(32)
    fd = os.open(paths.database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    engine = make_engine(paths.database, key)
    with engine.begin() as conn:
        upgrade(conn, KNOWN_REVISIONS[0])
        conn.exec_driver_sql(
            "INSERT INTO family_codes (code, active, created_at) VALUES ('AB', 1, '2025-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO reflections (uuid, visit_date, family_code, visit_kind, template_id, "
            "notes, status, share_state, preview, created_at, updated_at) VALUES ('u-1', "
            "'2025-01-02', 'AB', 'home-visit', 'after-visit', 'the old lighthouse', 'draft', "
            "'private', '', '2025-01-02T00:00:00+00:00', '2025-01-02T00:00:00+00:00')"
        )
    engine.dispose()
    write_slot(paths.keys, PASSPHRASE, key)
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        assert [b.reason for b in journal.backups()] == ["before-migration"]
        assert [h.summary.uuid for h in journal.search("lighthouse")] == ["u-1"]
    assert not needs_upgrade(HEAD)


def test_unknown_revision_is_too_new() -> None:
    with pytest.raises(JournalTooNew):
        needs_upgrade("9999")
