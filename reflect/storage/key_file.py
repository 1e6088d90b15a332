"""Reading the key slot file (`journal.keys`) as the untrusted input it is.

Anyone can put any file beside a journal: a copy from another journal, a file cut short,
a pipe, a device, a document built to make the key derivation run for hours or exhaust
memory. So the file is read as a regular file with a size cap, parsed with a nesting cap,
and every field is checked for type and range before any of it is used. Anything outside
what Reflect writes is refused at once as damaged, with the recovery key as the way in.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from pathlib import Path

from reflect.domain.errors import KeyFileDamaged, KeyFileMissing
from reflect.files.safe_files import FileTooLarge, NotARegularFile, read_regular_file
from reflect.storage import bounded_json

FORMAT = "reflect-key-slot"
VERSION = 1
MAX_KEY_FILE = 64 * 1024  # Reflect writes about 400 bytes
_MAX_DEPTH = 4  # Reflect writes one flat object
# Argon2id costs a key file may ask for: from a little below what Reflect writes to the most
# a small laptop could give; larger values would hang the unlock or exhaust memory.
MEMORY_KIB = (8 * 1024, 1024 * 1024)
ITERATIONS = (1, 10)
LANES = (1, 16)
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + 16  # the master key and its AES-GCM tag
_KEY_CHECK = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost: 64 MiB, 3 passes, 4 lanes (about 0.2 s on a 2-core laptop)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


@dataclass(frozen=True, slots=True)
class SlotDocument:
    """A key file's fields, each checked to be what Reflect writes."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    key_check: str


def _read_bytes(path: Path) -> bytes:
    try:
        return read_regular_file(path, MAX_KEY_FILE)
    except FileNotFoundError:
        raise KeyFileMissing from None
    except (NotARegularFile, FileTooLarge):
        raise KeyFileDamaged from None
    except OSError:  # unreadable: permissions, a folder on Windows, a failing disk
        raise KeyFileMissing(
            "The file that lets your passphrase open the journal cannot be read. "
            "Use your recovery key to open the journal and set a passphrase again."
        ) from None


def _number(document: dict[str, object], name: str, bounds: tuple[int, int]) -> int:
    value = document.get(name)
    # bool is an int in Python; a float, a string or an out-of-range number is not ours.
    if type(value) is not int or not bounds[0] <= value <= bounds[1]:
        raise KeyFileDamaged
    return value


def _bytes(document: dict[str, object], name: str, length: int) -> bytes:
    value = document.get(name)
    # Base64 of `length` bytes is never longer than this: checked before decoding.
    if not isinstance(value, str) or len(value) > 4 * (length // 3 + 1):
        raise KeyFileDamaged
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileDamaged from None
    if len(decoded) != length:
        raise KeyFileDamaged
    return decoded


def parse_slot(raw: bytes) -> SlotDocument:
    """The checked fields of a key file's bytes; `KeyFileDamaged` for anything else."""
    try:
        document = bounded_json.loads(raw, max_depth=_MAX_DEPTH, max_string=1024, max_containers=16)
    except bounded_json.JsonRefused:
        raise KeyFileDamaged from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise KeyFileDamaged
    if document.get("version") != VERSION or type(document.get("version")) is not int:
        raise KeyFileDamaged
    if document.get("kdf") != "argon2id":
        raise KeyFileDamaged
    check = document.get("key_check")
    if not isinstance(check, str) or not _KEY_CHECK.fullmatch(check):
        raise KeyFileDamaged
    return SlotDocument(
        params=KdfParams(
            memory_kib=_number(document, "memory_kib", MEMORY_KIB),
            iterations=_number(document, "iterations", ITERATIONS),
            lanes=_number(document, "lanes", LANES),
        ),
        salt=_bytes(document, "salt", SALT_BYTES),
        nonce=_bytes(document, "nonce", NONCE_BYTES),
        wrapped=_bytes(document, "wrapped_key", WRAPPED_BYTES),
        key_check=check,
    )


def read_slot(path: Path) -> SlotDocument:
    """The key file at `path`, checked; `KeyFileMissing` or `KeyFileDamaged` otherwise."""
    return parse_slot(_read_bytes(path))


def stored_key_check(path: Path) -> str | None:
    """The key check from a sound key file; None when it is missing, unreadable or damaged.

    The recovery key never needs the key file, so nothing about it may stop that path.
    """
    try:
        return read_slot(path).key_check
    except KeyFileMissing:
        return None
