"""An exchange identity: an age (X25519) key to receive packets, an Ed25519 key to sign them.

What others need of it is one copyable line, `reflect-contact:1:<age recipient>:<signing
key>`, and a short fingerprint to read aloud before the first exchange.
"""

from __future__ import annotations

import base64
import codecs
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reflect.domain.contact import CONTACT_PREFIX, Contact, ContactRole
from reflect.domain.errors import ReflectError
from reflect.files.safe_files import FileTooLarge, NotARegularFile, read_regular_file

NOT_A_KEY = (
    "That is not a Reflect exchange key. Copy the whole line from the other person's "
    "Settings, then paste it again."
)
BAD_RECIPIENT = (
    "That exchange key is incomplete or was changed on the way: its first part (age1…) does "
    "not check out. Ask the other person to copy the whole line again from Supervision, "
    "People, then paste it again. Nothing was added."
)
BAD_SIGNING_KEY = (
    "That exchange key is incomplete or was changed on the way: its last part (after the "
    "last colon) is not a signing key. Ask the other person to copy the whole line again "
    "from Supervision, People, then paste it again. Nothing was added."
)
_DASHES = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63"}


def normalise_contact_line(line: str) -> str:
    """The line as it was meant: what word processors and chat apps add is taken out.

    NFKC folds look-alike characters; invisible format characters (zero-width spaces and
    joiners, byte order marks, soft hyphens) and every kind of space and line break are
    dropped; typographic dashes become the plain hyphen the prefix is written with. None
    of these can be part of a key, so nothing real is lost.
    """
    kept = []
    for char in unicodedata.normalize("NFKC", line):
        if char.isspace() or unicodedata.category(char) in ("Cf", "Cc", "Zs", "Zl", "Zp"):
            continue
        kept.append("-" if char in _DASHES else char)
    return "".join(kept)


def parse_contact_line(name: str, line: str, role: ContactRole = ContactRole.SUPERVISOR) -> Contact:
    """A contact from a pasted line, normalised and checked whole; a sentence if it is not one.

    Both keys are checked here, when the person is added, so a bad line can never fail
    later, at share time or at import.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from pyrage import RecipientError, x25519

    text = normalise_contact_line(line)
    # A word processor may capitalise the first letter; the prefix is ours, so case is moot.
    if text[: len(CONTACT_PREFIX)].lower() != CONTACT_PREFIX:
        raise ReflectError(NOT_A_KEY)
    parts = text[len(CONTACT_PREFIX) :].split(":")
    if len(parts) != 2:
        raise ReflectError(NOT_A_KEY)
    recipient_text, key_text = parts
    try:
        # The canonical (lower-case) form, so the fingerprint matches the other side's.
        recipient = str(x25519.Recipient.from_str(recipient_text))
    except (ValueError, RecipientError):
        raise ReflectError(BAD_RECIPIENT) from None
    if not recipient.startswith("age1"):
        raise ReflectError(BAD_RECIPIENT)
    try:
        signing = base64.b64decode(key_text, validate=True)
        if len(signing) != 32:
            raise ValueError("length")
        Ed25519PublicKey.from_public_bytes(signing)
    except ValueError:
        raise ReflectError(BAD_SIGNING_KEY) from None
    return Contact(name.strip() or recipient[:12], recipient, signing, role)


@dataclass(frozen=True, slots=True)
class Identity:
    """This journal's own keys (kept encrypted inside the journal)."""

    age_secret: str
    signing_secret: bytes

    @classmethod
    def generate(cls) -> Identity:
        """New, random keys."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import (
            Encoding,
            NoEncryption,
            PrivateFormat,
        )
        from pyrage import x25519

        signing = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        return cls(str(x25519.Identity.generate()), signing)

    def public(self, name: str = "") -> Contact:
        """What others store about this identity."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
        from pyrage import x25519

        recipient = str(x25519.Identity.from_str(self.age_secret).to_public())
        signing = (
            Ed25519PrivateKey.from_private_bytes(self.signing_secret)
            .public_key()
            .public_bytes(Encoding.Raw, PublicFormat.Raw)
        )
        return Contact(name, recipient, signing)


MAX_CONTACT_FILE = 4096


def contact_file_text(contact: Contact) -> str:
    """A small contact file: a line to explain it, then the exchange key."""
    return (
        "# Reflect exchange key. Add it in Reflect: Supervision, People, Open a contact file.\n"
        f"# Fingerprint: {contact.fingerprint}\n"
        f"{contact.line}\n"
    )


def read_contact_file(path: Path) -> str:
    """The exchange key line in a contact file, or a sentence if there is none.

    Only a small regular file is read (a folder, a pipe or a device is refused without
    waiting); UTF-8 with or without a byte order mark, or UTF-16 as Notepad may save it.
    """
    problem = ReflectError(
        "That file does not hold a Reflect exchange key. Ask for the contact file again."
    )
    try:
        raw = read_regular_file(path, MAX_CONTACT_FILE)
    except NotARegularFile:
        raise ReflectError(
            "That is not a file Reflect can read (it is a folder, a device or a pipe). "
            "Choose the contact file itself."
        ) from None
    except FileTooLarge:
        raise ReflectError(
            "That file is too large to be a Reflect contact file. Ask for the contact file again."
        ) from None
    except FileNotFoundError:
        raise ReflectError("That file is no longer there. Choose the contact file again.") from None
    except OSError:
        raise ReflectError(
            "That contact file could not be read. Check that it is still there, then try again."
        ) from None
    try:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = raw.decode("utf-16")
        else:
            text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise problem from None
    for line in text.splitlines():
        cleaned = normalise_contact_line(line)
        if cleaned[: len(CONTACT_PREFIX)].lower() == CONTACT_PREFIX:
            return cleaned
    raise problem
