"""Which journal formats this version of Reflect knows, and bringing a journal up to date.

Opening a journal only compares its recorded revision with these constants; Alembic (which
is slow to import) is loaded only when a journal actually needs creating or migrating.
"""

from __future__ import annotations

from typing import Any

from reflect.domain.errors import DamagedJournal, JournalTooNew
from reflect.files.shipped import MIGRATIONS, shipped

# Every revision in migrations/versions, oldest first; a test checks this against Alembic.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD = KNOWN_REVISIONS[-1]


def current_revision(connection: Any) -> str | None:
    """The revision recorded in the journal, or None for a journal with no tables yet."""
    tables = {
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        ).fetchall()
    }
    if "alembic_version" not in tables:
        if tables:
            raise DamagedJournal
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def needs_upgrade(revision: str | None) -> bool:
    """True when the journal is older than this app; `JournalTooNew` when it is newer."""
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise JournalTooNew
    return revision != HEAD


def upgrade(connection: Any, target: str = "head") -> None:
    """Run the packaged migrations on `connection` (a SQLAlchemy connection) up to `target`."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(shipped(MIGRATIONS)))
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def shipped_revisions() -> tuple[str, ...]:
    """The revisions of the migrations Reflect ships, oldest first, as Alembic reads them
    from their files (the self-check compares them with `KNOWN_REVISIONS`)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(shipped(MIGRATIONS)))
    script = ScriptDirectory.from_config(config)
    return tuple(str(rev.revision) for rev in reversed(list(script.walk_revisions())))
