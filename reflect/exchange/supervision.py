"""Sharing for supervision: the visitor's packet out, the supervisor's reply back.

This is the one place that joins the journal's records to packets and files. The packet's
plaintext exists only in memory: it is checked with the receiver's own reader and sealed
before anything is written; the packet is recorded, its file written durably and read back,
and only then is what it carried marked shared or sent.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid as uuid_module
from pathlib import Path
from typing import Any, Protocol

from reflect.domain.comment import Comment
from reflect.domain.contact import Contact, ContactRole
from reflect.domain.errors import (
    InvalidInput,
    NotFound,
    NotShareable,
    PacketRejected,
    ReflectError,
)
from reflect.domain.packet import ImportResult, Packet
from reflect.domain.packet_limits import (
    MAX_COMMENTS,
    MAX_PACKET_BYTES,
    MAX_REFLECTIONS,
    MAX_SHORT,
    MAX_TEXT,
)
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_document import from_document, to_document
from reflect.domain.shared_reflection import SharedReflection
from reflect.exchange.identity import Identity, parse_contact_line
from reflect.exchange.packet import open_packet, received_moment, seal
from reflect.exchange.packet_files import (
    SUFFIX,
    Destination,
    check_destination,
    read_packet_file,
    write_packet,
)
from reflect.exchange.refused_packets import RefusedPackets
from reflect.exchange.share_check import (
    check_body,
    check_comments,
    check_reflections,
    visit_name,
)
from reflect.storage.exchange_records import ExchangeRecords

log = logging.getLogger(__name__)
WRONG_ROLE = (
    "This packet does not fit how you are paired with its sender: reflections come from "
    "people you supervise, replies from your supervisor. Nothing was imported; check their "
    "role under People."
)


class JournalLike(Protocol):
    """The parts of `Journal` sharing uses."""

    exchange: ExchangeRecords

    def get_reflection(self, uuid: str) -> Reflection:
        """One reflection."""


class Supervision:
    """Pairing, sharing, replying and importing for one open journal."""

    def __init__(self, journal: JournalLike) -> None:
        self._journal = journal
        self._records = journal.exchange
        self.refused = RefusedPackets(self._records)
        """Packets refused at import, with why, until dismissed."""

    # ------------------------------------------------------------ pairing
    def identity(self) -> Identity:
        """This journal's keys, made on first use."""
        stored = self._records.identity()
        if stored is None:
            fresh = Identity.generate()
            stored = self._records.save_identity(fresh.age_secret, fresh.signing_secret)
        return Identity(*stored)

    def my_contact(self) -> Contact:
        """My exchange key line and fingerprint, as others will store them."""
        return self.identity().public()

    def contacts(self, role: ContactRole | None = None) -> list[Contact]:
        """My supervisors and supervisees (or one kind of them), by name."""
        return [c for c in self._records.contacts() if role is None or c.role == role]

    def contact(self, key_id: str) -> Contact:
        """One contact, by key id."""
        for contact in self._records.contacts():
            if contact.key_id == key_id:
                return contact
        raise NotFound

    def add_contact(self, name: str, line: str, role: ContactRole) -> Contact:
        """Add someone from their pasted line (or a contact file's text)."""
        contact = parse_contact_line(name, line, role)
        if contact.key_id == self.my_contact().key_id:
            raise InvalidInput(
                "That is your own exchange key. Paste the key from the other person's Settings."
            )
        return self._records.add_contact(contact)

    def set_verified(self, key_id: str, verified: bool) -> None:
        """Record that the fingerprints were compared."""
        self._records.set_contact_verified(key_id, verified)

    # ------------------------------------------------------------ exchange folder
    def exchange_folder(self) -> Path | None:
        """The folder packets go to and come from, if one was chosen."""
        folder = self._records.setting("exchange_folder")
        return Path(folder) if folder else None

    def set_exchange_folder(self, folder: Path | None) -> None:
        """Choose (or, with None, stop using) an exchange folder."""
        if folder is not None and not folder.is_dir():
            raise InvalidInput("That folder could not be found. Choose another one.")
        self._records.set_setting("exchange_folder", str(folder) if folder else "")

    # ------------------------------------------------------------ visitor: share
    def preview(self, uuids: list[str]) -> list[dict[str, Any]]:
        """Exactly what the supervisor will receive for these reflections."""
        return [to_document(self._journal.get_reflection(u)) for u in uuids]

    def export_share(self, supervisor_key_id: str, uuids: list[str], folder: Path) -> Path:
        """Write a supervision packet into the exchange folder `folder`; returns the file.

        A folder that is missing, not a folder, read-only or full is refused with a
        sentence; nothing is written anywhere else and nothing is marked shared.
        """
        return self._share(supervisor_key_id, uuids, Destination.folder(folder))

    def export_share_as(self, supervisor_key_id: str, uuids: list[str], file: Path) -> Path:
        """Write a supervision packet as the file the user chose; returns the file."""
        return self._share(supervisor_key_id, uuids, Destination.file(file))

    def check_share(self, uuids: list[str]) -> None:
        """Raise `NotShareable` naming any reflection its receiver could not read."""
        reflections = [self._journal.get_reflection(u) for u in uuids]
        check_reflections(reflections, [to_document(r) for r in reflections])

    def _share(self, key_id: str, uuids: list[str], destination: Destination) -> Path:
        if not uuids:
            raise InvalidInput("Choose at least one reflection to share.")
        documents = self.preview(uuids)  # exactly what the preview shows is what is sent
        check_reflections([self._journal.get_reflection(u) for u in uuids], documents)
        body = {"reflections": documents}
        check_body(_reflections, body, "supervision")  # the receiver's reader, on all of it
        return self._send("supervision", key_id, body, destination, shared=uuids)

    # ------------------------------------------------------------ supervisor: reply
    def shared_with_me(self) -> list[SharedReflection]:
        """Reflections supervisees shared, grouped by supervisee, newest visit first."""
        return self._records.shared_reflections()

    def my_comments(self, supervisee_key_id: str) -> list[Comment]:
        """My comments on a supervisee's reflections; `read` is True once sent."""
        return self._records.shared_comments(supervisee_key_id)

    def add_comment(
        self, supervisee_key_id: str, reflection_uuid: str, prompt_id: str | None, body: str
    ) -> Comment:
        """Comment on a shared reflection, or on one of its answers (sent with the reply).

        A comment longer than a packet may carry is refused here, so it never blocks a reply.
        """
        if len(body.strip()) > MAX_TEXT:
            raise InvalidInput(
                f"This comment is longer than {MAX_TEXT:,} characters, too long to send. "
                "Shorten it or split it in two, then save again. Your text is still here."
            )
        comment = Comment(
            reflection_uuid=reflection_uuid,
            author="",
            body=body.strip(),
            created_at=dt.datetime.now(dt.UTC),
            prompt_id=prompt_id,
        )
        return self._records.add_shared_comment(supervisee_key_id, comment)

    def export_reply(self, supervisee_key_id: str, folder: Path) -> Path:
        """Write a reply packet with every comment not yet sent to this supervisee into the
        exchange folder `folder` (refused with a sentence if it cannot be written there)."""
        return self._reply(supervisee_key_id, Destination.folder(folder))

    def export_reply_as(self, supervisee_key_id: str, file: Path) -> Path:
        """Write a reply packet as the file the user chose; returns the file."""
        return self._reply(supervisee_key_id, Destination.file(file))

    def _reply(self, supervisee_key_id: str, destination: Destination) -> Path:
        unsent = self._records.shared_comments(supervisee_key_id, unsent_only=True)
        if not unsent:
            raise InvalidInput("There are no new comments to send. Write a comment first.")
        unsent = unsent[:MAX_COMMENTS]  # the oldest first; any others go with the next reply
        items = [
            {
                "uuid": c.uuid,
                "reflection_uuid": c.reflection_uuid,
                "prompt_id": c.prompt_id,
                "body": c.body,
                "created_at": c.created_at.isoformat(),
            }
            for c in unsent
        ]
        check_comments(
            items,
            lambda body: _comments(body, "", ""),
            lambda uuid: self._visit_name(supervisee_key_id, uuid),
        )
        body = {"comments": items}
        check_body(lambda b: _comments(b, "", ""), body, "reply")  # the receiver's reader
        return self._send(
            "reply",
            supervisee_key_id,
            body,
            destination,
            comments=[c.uuid for c in unsent],
            in_reply_to=self._records.last_received(supervisee_key_id),
        )

    def _visit_name(self, supervisee_key_id: str, reflection_uuid: str) -> str:
        shared = self._records.shared_reflection(supervisee_key_id, reflection_uuid).reflection
        return visit_name(shared.visit_date, shared.family_code)

    def _send(
        self,
        kind: str,
        key_id: str,
        body: dict[str, Any],
        destination: Destination,
        *,
        shared: list[str] | None = None,
        comments: list[str] | None = None,
        in_reply_to: str | None = None,
    ) -> Path:
        recipient = self.contact(key_id)
        check_destination(destination, kind)
        raw, header = seal(
            self.identity(),
            recipient,
            kind,
            body,
            sequence=self._records.next_sequence(key_id),
            in_reply_to=in_reply_to,
        )
        if len(raw) > MAX_PACKET_BYTES:
            raise NotShareable(
                "That is too much for one packet. Share fewer reflections at once. "
                "Nothing was marked shared."
                if kind == "supervision"
                else "That is too much for one reply: some comments are very long. Shorten "
                "the longest, then send again. Nothing was marked sent."
            )
        # Recorded first, so the sequence number is never used twice; marked only once the
        # file is in place and reads back. A failure (or a crash) in between leaves nothing
        # marked: the reflections and comments are simply offered again.
        self._records.packets.record_sent(header)
        target = write_packet(
            destination, packet_file_name(kind, header.created_at, header.packet_id), raw, kind
        )
        try:
            self._records.packets.mark_delivered(
                header, shared_uuids=shared or (), comment_uuids=comments or ()
            )
        except ReflectError as error:
            raise ReflectError(
                f"The packet {target.name} was saved, but the journal could not note what it "
                "carried, so it will be offered again. Sending it again is safe."
            ) from error
        return target

    # ------------------------------------------------------------ import
    def import_file(self, path: Path) -> ImportResult:
        """Import a packet file (its size is checked before it is read)."""
        return self.import_bytes(read_packet_file(path))

    def known_packet_ids(self) -> frozenset[str]:
        """Every packet id imported into (or sent from) this journal."""
        return self._records.packets.known_ids()

    def already_imported(self, packet_id: str) -> bool:
        """True when this packet has been imported (or sent) from this journal."""
        return self._records.has_packet(packet_id)

    def read(self, raw: bytes) -> Packet:
        """Open and verify a packet without importing it."""
        return open_packet(raw, self.identity(), self._records.contacts())

    def import_bytes(self, raw: bytes) -> ImportResult:
        """Verify, then import in one transaction; refuses replays and older packets."""
        packet = self.read(raw)
        sender = self.contact(packet.header.sender_key_id)
        expected = (
            ContactRole.SUPERVISEE
            if packet.header.kind == "supervision"
            else (ContactRole.SUPERVISOR)
        )
        if sender.role != expected:
            raise PacketRejected(WRONG_ROLE)
        try:
            if packet.header.kind == "supervision":
                count = self._records.import_supervision(packet.header, _reflections(packet.body))
            else:
                comments = _comments(packet.body, sender.name, packet.header.packet_id)
                count = self._records.import_reply(packet.header, comments)
        except (ValueError, TypeError, OverflowError) as error:
            # Signed by a contact, yet not storable: refused whole, like any damaged packet.
            log.warning("A signed packet could not be stored: %s", type(error).__name__)
            raise PacketRejected from None
        return ImportResult(packet.header.kind, sender.name, count)


