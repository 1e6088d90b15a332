"""Nothing readable leaves the encrypted file: not on disk, not in errors, not in logs."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
import time
import traceback
import uuid
from pathlib import Path

import pytest

from reflect.domain.comment import Comment
from reflect.domain.errors import ReflectError
from reflect.storage.database import connect
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE
from tests.helpers.sqlcipher_pages import decrypted_pages


def _marker() -> str:
    return f"zqmark{uuid.uuid4().hex[:12]}"


def _files_holding(folder: Path, needle: bytes, since: float) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        try:
            if path.is_file() and path.stat().st_mtime >= since and needle in path.read_bytes():
                hits.append(str(path))
        except (PermissionError, FileNotFoundError):
            continue
    return hits


def test_marker_is_nowhere_on_disk_while_open_or_after_close(paths: JournalPaths) -> None:
    started = time.time() - 1
    marker = _marker()
    journal, _ = Journal.create(paths, PASSPHRASE)
    saved = journal.add_reflection(reflection(marker, private_marker=f"private {marker}"))
    journal.add_comment(
        Comment(saved.uuid, "Supervisor", f"comment {marker}", dt.datetime.now(dt.UTC))
    )
    assert journal.search(marker)
    journal.create_backup()
    needle = marker.encode()
    assert _files_holding(paths.folder, needle, started) == []
    assert _files_holding(Path(tempfile.gettempdir()), needle, started) == []
    journal.close()
    assert _files_holding(paths.folder, needle, started) == []
    assert _files_holding(Path(tempfile.gettempdir()), needle, started) == []


def _add_failing_trigger(paths: JournalPaths, recovery_key: str, table: str) -> None:
    connection = connect(paths.database, decode_recovery_key(recovery_key))
    connection.execute(
        f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} "
        "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
    )
    connection.close()


@pytest.mark.parametrize("table", ["answers", "comments"])
def test_database_errors_never_carry_the_text(
    created: tuple[JournalPaths, str], caplog: pytest.LogCaptureFixture, table: str
) -> None:
    paths, recovery_key = created
    marker = _marker()
    with Journal.open(paths, PASSPHRASE) as journal:
        target = journal.add_reflection(reflection())
    _add_failing_trigger(paths, recovery_key, table)
    caplog.set_level(logging.DEBUG)
    with Journal.open(paths, PASSPHRASE) as journal:
        with pytest.raises(ReflectError) as raised:
            if table == "answers":
                journal.add_reflection(reflection(marker))
            else:
                journal.add_comment(
                    Comment(target.uuid, "Supervisor", marker, dt.datetime.now(dt.UTC))
                )
        error = raised.value
        shown = "".join(traceback.format_exception(error)) + repr(error) + str(error)
        assert marker not in shown
        assert marker not in str(error.__context__) and marker not in repr(error.__context__)
        assert "Your text is still here" in str(error)
    assert marker not in caplog.text


def test_deleted_words_are_not_in_any_page_read_with_the_key(
    created: tuple[JournalPaths, str],
) -> None:
    paths, recovery_key = created
    key = decode_recovery_key(recovery_key)
    marker = _marker()
    with Journal.open(paths, PASSPHRASE) as journal:
        for index in range(30):
            journal.add_reflection(reflection(f"keep {index}"))
        doomed = journal.add_reflection(reflection(marker))
        # Earlier drafts of the same reflection must go too.
        journal.update_reflection(
            doomed.__class__(
                **{**{f: getattr(doomed, f) for f in doomed.__slots__}, "notes": f"draft {marker}"}
            )
        )
        pages = decrypted_pages(paths.database, key)
        wal = Path(f"{paths.database}-wal")
        assert any(marker.encode() in p for p in pages) or wal.stat().st_size > 0
        journal.delete_reflection(doomed.uuid)
        assert not wal.exists() or wal.stat().st_size == 0
        assert not any(marker.encode() in page for page in decrypted_pages(paths.database, key))
        assert journal.search(marker) == []
    assert not any(marker.encode() in page for page in decrypted_pages(paths.database, key))


def test_page_reader_really_decrypts(created: tuple[JournalPaths, str]) -> None:
    paths, recovery_key = created
    first = decrypted_pages(paths.database, decode_recovery_key(recovery_key))[0]
    assert first[:2] == (4096).to_bytes(2, "big")  # the SQLite header's page size field
    assert os.path.getsize(paths.database) % 4096 == 0
