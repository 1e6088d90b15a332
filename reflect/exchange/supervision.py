"""Sharing for supervision: the visitor's packet out, the supervisor's reply back.

This is the one place that joins the journal's records to packets and files. The packet's
plaintext exists only in memory: it is sealed before anything is written, and the file is
written under a temporary name and renamed, inside the transaction that records it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import stat
import uuid as uuid_module
from pathlib import Path
from typing import Any, Protocol

from reflect.domain.backup import Backup
from reflect.domain.comment import Comment
from reflect.domain.contact import Contact, ContactRole
from reflect.domain.errors import (
    InvalidInput,
    NotFound,
    PacketAlreadyImported,
    PacketFromRemovedContact,
    PacketRejected,
    ReflectError,
)
from reflect.domain.packet import ImportResult, Packet
from reflect.domain.reflection import Reflection
from reflect.domain.reflection_document import from_document, to_document
from reflect.domain.shared_reflection import SharedReflection
from reflect.exchange.identity import Identity, parse_contact_line
from reflect.exchange.packet import MAX_PACKET_BYTES, open_packet, received_moment, seal
from reflect.exchange.removing import Removing
from reflect.storage.exchange_records import ExchangeRecords
from reflect.storage.safe_files import fsync_folder, write_synced

log = logging.getLogger(__name__)
SUFFIX = ".reflect-packet"
WRONG_ROLE = (
    "This packet does not fit how you are paired with its sender: reflections come from "
    "people you supervise, replies from your supervisor. Nothing was imported; check their "
    "role under People."
)
MAX_REFLECTIONS = 500
MAX_COMMENTS = 5_000


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
    def preview(self, uuids: list[str]) -> list[dict[str, Any]]:
        """Exactly what the supervisor will receive for these reflections."""
        return [to_document(self._journal.get_reflection(u)) for u in uuids]

    def export_share(self, supervisor_key_id: str, uuids: list[str], place: Path) -> Path:
        """Write a supervision packet into the folder `place`, or as the file `place`.

        Returns the file written.
        """
        if not uuids:
            raise InvalidInput("Choose at least one reflection to share.")
        body = {"reflections": self.preview(uuids)}
        return self._send("supervision", supervisor_key_id, body, place, shared=uuids)

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
        """Comment on a shared reflection, or on one of its answers (sent with the reply)."""
        comment = Comment(
            reflection_uuid=reflection_uuid,
            author="",
            body=body.strip(),
            created_at=dt.datetime.now(dt.UTC),
            prompt_id=prompt_id,
        )
        return self._records.add_shared_comment(supervisee_key_id, comment)

    def export_reply(self, supervisee_key_id: str, place: Path) -> Path:
        """Write a reply packet with every comment not yet sent to this supervisee, into
        the folder `place` or as the file `place`."""
        unsent = self._records.shared_comments(supervisee_key_id, unsent_only=True)
        if not unsent:
            raise InvalidInput("There are no new comments to send. Write a comment first.")
        body = {
            "comments": [
                {
                    "uuid": c.uuid,
                    "reflection_uuid": c.reflection_uuid,
                    "prompt_id": c.prompt_id,
                    "body": c.body,
                    "created_at": c.created_at.isoformat(),
                }
                for c in unsent
            ]
        }
        return self._send(
            "reply",
            supervisee_key_id,
            body,
            place,
            comments=[c.uuid for c in unsent],
            in_reply_to=self._records.last_received(supervisee_key_id),
        )

    def _send(
        self,
        kind: str,
        key_id: str,
        body: dict[str, Any],
        place: Path,
        *,
        shared: list[str] | None = None,
        comments: list[str] | None = None,
        in_reply_to: str | None = None,
    ) -> Path:
        recipient = self.contact(key_id)
        raw, header = seal(
            self.identity(),
            recipient,
            kind,
            body,
            sequence=self._records.next_sequence(key_id),
            in_reply_to=in_reply_to,
        )
        if len(raw) > MAX_PACKET_BYTES:
            raise InvalidInput("That is too much for one packet. Share fewer reflections at once.")
        name = packet_file_name(kind, header.created_at, header.packet_id)
        if place.is_dir():
            target = place / name
        else:  # a file name the user chose
            target = place if place.name.endswith(SUFFIX) else place.with_name(place.name + SUFFIX)
        folder = target.parent
        partial = folder / f".{target.name}.partial"
        problem = ReflectError(
            "The packet could not be written to that folder. Check that it exists and that "
            "you can save files there, then try again."
        )
        # The file is written and synced inside the transaction that records it, and only
        # given its name once that has committed: a packet in the folder is always one the
        # journal counted, so its sequence number is never used twice.
        try:
            with self._records.sending(
                header, shared_uuids=shared or (), comment_uuids=comments or ()
            ):
                write_synced(partial, raw)
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise problem from error
        try:
            os.replace(partial, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink()
            self._records.not_delivered(
                header.packet_id, shared_uuids=shared or (), comment_uuids=comments or ()
            )
            raise problem from error
        with contextlib.suppress(OSError):
            fsync_folder(folder)  # some synced or network folders cannot be synced
        return target

    # ------------------------------------------------------------ import
    def import_file(self, path: Path) -> ImportResult:
        """Import a packet file (its size is checked before it is read)."""
        return self.import_bytes(read_packet_file(path))

    def already_imported(self, packet_id: str) -> bool:
        """True when this packet has been imported (or sent) from this journal."""
        return self._records.has_packet(packet_id)

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


def read_packet_file(path: Path) -> bytes:
    """A packet file's bytes: only a regular file, and never more than the size limit."""
    too_large = PacketRejected(
        "This file is too large to be a Reflect packet. Nothing was imported."
    )
    try:
        with path.open("rb") as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise PacketRejected
            if status.st_size > MAX_PACKET_BYTES:
                raise too_large
            raw = handle.read(MAX_PACKET_BYTES + 1)
    except OSError as error:
        raise ReflectError(
            "That file could not be read. Check that it is still there, then try again."
        ) from error
    if len(raw) > MAX_PACKET_BYTES:
        raise too_large
    return raw


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
        if not (prompt is None or (isinstance(prompt, str) and len(prompt) <= 200)):
            raise PacketRejected
        if not isinstance(text, str) or not text.strip() or len(text) > 100_000:
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