def packet_file_name(kind: str, when: dt.datetime, packet_id: str = "") -> str:
    """A packet's file name: what it is and when, never who it is about."""
    tail = f"-{packet_id[:8]}" if packet_id else ""
    return f"{kind}-{when:%Y-%m-%d}{tail}{SUFFIX}"


def _reflections(body: dict[str, Any]) -> list[Reflection]:
    items = body.get("reflections")
    if set(body) != {"reflections"} or not isinstance(items, list):
        raise PacketRejected
    if len(items) > MAX_REFLECTIONS:
        raise PacketRejected
    try:
        return [from_document(item) for item in items]
    except (ValueError, TypeError):
        raise PacketRejected from None


def _comments(body: dict[str, Any], author: str, packet_id: str) -> list[Comment]:
    items = body.get("comments")
    if set(body) != {"comments"} or not isinstance(items, list) or len(items) > MAX_COMMENTS:
        raise PacketRejected
    comments = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {
            "uuid",
            "reflection_uuid",
            "prompt_id",
            "body",
            "created_at",
        }:
            raise PacketRejected
        prompt = item["prompt_id"]
        text = item["body"]
        reflection_uuid = item["reflection_uuid"]
        comment_uuid = item["uuid"]
        if not (prompt is None or (isinstance(prompt, str) and len(prompt) <= MAX_SHORT)):
            raise PacketRejected
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
            raise PacketRejected
        if not isinstance(reflection_uuid, str) or not isinstance(comment_uuid, str):
            raise PacketRejected
        try:
            comments.append(
                Comment(
                    reflection_uuid=str(uuid_module.UUID(reflection_uuid)),
                    author=author,
                    body=text,
                    created_at=received_moment(item["created_at"]),
                    prompt_id=prompt,
                    packet_id=packet_id,
                    uuid=str(uuid_module.UUID(comment_uuid)),
                )
            )
        except ValueError:
            raise PacketRejected from None
    return comments
