"""The passphrase key slot: the master key wrapped by a key derived from the passphrase.

The slot lives in its own small file beside the database. Changing the passphrase rewrites
only this file (atomically), never the encrypted journal. Argon2id with 64 MiB makes each
guess at a passphrase cost real memory and time; AES-256-GCM makes a wrong passphrase fail
cleanly instead of producing a wrong key.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
from collections.abc import Callable
from pathlib import Path

from reflect.domain.errors import (
    DamagedJournal,
    KeyFileDamaged,
    KeyFileMissing,
    PassphraseTooShort,
    WrongPassphrase,
)
from reflect.files.safe_files import fsync_folder, write_atomically
from reflect.storage.key_file import FORMAT, VERSION, KdfParams, read_slot, stored_key_check

__all__ = [
    "KdfParams",
    "build_slot",
    "check_passphrase",
    "keep_aside_unless_ours",
    "key_check",
    "replace_slot",
    "stored_key_check",
    "unwrap_slot",
    "write_slot",
]

MIN_PASSPHRASE = 8
_AAD = b"reflect key slot v1"


def check_passphrase(passphrase: str) -> None:
    """Refuse empty or short passphrases before anything is written."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise PassphraseTooShort


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def key_check(master_key: bytes) -> str:
    """A short value that tells whether a key belongs to this journal without revealing it."""
    return hmac.new(master_key, b"reflect key check v1", hashlib.sha256).hexdigest()[:32]


def build_slot(passphrase: str, master_key: bytes, params: KdfParams | None = None) -> bytes:
    """The key file's bytes for `passphrase`; nothing is written."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    params = params or KdfParams()
    salt = os.urandom(16)
    nonce = os.urandom(12)
    wrapped = AESGCM(_derive(passphrase, salt, params)).encrypt(nonce, master_key, _AAD)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": "argon2id",
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "lanes": params.lanes,
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "wrapped_key": base64.b64encode(wrapped).decode("ascii"),
        "key_check": key_check(master_key),
    }
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def write_slot(
    path: Path, passphrase: str, master_key: bytes, params: KdfParams | None = None
) -> None:
    """Write (or replace) the key file atomically: a crash leaves the old or the new one."""
    write_atomically(path, build_slot(passphrase, master_key, params))


def replace_slot(
    path: Path,
    passphrase: str,
    master_key: bytes,
    opens_journal: Callable[[bytes], bool],
    params: KdfParams | None = None,
) -> Path | None:
    """Swap in a slot for a new passphrase, only after proving it opens the journal.

    The new slot is written beside the old one, unwrapped again from disk with the new
    passphrase, and the key it yields must open the database; only then is it renamed over
    the old slot. A crash at any moment leaves exactly one of the two passphrases working.
    A key file that was not this journal's is kept aside; its new name is returned.
    """
    temp = path.with_name(f".{path.name}.candidate")
    write_atomically(temp, build_slot(passphrase, master_key, params))
    try:
        if not opens_journal(unwrap_slot(temp, passphrase)):
            raise DamagedJournal
        kept_aside = keep_aside_unless_ours(path, master_key)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    fsync_folder(path.parent)
    return kept_aside


def keep_aside_unless_ours(path: Path, master_key: bytes) -> Path | None:
    """Rename a key file that is not a sound slot for `master_key` out of the way.

    A damaged key file, or one copied from another journal, may be the only copy of
    something its owner needs, so it is kept beside the journal under another name
    (`journal.keys.damaged-…` or `journal.keys.other-journal-…`), never overwritten.
    Returns the new name, or None when the key file is this journal's own (or absent).
    """
    if not os.path.lexists(path):
        return None
    try:
        stored: str | None = read_slot(path).key_check
    except KeyFileMissing:  # unreadable or damaged
        stored = None
    if stored is not None and hmac.compare_digest(stored, key_check(master_key)):
        return None
    kind = "damaged" if stored is None else "other-journal"
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{kind}-{stamp}")
    number = 1
    while os.path.lexists(target):
        number += 1
        target = path.with_name(f"{path.name}.{kind}-{stamp}-{number}")
    os.rename(path, target)
    return target


def unwrap_slot(path: Path, passphrase: str) -> bytes:
    """The master key, or `WrongPassphrase`; never touches the database."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    slot = read_slot(path)
    try:
        wrapping = _derive(passphrase, slot.salt, slot.params)
    except (ValueError, TypeError, MemoryError):
        raise KeyFileDamaged from None  # cost settings this computer cannot meet
    try:
        master_key = AESGCM(wrapping).decrypt(slot.nonce, slot.wrapped, _AAD)
    except (InvalidTag, ValueError):
        raise WrongPassphrase from None
    if len(master_key) != 32:
        raise DamagedJournal
    return master_key
