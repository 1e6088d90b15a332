"""The passphrase key slot: the master key wrapped by a key derived from the passphrase.

The slot lives in its own small file beside the database. Changing the passphrase rewrites
only this file (atomically), never the encrypted journal. Argon2id with 64 MiB makes each
guess at a passphrase cost real memory and time; AES-256-GCM makes a wrong passphrase fail
cleanly instead of producing a wrong key.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reflect.domain.errors import (
    DamagedJournal,
    KeyFileMissing,
    PassphraseTooShort,
    WrongPassphrase,
)
from reflect.storage.safe_files import fsync_folder, write_atomically

MIN_PASSPHRASE = 8
FORMAT = "reflect-key-slot"
VERSION = 1
_AAD = b"reflect key slot v1"


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost: 64 MiB, 3 passes, 4 lanes (about 0.2 s on a 2-core laptop)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


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
) -> None:
    """Swap in a slot for a new passphrase, only after proving it opens the journal.

    The new slot is written beside the old one, unwrapped again from disk with the new
    passphrase, and the key it yields must open the database; only then is it renamed over
    the old slot. A crash at any moment leaves exactly one of the two passphrases working.
    """
    temp = path.with_name(f".{path.name}.candidate")
    write_atomically(temp, build_slot(passphrase, master_key, params))
    try:
        if not opens_journal(unwrap_slot(temp, passphrase)):
            raise DamagedJournal
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    fsync_folder(path.parent)


def _read_document(path: Path) -> dict[str, object]:
    try:
        raw = path.read_bytes()
    except OSError:  # missing, a folder, unreadable: the passphrase cannot be used
        raise KeyFileMissing from None
    try:
        document = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise KeyFileMissing(
            "The file that lets your passphrase open the journal is damaged. "
            "Use your recovery key to open the journal and set a passphrase again."
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise KeyFileMissing
    return document


def stored_key_check(path: Path) -> str | None:
    """The key check from the key file, or None when the file is missing or unreadable."""
    try:
        value = _read_document(path).get("key_check")
    except KeyFileMissing:
        return None
    return value if isinstance(value, str) else None


def unwrap_slot(path: Path, passphrase: str) -> bytes:
    """The master key, or `WrongPassphrase`; never touches the database."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    document = _read_document(path)
    try:
        params = KdfParams(
            memory_kib=int(document["memory_kib"]),  # type: ignore[call-overload]
            iterations=int(document["iterations"]),  # type: ignore[call-overload]
            lanes=int(document["lanes"]),  # type: ignore[call-overload]
        )
        salt = base64.b64decode(str(document["salt"]), validate=True)
        nonce = base64.b64decode(str(document["nonce"]), validate=True)
        wrapped = base64.b64decode(str(document["wrapped_key"]), validate=True)
    except (KeyError, TypeError, ValueError):
        raise KeyFileMissing from None
    try:
        wrapping = _derive(passphrase, salt, params)
    except (ValueError, TypeError):
        raise KeyFileMissing from None  # impossible cost settings: the file is damaged
    try:
        master_key = AESGCM(wrapping).decrypt(nonce, wrapped, _AAD)
    except (InvalidTag, ValueError):
        raise WrongPassphrase from None
    if len(master_key) != 32:
        raise DamagedJournal
    return master_key
