"""Read a SQLCipher 4 file's pages with its raw key, free pages included.

This is how the tests look for words that should be gone: not through SQL, which only shows
live rows, but in every decrypted page of the file.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512 at the end of each page
SALT = 16


def decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    """The plaintext of one page (without the salt on page 1 and without the reserve)."""
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the file, decrypted."""
    data = path.read_bytes()
    return [
        decrypt_page(data[offset : offset + PAGE], key, offset == 0)
        for offset in range(0, len(data) - PAGE + 1, PAGE)
    ]
