"""Passphrases and key-derivation costs for journals made by storage and exchange tests."""

from __future__ import annotations

from reflect.storage.key_slot import KdfParams

PASSPHRASE = "a long test passphrase"

# Small key-derivation cost: these tests open many journals, none of them tests the KDF.
FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
