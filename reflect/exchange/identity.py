"""An exchange identity: an age (X25519) key to receive packets, an Ed25519 key to sign them.

What others need of it is one copyable line, `reflect-contact:1:<age recipient>:<signing
key>`, and a short fingerprint to read aloud before the first exchange.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from reflect.domain.contact import CONTACT_PREFIX, Contact, ContactRole
from reflect.domain.errors import ReflectError
from reflect.storage.safe_files import FileTooLarge, NotARegularFile, read_regular_file


def parse_contact_line(name: str, line: str, role: ContactRole = ContactRole.SUPERVISOR) -> Contact:
    """A contact from a pasted line; a sentence if it is not one."""
    problem = ReflectError(
        "That is not a Reflect exchange key. Copy the whole line from the other person's "
        "Settings, then paste it again."
    )
    text = "".join(line.split())
    if not text.startswith(CONTACT_PREFIX):
        raise problem
    try:
        recipient, key = text[len(CONTACT_PREFIX) :].split(":")
        signing = base64.b64decode(key, validate=True)
    except ValueError:
        raise problem from None
    if not recipient.startswith("age1") or len(signing) != 32:
        raise problem
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

    Read as a regular file with a cap, opened without blocking: a pipe, a device or a
    folder picked by mistake gives a sentence at once, never a hang.
    """
    problem = ReflectError(
        "That file does not hold a Reflect exchange key. Ask for the contact file again."
    )
    try:
        text = read_regular_file(path, MAX_CONTACT_FILE).decode("utf-8")
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
    except (OSError, UnicodeDecodeError):
        raise problem from None
    for line in text.splitlines():
        if line.strip().startswith(CONTACT_PREFIX):
            return line.strip()
    raise problem
