"""Someone packets are exchanged with: a supervisor, or a supervisee, and their public keys."""

from __future__ import annotations

import base64
import enum
import hashlib
from dataclasses import dataclass

CONTACT_PREFIX = "reflect-contact:1:"


def fingerprint(age_recipient: str, signing_key: bytes) -> str:
    """Five groups of four, the same on both sides when the keys are the same."""
    digest = hashlib.sha256(age_recipient.encode("ascii") + signing_key).digest()
    text = base64.b32encode(digest).decode("ascii")[:20]
    return " ".join(text[i : i + 4] for i in range(0, 20, 4))


class ContactRole(enum.StrEnum):
    """What the other person is to me; a journal can hold both kinds."""

    SUPERVISOR = "supervisor"
    SUPERVISEE = "supervisee"


@dataclass(frozen=True, slots=True)
class Contact:
    """Public keys and a name chosen by the journal's owner.

    `verified` records that the two people compared fingerprints, in person or by phone.
    """

    name: str
    age_recipient: str
    signing_key: bytes
    role: ContactRole = ContactRole.SUPERVISOR
    verified: bool = False

    @property
    def key_id(self) -> str:
        """The fingerprint, without spaces: how packets name sender and recipient."""
        return self.fingerprint.replace(" ", "")

    @property
    def fingerprint(self) -> str:
        """The short code two people read aloud to each other."""
        return fingerprint(self.age_recipient, self.signing_key)

    @property
    def line(self) -> str:
        """The one line to paste or send."""
        key = base64.b64encode(self.signing_key).decode("ascii")
        return f"{CONTACT_PREFIX}{self.age_recipient}:{key}"
