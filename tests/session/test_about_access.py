"""What the About box is told: whether the journal is in the usual folder, and the journal
format this Reflect writes (the newest migration)."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from reflect.session.journal_session import JournalSession
from reflect.storage.paths import JournalPaths

VERSIONS = Path(__file__).resolve().parents[2] / "reflect" / "storage" / "migrations" / "versions"


def test_the_usual_folder_is_told_from_one_chosen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usual = tmp_path / "usual"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *_, **__: str(usual))
    monkeypatch.delenv("REFLECT_DATA_DIR", raising=False)
    assert JournalSession(JournalPaths.resolve()).in_usual_folder
    assert not JournalSession(JournalPaths.resolve(tmp_path / "chosen")).in_usual_folder


def test_the_journal_format_is_the_newest_migration(tmp_path: Path) -> None:
    newest = max(p.name for p in VERSIONS.glob("[0-9]*.py"))
    assert JournalSession(JournalPaths(tmp_path)).journal_format() == newest[:4]
