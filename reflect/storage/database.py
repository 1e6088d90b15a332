"""Connections to the encrypted database, and turning driver errors into typed ones.

Every connection is keyed with the raw 256-bit master key (SQLCipher skips its own key
derivation for raw keys; the passphrase already went through Argon2id) and gets the same
pragmas, so a backup or a background check behaves exactly like the main connection.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# SQLAlchemy loads its SQLite dialect at the first `create_engine`, i.e. at the first unlock
# (~12 ms); imported here, it loads with the storage layer while the visitor types.
import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401
import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.pool import StaticPool

from reflect.domain.errors import (
    DamagedJournal,
    DiskFull,
    InvalidInput,
    JournalAlreadyOpen,
    ReadOnlyJournal,
    ReflectError,
    StorageFailure,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
# Below this much free space an I/O error during a write is reported as a full disk.
LOW_DISK_BYTES = 64 * 1024 * 1024

# SQLite primary result codes (sqlcipher3 reports primary codes only).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    # Freed pages and cells are overwritten with zeros: deleted words do not linger.
    "PRAGMA secure_delete = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    # Every page read is decrypted and authenticated (about 20 µs each); a 32 MiB cache keeps
    # the list index and the hot part of the search index decrypted. It grows only with use.
    "PRAGMA cache_size = -32768",
)


def connect(path: Path, master_key: bytes, *, check: bool = False) -> Any:
    """A keyed sqlcipher3 connection with every pragma set; raises typed errors.

    Reading the schema proves the key: a wrong key or a damaged first page both fail here,
    before anything could be written. With `check`, every page's HMAC is verified first, so
    a flipped byte anywhere in the file is found before the first write.
    """
    # mode=rw: an existing file only. A missing backup or journal must fail, never be
    # silently created empty (and then copied over the real journal).
    connection = sqlcipher3.connect(
        path.resolve().as_uri() + "?mode=rw",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    try:
        connection.execute(f"PRAGMA key = \"x'{master_key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if check and not pages_intact(connection):
            connection.close()
            raise DamagedJournal
        for pragma in _PRAGMAS:
            connection.execute(pragma)
    except sqlcipher3.DatabaseError as error:
        connection.close()
        raise translate(error, writing=False) from None
    return connection


def pages_intact(connection: Any) -> bool:
    """Every page of the file carries a valid HMAC (SQLCipher's own check; reads the file)."""
    return not connection.execute("PRAGMA cipher_integrity_check").fetchall()


def structure_intact(connection: Any) -> bool:
    """SQLite's `quick_check`: every b-tree page and record is well-formed."""
    return bool(connection.execute("PRAGMA quick_check").fetchall() == [("ok",)])


def verify_file(path: Path, master_key: bytes, *, pages: bool) -> None:
    """Read the whole file on a connection of its own; `DamagedJournal` if anything is off."""
    with translated(writing=False):
        connection = connect(path, master_key)
        try:
            connection.execute("PRAGMA cache_size = -2048")  # one pass over the file: no cache
            if (pages and not pages_intact(connection)) or not structure_intact(connection):
                raise DamagedJournal
        finally:
            connection.close()


def make_engine(
    path: Path,
    master_key: bytes,
    *,
    check: bool = False,
    creator: Callable[[], Any] | None = None,
) -> Engine:
    """One engine over one connection: a desktop journal has one writer and no pool to tune.

    `creator` hands over a connection already open (see `JournalConnection`).
    """
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=creator or (lambda: connect(path, master_key, check=check)),
        poolclass=StaticPool,
        hide_parameters=True,
    )

    # The driver runs in autocommit mode; SQLAlchemy's transactions become explicit BEGINs,
    # so every save is exactly one SQLite transaction.
    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def checkpoint(engine: Engine, attempts: int = 5) -> None:
    """Fold the write-ahead log into the file and truncate it (outside any transaction).

    A reader elsewhere can hold the log open; try a few times, then say it did not happen
    (`StorageFailure`) rather than let deleted words sit in the log unremarked.
    """
    raw = engine.raw_connection()
    try:
        checkpoint_driver(raw.driver_connection, attempts)
    finally:
        raw.close()


def checkpoint_driver(connection: Any, attempts: int = 5) -> None:
    """`checkpoint`, on a sqlcipher3 connection."""
    for attempt in range(attempts):
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return
        time.sleep(0.05 * (attempt + 1))
    raise StorageFailure(
        "The journal could not finish tidying its files just now. Nothing is lost; "
        "close and reopen Reflect to finish."
    )


def is_read_only(path: Path) -> bool:
    """True when the file or its folder has no write permission for its owner.

    Mode bits, not `os.access`: an administrator account can write anywhere, but a file
    marked read-only is still a file the visitor did not mean to change.
    """
    for target in (path, path.parent):
        with contextlib.suppress(FileNotFoundError):
            if not target.stat().st_mode & stat.S_IWUSR:
                return True
    return False


def _code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def translate(error: BaseException, *, writing: bool, folder: Path | None = None) -> ReflectError:
    """A typed error for a driver or SQLAlchemy error; never carries its text onward."""
    if isinstance(error, ReflectError):
        return error
    if (isinstance(error, DBAPIError) and error.orig is not None) or (
        isinstance(error, StatementError) and error.orig is not None
    ):
        error = error.orig
    code = _code(error)
    log.warning("database error %s (code %s)", type(error).__name__, code)
    if code in {SQLITE_NOTADB, SQLITE_CORRUPT}:
        return DamagedJournal()
    if code == SQLITE_FULL:
        return DiskFull()
    if code == SQLITE_READONLY:
        return ReadOnlyJournal()
    if code in {SQLITE_BUSY, SQLITE_LOCKED}:
        return JournalAlreadyOpen()
    if code == SQLITE_CONSTRAINT or isinstance(error, sqlcipher3.IntegrityError):
        return InvalidInput(
            "Not saved: the journal refused this change. Your text is still here; try saving "
            "again, and if it keeps happening, copy your text somewhere safe."
        )
    if code == SQLITE_IOERR and writing and folder is not None and _low_on_disk(folder):
        return DiskFull()
    if code == SQLITE_CANTOPEN:
        return StorageFailure(
            "The journal file could not be opened. Check that its folder still exists "
            "and that you can write to it."
        )
    if writing:
        return StorageFailure(
            "Not saved: Reflect could not write to the journal file. Your text is still here. "
            "Check that the disk has free space, then try again."
        )
    return StorageFailure(
        "The journal could not be read just now. Nothing has been changed; please try again."
    )


def _low_on_disk(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_DISK_BYTES
    except OSError:
        return False


@contextlib.contextmanager
def translated(*, writing: bool, folder: Path | None = None) -> Iterator[None]:
    """Run a block and re-raise any database failure as a typed `ReflectError`."""
    try:
        yield
    except ReflectError:
        raise
    except (sqlcipher3.Error, DBAPIError, StatementError) as error:
        raise translate(error, writing=writing, folder=folder) from None
    except (ValueError, UnicodeError) as error:
        # e.g. text that cannot be stored (a lone surrogate): never pass its text on
        log.warning("value error %s", type(error).__name__)
        raise InvalidInput(
            "That could not be saved: some of the text has characters Reflect cannot store. "
            "Your text is still here; retype the last few characters."
        ) from None
    except OSError as error:
        log.warning("file error %s (errno %s)", type(error).__name__, error.errno)
        if writing and folder is not None and _low_on_disk(folder):
            raise DiskFull from None
        raise StorageFailure from None
