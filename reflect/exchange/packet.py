"""Sealing and opening `.reflect-packet` files: signed with Ed25519, then encrypted with age.

The file is a standard age file, so the `age` tool opens it with the recipient's identity;
inside is one JSON document `{"header", "body", "signature"}` where the signature covers the
canonical JSON of header and body. Opening checks, in order: size, decryption, strict JSON,
the header's shape, that it is addressed to us, its format (any earlier one is read; a newer
one is refused with the Reflect release it needs), and that a known contact signed it.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import uuid
from collections.abc import Iterable
from typing import Any

from reflect import __version__
from reflect.domain.contact import Contact
from reflect.domain.errors import InvalidInput, PacketRejected
from reflect.domain.packet import MAX_SEQUENCE, Packet, PacketHeader
from reflect.domain.packet_limits import MAX_PACKET_BYTES
from reflect.domain.packet_time import moment_from_text
from reflect.exchange import strict_json
from reflect.exchange.identity import Identity

FORMAT = "reflect-packet"
VERSION = 2
"""The packet format this Reflect writes (the header's `version`). Format 2 added a version
to every item, the question text to every answer, and `needs_reflect` to the header."""
FORMATS = (1, 2)
"""Every format this reader knows: each earlier one stays readable, for good."""
_RELEASE = re.compile(r"[0-9]{1,4}(\.[0-9]{1,4}){0,3}")
KINDS = ("supervision", "reply")
DAMAGED_CONTACT = (
    "Nothing was shared: the exchange key kept for this person is damaged (an older version "
    "of Reflect accepted it). Remove them under People, then add their exchange key again."
)
NOT_SIGNED = (
    "This packet is not signed by one of your contacts. Nothing was imported; check with the "
    "person who sent it."
)


def seal(
    identity: Identity,
    recipient: Contact,
    kind: str,
    body: dict[str, Any],
    *,
    sequence: int,
    in_reply_to: str | None = None,
    now: dt.datetime | None = None,
) -> tuple[bytes, PacketHeader]:
    """The packet's bytes (age-encrypted) and its header; nothing touches the disk."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pyrage import RecipientError, encrypt, x25519

    sender = identity.public()
    header = PacketHeader(
        packet_id=str(uuid.uuid4()),
        kind=kind,
        sequence=sequence,
        created_at=(now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC),
        sender_key_id=sender.key_id,
        recipient_key_id=recipient.key_id,
        in_reply_to=in_reply_to,
        format=VERSION,
    )
    head = {
        "format": FORMAT,
        "version": VERSION,
        "needs_reflect": __version__,
        "packet_id": header.packet_id,
        "kind": kind,
        "sequence": sequence,
        "created_at": header.created_at.isoformat(),
        "sender_key_id": header.sender_key_id,
        "sender_signing_key": base64.b64encode(sender.signing_key).decode("ascii"),
        "recipient_key_id": header.recipient_key_id,
        "in_reply_to": in_reply_to,
    }
    signed = strict_json.canonical({"header": head, "body": body})
    signature = Ed25519PrivateKey.from_private_bytes(identity.signing_secret).sign(signed)
    document = {
        "header": head,
        "body": body,
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    plaintext = strict_json.canonical(document)
    try:
        recipient_key = x25519.Recipient.from_str(recipient.age_recipient)
    except RecipientError:  # kept by a version that did not check keys when they were added
        raise InvalidInput(DAMAGED_CONTACT) from None
    return encrypt(plaintext, [recipient_key]), header


def received_moment(value: Any) -> dt.datetime:
    """A time from a packet: ISO 8601 text with a time zone, between 2000 and 2100, in UTC."""
    try:
        return moment_from_text(value)
    except ValueError:
        raise PacketRejected from None


def _field(mapping: dict[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    value = mapping.get(name)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise PacketRejected
    return value


def open_packet(raw: bytes, identity: Identity, contacts: Iterable[Contact]) -> Packet:
    """A verified packet, or `PacketRejected` with a sentence; never a partial result."""
    from pyrage import DecryptError, decrypt, x25519

    if len(raw) > MAX_PACKET_BYTES:
        raise PacketRejected("This file is too large to be a Reflect packet. Nothing was imported.")
    try:
        plaintext = decrypt(raw, [x25519.Identity.from_str(identity.age_secret)])
    except (DecryptError, ValueError, TypeError):
        raise PacketRejected from None
    return verify_document(plaintext, contacts, recipient_key_id=identity.public().key_id)


def verify_document(
    plaintext: bytes, contacts: Iterable[Contact], *, recipient_key_id: str
) -> Packet:
    """The packet inside a decrypted file, once its header and signature check out.

    `plaintext` is what age decrypted (by `open_packet`, or by the `age` tool itself);
    it must be addressed to `recipient_key_id` and signed by one of `contacts`.
    Raises `PacketRejected` with a sentence otherwise.
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if len(plaintext) > MAX_PACKET_BYTES:
        raise PacketRejected
    document = strict_json.loads(plaintext)
    if not isinstance(document, dict) or set(document) != {"header", "body", "signature"}:
        raise PacketRejected
    head = _field(document, "header", dict)
    body = _field(document, "body", dict)
    if head.get("format") != FORMAT:
        raise PacketRejected
    if _field(head, "recipient_key_id", str) != recipient_key_id:
        raise PacketRejected  # forwarded, or meant for someone else
    packet_format = _packet_format(head)
    kind = _field(head, "kind", str)
    sequence = _field(head, "sequence", int)
    if kind not in KINDS or not 0 <= sequence < MAX_SEQUENCE:
        raise PacketRejected
    try:
        signing_key = base64.b64decode(_field(head, "sender_signing_key", str), validate=True)
        signature = base64.b64decode(_field(document, "signature", str), validate=True)
        packet_id = str(uuid.UUID(_field(head, "packet_id", str)))
    except ValueError:
        raise PacketRejected from None
    created = received_moment(head.get("created_at"))
    sender = next(
        (
            c
            for c in contacts
            if c.signing_key == signing_key and c.key_id == _field(head, "sender_key_id", str)
        ),
        None,
    )
    if sender is None:
        raise PacketRejected(NOT_SIGNED)
    try:
        Ed25519PublicKey.from_public_bytes(signing_key).verify(
            signature, strict_json.canonical({"header": head, "body": body})
        )
    except (InvalidSignature, ValueError):
        raise PacketRejected(NOT_SIGNED) from None
    in_reply_to = head.get("in_reply_to")
    if in_reply_to is not None:
        try:
            in_reply_to = str(uuid.UUID(_field(head, "in_reply_to", str)))
        except ValueError:
            raise PacketRejected from None
    return Packet(
        PacketHeader(
            packet_id=packet_id,
            kind=kind,
            sequence=sequence,
            created_at=created,
            sender_key_id=sender.key_id,
            recipient_key_id=recipient_key_id,
            in_reply_to=in_reply_to,
            format=packet_format,
        ),
        body,
    )


def _packet_format(head: dict[str, Any]) -> int:
    """The header's format number: any this reader knows, or a sentence for a newer one."""
    packet_format = _field(head, "version", int)
    if packet_format > max(FORMATS):
        raise newer_format(head.get("needs_reflect"))
    if packet_format not in FORMATS:
        raise PacketRejected
    if packet_format >= 2 and not _RELEASE.fullmatch(_field(head, "needs_reflect", str)):
        raise PacketRejected
    return int(packet_format)


def newer_format(needs: Any) -> PacketRejected:
    """The refusal of a packet from a newer Reflect, naming the release it needs if the
    packet says (a short release number only: nothing else from it is shown)."""
    if isinstance(needs, str) and _RELEASE.fullmatch(needs):
        return PacketRejected(
            "This packet was made by a newer version of Reflect. It needs Reflect "
            "{needs} or later: update Reflect, then import it again. Nothing was imported.",
            needs=needs,
        )
    return PacketRejected(
        "This packet was made by a newer version of Reflect: update Reflect, then import it "
        "again. Nothing was imported."
    )
