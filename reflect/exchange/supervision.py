"""Sharing for supervision: the visitor's packet out, the supervisor's reply back.

This is the one place that joins the journal's records to packets and files. The packet's
plaintext exists only in memory: it is checked with the receiver's own reader and sealed
before anything is written; the packet is recorded, its file written durably and read back,
and only then is what it carried marked shared or sent.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from reflect.domain.backup import Backup
from reflect.domain.comment import Comment
from reflect.domain.contact import Contact, ContactRole
from reflect.domain.errors import (
    InvalidInput,
    NotFound,
    NotShareable,
    PacketAlreadyImported,
    PacketFromRemovedContact,
    PacketRejected,
    ReflectError,
)
from reflect.domain.packet import ImportResult, Packet
from reflect.domain.packet_limits import (
    MAX_COMMENTS,
    MAX_PACKET_BYTES,
    MAX_TEXT,
)
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_document import to_document
from reflect.domain.shared_reflection import SharedReflection
from reflect.exchange import packet_body
from reflect.exchange.identity import Identity, parse_contact_line
from reflect.exchange.packet import VERSION, open_packet, seal
from reflect.exchange.packet_files import (
    SUFFIX,
    Destination,
    check_destination,
    read_packet_file,
    write_packet,
)
from reflect.exchange.refused_packets import RefusedPackets
from reflect.exchange.removing import Removing
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
QuestionFor = Callable[[str], str]
"""A prompt id to its question as the sender's app words it ("" when it does not know it)."""


class JournalLike(Protocol):
    """The parts of `Journal` sharing uses."""

    exchange: ExchangeRecords

    def get_reflection(self, uuid: str) -> Reflection:
        """One reflection."""

    def create_backup(self, reason: str = "manual", *, keep: str = "") -> Backup:
        """Take an encrypted backup now."""


class Supervision(Removing):
    """Pairing, sharing, replying and importing for one open journal; removing is in
    `Removing`."""

    def __init__(self, journal: JournalLike) -> None:
        self._journal: JournalLike = journal
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
        if self._records.removals.add_again(contact):
            return contact  # removed earlier: their packets are taken in again
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
    def preview(
        self, uuids: list[str], question_for: QuestionFor | None = None
    ) -> list[dict[str, Any]]:
        """Exactly what the supervisor will receive for these reflections.

        `question_for(prompt_id)` words each answer's question as the sender's app does
        (the app passes its library's); the packet carries it, so a supervisor whose app
        does not know a prompt still reads the question.
        """
        return [to_document(self._journal.get_reflection(u), question_for) for u in uuids]

    def export_share(
        self,
        supervisor_key_id: str,
        uuids: list[str],
        folder: Path,
        *,
        question_for: QuestionFor | None = None,
    ) -> Path:
        """Write a supervision packet into the exchange folder `folder`; returns the file.

        A folder that is missing, not a folder, read-only or full is refused with a
        sentence; nothing is written anywhere else and nothing is marked shared. Each
        reflection goes with its version, so the supervisor keeps the newest one whatever
        order packets arrive in.
        """
        return self._share(supervisor_key_id, uuids, Destination.folder(folder), question_for)

    def export_share_as(
        self,
        supervisor_key_id: str,
        uuids: list[str],
        file: Path,
        *,
        question_for: QuestionFor | None = None,
    ) -> Path:
        """Write a supervision packet as the file the user chose; returns the file."""
        return self._share(supervisor_key_id, uuids, Destination.file(file), question_for)

    def check_share(self, uuids: list[str]) -> None:
        """Raise `NotShareable` naming any reflection its receiver could not read."""
        reflections = [self._journal.get_reflection(u) for u in uuids]
        check_reflections(reflections, [to_document(r) for r in reflections])

    def _share(
        self,
        key_id: str,
        uuids: list[str],
        destination: Destination,
        question_for: QuestionFor | None,
    ) -> Path:
        if not uuids:
            raise InvalidInput("Choose at least one reflection to share.")
        documents = self.preview(uuids, question_for)  # what the preview shows is what is sent
        check_reflections([self._journal.get_reflection(u) for u in uuids], documents)
        body = {"reflections": documents}
        # The receiver's own reader, on all of it.
        check_body(lambda b: packet_body.reflections(b, VERSION), body, "supervision")
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
                "This comment is longer than {most} characters, too long to send. "
                "Shorten it or split it in two, then save again. Your text is still here.",
                most=f"{MAX_TEXT:,}",
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
        seen = self._records.highest_shared_version(supervisee_key_id)
        body = packet_body.reply_body(unsent, seen)
        check_comments(
            body["comments"],
            lambda b: packet_body.comments(b, "", "", VERSION),
            lambda uuid: self._visit_name(supervisee_key_id, uuid),
        )
        # The receiver's own reader, on all of it.
        check_body(lambda b: packet_body.comments(b, "", "", VERSION), body, "reply")
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
                "The packet {name} was saved, but the journal could not note what it "
                "carried, so it will be offered again. Sending it again is safe.",
                name=target.name,
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

    def signers(self) -> list[Contact]:
        """Everyone whose packets verify here: my contacts and the people I removed."""
        return self._records.removals.signers()

    def read(self, raw: bytes) -> Packet:
        """Open and verify a packet without importing it.

        Removed people's keys still verify their packets, so the refusal tells the truth;
        one imported before they were removed is a replay, as it would be from anyone.
        """
        removals = self._records.removals
        packet = open_packet(raw, self.identity(), removals.signers())
        if removals.is_removed(packet.header.sender_key_id):
            if self.already_imported(packet.header.packet_id):
                raise PacketAlreadyImported
            raise PacketFromRemovedContact
        return packet

    def import_bytes(self, raw: bytes) -> ImportResult:
        """Verify, then import in one transaction, whatever order packets come in.

        A packet imported before changes nothing and says so (`already_imported`); an item
        older than the copy already here is left out of the count and changes nothing.
        """
        packet = self.read(raw)
        sender = self.contact(packet.header.sender_key_id)
        expected = (
            ContactRole.SUPERVISEE
            if packet.header.kind == "supervision"
            else (ContactRole.SUPERVISOR)
        )
        if sender.role != expected:
            raise PacketRejected(WRONG_ROLE)
        header = packet.header
        if self._records.has_packet(header.packet_id):
            # Seen before: said without writing anything (the import checks again inside
            # its transaction, in case two windows import the same file at once).
            return ImportResult(header.kind, sender.name, 0, already_imported=True)
        try:
            if header.kind == "supervision":
                received = packet_body.reflections(packet.body, header.format)
                count = self._records.import_supervision(
                    header, [r for r, _ in received], {r.uuid: q for r, q in received}
                )
            else:
                comments = packet_body.comments(
                    packet.body, sender.name, header.packet_id, header.format
                )
                seen = packet_body.versions_seen(packet.body)
                count = self._records.import_reply(header, comments, versions_seen=seen)
        except PacketAlreadyImported:
            return ImportResult(header.kind, sender.name, 0, already_imported=True)
        except (ValueError, TypeError, OverflowError) as error:
            # Signed by a contact, yet not storable: refused whole, like any damaged packet.
            log.warning("A signed packet could not be stored: %s", type(error).__name__)
            raise PacketRejected from None
        return ImportResult(packet.header.kind, sender.name, count)


def packet_file_name(kind: str, when: dt.datetime, packet_id: str = "") -> str:
    """A packet's file name: what it is and when, never who it is about."""
    tail = f"-{packet_id[:8]}" if packet_id else ""
    return f"{kind}-{when:%Y-%m-%d}{tail}{SUFFIX}"
