"""Real encrypted journals in tmp_path: no mocks of our own storage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.passphrases import PASSPHRASE


@pytest.fixture
def paths(tmp_path: Path) -> JournalPaths:
    return JournalPaths(tmp_path / "journal")


@pytest.fixture
def created(paths: JournalPaths) -> tuple[JournalPaths, str]:
    """A closed journal and its recovery key."""
    journal, recovery_key = Journal.create(paths, PASSPHRASE)
    journal.close()
    return paths, recovery_key


@pytest.fixture
def journal(paths: JournalPaths) -> Iterator[Journal]:
    journal, _ = Journal.create(paths, PASSPHRASE)
    yield journal
    if journal.is_open:
        journal.close()
