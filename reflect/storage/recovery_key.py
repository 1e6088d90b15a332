"""The recovery key: the journal's database key, written so a person can type it.

It encodes the 256-bit master key itself plus a short checksum, in Crockford base32 (no I, L,
O or U; case and dashes ignored, O read as 0 and I/L as 1). Because it *is* the database key,
it opens the journal with nothing but the database file; the checksum tells a typing mistake
apart from a key that belongs to another journal.
"""

from __future__ import annotations

import hashlib

from reflect.domain.errors import InvalidRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
KEY_BYTES = 32
CHECK_BYTES = 3
GROUP = 4


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"reflect recovery key v1" + key).digest()[:CHECK_BYTES]


def encode_recovery_key(master_key: bytes) -> str:
    """Fourteen groups of four characters, e.g. `7QX2-...`."""
    if len(master_key) != KEY_BYTES:
        raise ValueError("master key must be 32 bytes")
    number = int.from_bytes(master_key + _checksum(master_key), "big")
    total = (KEY_BYTES + CHECK_BYTES) * 8 // 5
    chars = [ALPHABET[(number >> (5 * (total - 1 - i))) & 31] for i in range(total)]
    text = "".join(chars)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def decode_recovery_key(typed: str) -> bytes:
    """The master key from a typed recovery key; `InvalidRecoveryKey` on any typing mistake."""
    cleaned = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in "-_.")
    total = (KEY_BYTES + CHECK_BYTES) * 8 // 5
    if len(cleaned) != total or any(ch not in _DECODE for ch in cleaned):
        raise InvalidRecoveryKey
    number = 0
    for ch in cleaned:
        number = (number << 5) | _DECODE[ch]
    raw = number.to_bytes(KEY_BYTES + CHECK_BYTES, "big")
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise InvalidRecoveryKey
    return key
