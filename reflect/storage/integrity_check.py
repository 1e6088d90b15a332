"""The integrity check a large journal gets in the background after it opens.

Two passes, each able to stop within a few tens of milliseconds when the journal is locked:

- every page's HMAC (what SQLCipher's `cipher_integrity_check` verifies), read from the
  file in chunks, with a look at the stop signal between chunks. The pragma itself cannot
  be interrupted and takes seconds on a large journal, so the same check is done here: a
  SQLCipher 4 page ends with a 16-byte IV and a 64-byte HMAC-SHA512 of the page's
  ciphertext and IV followed by its page number (4 bytes, little-endian), keyed with
  PBKDF2-HMAC-SHA512(key, file salt XOR 0x3a, 2 rounds, 32 bytes);
- SQLite's `quick_check` of every b-tree, which `sqlite3_interrupt` cuts short.

An interrupted check has found nothing either way; it runs again at the next opening.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from pathlib import Path

from reflect.domain.errors import DamagedJournal
from reflect.storage.background_task import StopSignal
from reflect.storage.database import connect, structure_intact, translated

PAGE_SIZE = 4096
HMAC_SIZE = 64
SALT_SIZE = 16
HMAC_SALT_MASK = 0x3A
FAST_KDF_ROUNDS = 2
CHUNK_PAGES = 256  # about 1 MiB between looks at the stop signal
# A large journal's check starts a moment after opening, once the window has drawn the
# journal: the unlock is what the visitor is watching, and the check only guards saves.
START_AFTER_S = 0.5


def page_hmac_key(master_key: bytes, salt: bytes) -> bytes:
    """The key SQLCipher 4 derives from the raw key to authenticate pages."""
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", master_key, hmac_salt, FAST_KDF_ROUNDS, 32)


def page_is_intact(page: bytes, number: int, key: bytes) -> bool:
    """True when `page` (page `number`, counted from 1) carries its valid HMAC."""
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_SIZE if number == 1 else 0
    body = page[start : PAGE_SIZE - HMAC_SIZE] + number.to_bytes(4, "little")
    expected = hmac.digest(key, body, "sha512")
    return hmac.compare_digest(expected, page[PAGE_SIZE - HMAC_SIZE :])


def check_pages(path: Path, master_key: bytes, stop: StopSignal) -> bool:
    """True when every page of the file is authentic; stops (`Stopped`) between chunks."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        if size % PAGE_SIZE:
            return False
        key = page_hmac_key(master_key, os.pread(fd, SALT_SIZE, 0))
        for first in range(0, size // PAGE_SIZE, CHUNK_PAGES):
            stop.report(first, size // PAGE_SIZE)
            stop.check()
            chunk = os.pread(fd, CHUNK_PAGES * PAGE_SIZE, first * PAGE_SIZE)
            for index in range(len(chunk) // PAGE_SIZE):
                number = first + index + 1
                page = chunk[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
                if not page_is_intact(page, number, key) and not _intact_on_second_look(
                    fd, number, key
                ):
                    return False
    finally:
        os.close(fd)
    return True


def _intact_on_second_look(fd: int, number: int, key: bytes) -> bool:
    """A page being folded in from the log at that moment can read half-written: look again."""
    time.sleep(0.05)
    return page_is_intact(os.pread(fd, PAGE_SIZE, (number - 1) * PAGE_SIZE), number, key)


def check_structure(path: Path, master_key: bytes, stop: StopSignal) -> bool:
    """SQLite's `quick_check` on a connection of its own, interrupted if asked to stop."""
    with translated(writing=False):
        connection = connect(path, master_key)
    try:
        connection.execute("PRAGMA cache_size = -2048")  # one pass over the file: no cache
        stop.interrupting(connection.interrupt)
        try:
            stop.check()
            with translated(writing=False):
                return structure_intact(connection)
        finally:
            stop.interrupting(None)
    finally:
        connection.close()


def verify(path: Path, master_key: bytes, stop: StopSignal, *, pages: bool) -> None:
    """`DamagedJournal` if any page or b-tree is off; `Stopped` if asked to stop first."""
    if pages:
        stop.pause(START_AFTER_S)
    if pages and not check_pages(path, master_key, stop):
        raise DamagedJournal
    stop.check()
    if not check_structure(path, master_key, stop):
        raise DamagedJournal
