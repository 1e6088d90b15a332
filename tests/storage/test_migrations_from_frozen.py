"""Journals written by every earlier Reflect open in this one with nothing lost.

Each folder under tests/data/journals/ holds journals written by the Reflect of one schema
version (see make_frozen.py there). Opened with today's code, a copy is upgraded to the head
revision, whatever it is, after a backup; every reflection, comment, session, check-in,
family code, contact and shared reflection reads back field by field as that version read it;
search still finds the same words; and the journal can be written to again.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from reflect.domain.contact import ContactRole
from reflect.exchange.supervision import Supervision
from reflect.storage.database import connect
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from reflect.storage.schema_version import HEAD, KNOWN_REVISIONS, current_revision
from tests.data.journals.make_frozen import read_back

FROZEN = Path(__file__).resolve().parents[1] / "data" / "journals"
REVISIONS = sorted(p.name for p in FROZEN.iterdir() if p.is_dir() and p.name.isdigit())
JOURNALS = [
    (rev, role)
    for rev in REVISIONS
    for role in ("visitor", "supervisor")
    if (FROZEN / rev / role).is_dir()
]
# Columns added by later migrations, and the value an upgraded row must hold.
ADDED_LATER = {"version": 1}


def _expected(revision: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((FROZEN / revision / "expected.json").read_text("utf-8"))
    assert document["revision"] == revision
    return document


def _copy(revision: str, role: str, tmp_path: Path) -> tuple[JournalPaths, str, str]:
    """A private copy of a frozen journal, owner-only as Reflect keeps it; with its
    passphrase and recovery key."""
    folder = tmp_path / role
    shutil.copytree(FROZEN / revision / role, folder)
    folder.chmod(0o700)
    for file in folder.iterdir():
        file.chmod(0o600)
    passphrase = (FROZEN / revision / "passphrase.txt").read_text("utf-8").strip()
    recovery_key = (FROZEN / revision / f"{role}.recovery-key.txt").read_text("utf-8").strip()
    return JournalPaths(folder), passphrase, recovery_key


def assert_survived(expected: Any, actual: Any, where: str = "") -> None:
    """Every field the old version read back is read back the same today. Fields added
    since then hold the value their migration gives old rows."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        missing = expected.keys() - actual.keys()
        assert not missing, f"{where}: today's objects lost {sorted(missing)}"
        for key, value in expected.items():
            assert_survived(value, actual[key], f"{where}.{key}")
        for key in actual.keys() - expected.keys():
            if key in ADDED_LATER:
                assert actual[key] == ADDED_LATER[key], f"{where}.{key}"
    elif isinstance(expected, list):
        assert isinstance(actual, list), where
        assert len(actual) == len(expected), f"{where}: {len(expected)} became {len(actual)}"
        for index, (old, new) in enumerate(zip(expected, actual, strict=True)):
            assert_survived(old, new, f"{where}[{index}]")
    else:
        assert actual == expected, f"{where}: {expected!r} became {actual!r}"


def _revision(paths: JournalPaths, recovery_key: str) -> str | None:
    connection = connect(paths.database, decode_recovery_key(recovery_key))
    try:
        return current_revision(connection)
    finally:
        connection.close()


def test_every_earlier_revision_has_a_frozen_journal() -> None:
    # 0001 never shipped on its own: it arrived with 0002, so no Reflect ever wrote it.
    earlier = set(KNOWN_REVISIONS[:-1]) - {"0001"}
    missing = sorted(earlier - set(REVISIONS))
    assert not missing, f"run tests/data/journals/make_frozen.py for {missing}"
    assert set(REVISIONS) <= set(KNOWN_REVISIONS), "a frozen journal from an unknown schema"


@pytest.mark.parametrize(("revision", "role"), JOURNALS, ids=[f"{r}-{s}" for r, s in JOURNALS])
def test_a_frozen_journal_opens_upgraded_with_everything_in_it(
    revision: str, role: str, tmp_path: Path
) -> None:
    paths, passphrase, recovery_key = _copy(revision, role, tmp_path)
    expected = _expected(revision)["journals"][role]
    with Journal.open(paths, passphrase, auto_backup=False) as journal:
        reasons = [backup.reason for backup in journal.backups()]
        assert reasons == ([] if revision == HEAD else ["before-migration"])
        assert_survived(expected, read_back(journal, revision, role), f"{revision}/{role}")
    assert _revision(paths, recovery_key) == HEAD


@pytest.mark.parametrize(("revision", "role"), JOURNALS, ids=[f"{r}-{s}" for r, s in JOURNALS])
def test_a_frozen_journal_opens_with_its_recovery_key(
    revision: str, role: str, tmp_path: Path
) -> None:
    paths, _, recovery_key = _copy(revision, role, tmp_path)
    with Journal.open_with_recovery_key(paths, recovery_key, auto_backup=False) as journal:
        count = journal.count_reflections()
    assert count == len(_expected(revision)["journals"][role]["reflections"])
    assert _revision(paths, recovery_key) == HEAD


@pytest.mark.parametrize("revision", REVISIONS)
def test_an_upgraded_journal_takes_edits_and_keeps_them(revision: str, tmp_path: Path) -> None:
    paths, passphrase, _ = _copy(revision, "visitor", tmp_path)
    first = _expected(revision)["journals"]["visitor"]["reflections"][0]["uuid"]
    with Journal.open(paths, passphrase, auto_backup=False) as journal:
        old = journal.get_reflection(first)
        journal.update_reflection(dataclasses.replace(old, notes="Added today 🌅"))
    with Journal.open(paths, passphrase, auto_backup=False) as journal:
        again = journal.get_reflection(first)
        assert again.notes == "Added today 🌅"
        assert again.answers == old.answers
        assert [h.summary.uuid for h in journal.search("today")] == [first]


@pytest.mark.parametrize("revision", [r for r, role in JOURNALS if role == "supervisor"])
def test_an_upgraded_supervisor_journal_comments_on_what_was_shared(
    revision: str, tmp_path: Path
) -> None:
    paths, passphrase, _ = _copy(revision, "supervisor", tmp_path)
    with Journal.open(paths, passphrase, auto_backup=False) as journal:
        supervision = Supervision(journal)
        (shared,) = supervision.shared_with_me()
        (sam,) = supervision.contacts(ContactRole.SUPERVISEE)
        before = supervision.my_comments(sam.key_id)
        supervision.add_comment(sam.key_id, shared.reflection.uuid, None, "New today ✨")
        after = supervision.my_comments(sam.key_id)
    assert after[: len(before)] == before
    assert [c.body for c in after[len(before) :]] == ["New today ✨"]
