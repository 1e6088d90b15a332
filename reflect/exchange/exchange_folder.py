"""The exchange folder: a folder an agency already syncs, where packets come and go.

Outgoing packets are written into it; incoming packets addressed to this journal are
listed (a packet opens only with its recipient's key, so trying is how we know), imported
on request, then moved into `imported/`. A packet refused at import (damaged, from the
wrong role, from someone no longer a contact, or needing a newer Reflect) is moved into
`refused/` instead: it was not taken in, so calling it imported would mislead whoever
looks in the folder, and it waits there for whoever wants to check it or send it again.
Either way it is never offered again. Nothing here is ever deleted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reflect.domain.contact import Contact
from reflect.domain.errors import PacketFromRemovedContact, PacketRejected, ReflectError
from reflect.domain.packet import ImportResult, Packet
from reflect.exchange.identity import Identity
from reflect.exchange.packet import open_packet
from reflect.exchange.packet_files import SUFFIX, read_packet_file
from reflect.exchange.supervision import Supervision

IMPORTED = "imported"
REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class IncomingPacket:
    """A packet file in the folder that is addressed to me."""

    path: Path
    kind: str
    sender_name: str
    created_at: dt.datetime | None
    problem: str = ""


@dataclass(frozen=True, slots=True)
class PacketReader:
    """What trying packets needs from the journal, taken beforehand on the journal's thread.

    A scan runs beside the window; it must never touch the journal (which may be locked
    under it), so it gets this snapshot instead: my keys, my contacts and the packet ids
    already taken in.
    """

    identity: Identity
    contacts: tuple[Contact, ...]
    known: frozenset[str]
    removed: frozenset[str] = frozenset()
    """Key ids of people removed under People: their keys still verify, so the refusal
    can say who it is from."""

    def open(self, raw: bytes) -> Packet:
        """A verified packet for me, or `PacketRejected` (a removed person's new packet too,
        with its own sentence, just as `Supervision.read` refuses it)."""
        packet = open_packet(raw, self.identity, self.contacts)
        header = packet.header
        if header.sender_key_id in self.removed and header.packet_id not in self.known:
            raise PacketFromRemovedContact
        return packet


def reader_for(supervision: Supervision) -> PacketReader:
    """The snapshot a scan of the exchange folder needs (a few quick reads)."""
    signers = tuple(supervision.signers())
    current = {c.key_id for c in supervision.contacts()}
    return PacketReader(
        supervision.identity(),
        signers,
        supervision.known_packet_ids(),
        frozenset(c.key_id for c in signers) - current,
    )


def incoming(
    folder: Path, supervision: Supervision, cancelled: Callable[[], bool] = lambda: False
) -> list[IncomingPacket]:
    """Packets for me waiting in `folder`, oldest first; others' packets are not listed."""
    return scan(folder, reader_for(supervision), cancelled)


def scan(
    folder: Path, reader: PacketReader, cancelled: Callable[[], bool] = lambda: False
) -> list[IncomingPacket]:
    """Packets for me waiting in `folder`, oldest first, without touching the journal.

    Only names ending in `.reflect-packet` are looked at (other files are not even
    stat-ed), then each is read safely and tried with my key. `cancelled` is asked between
    files; once it says True the scan stops and returns what it has (the caller drops it).
    """
    names: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count % 1000 == 0 and cancelled():
                    return []
                if entry.name.endswith(SUFFIX) and not entry.name.startswith("."):
                    names.append(entry.name)
    except OSError as error:
        raise ReflectError(
            "The exchange folder {folder} could not be opened. Check that the drive is "
            "plugged in, or choose the folder again in Settings.",
            folder=str(folder),
        ) from error
    found: list[IncomingPacket] = []
    senders = {c.key_id: c.name for c in reader.contacts}
    for name in sorted(names):
        if cancelled():
            return []
        path = folder / name
        try:
            packet = reader.open(read_packet_file(path))
        except PacketRejected as error:
            if error.sentence != PacketRejected.message:
                found.append(IncomingPacket(path, "", "", None, error.sentence))
            continue  # not for me (or damaged): someone else's file in a shared folder
        except ReflectError:
            continue  # unreadable, or not a regular file (a pipe, a device, a folder)
        if packet.header.packet_id in reader.known:
            continue
        sender = senders.get(packet.header.sender_key_id, "")
        found.append(IncomingPacket(path, packet.header.kind, sender, packet.header.created_at))
    return sorted(
        found,
        key=lambda p: (
            p.created_at is None,
            p.created_at or dt.datetime.min.replace(tzinfo=dt.UTC),
        ),
    )


class ImportedNotMoved(ReflectError):
    """The packet was imported, but it could not be moved into `imported/`."""

    def __init__(self, result: ImportResult, problem: ReflectError) -> None:
        super().__init__(problem.template, **problem.details)
        self.result = result


def import_from_folder(path: Path, supervision: Supervision) -> ImportResult | None:
    """Import one listed packet, then move it into `imported/`.

    Returns None when the packet had been imported already; it is moved all the same. A
    packet older than others already imported is imported like any other. A packet
    refused as such (`PacketRejected`) is moved into `refused/`, its reason kept in
    `supervision.refused`, and the refusal raised. Any other failure (the journal locked,
    the disk full) moves nothing: the packet stays waiting until it is taken in.
    """
    try:
        result: ImportResult | None = supervision.import_file(path)
    except PacketFromRemovedContact:
        raise  # not the packet's fault: it waits, and imports once they are added again
    except PacketRejected as refusal:
        # Handled: it would be refused every time. If it cannot be moved, it stays listed
        # with its problem, and the refusal is all there is to say.
        with contextlib.suppress(ReflectError):
            moved = move_to_imported(path, REFUSED)
            supervision.refused.add(moved.name, refusal.sentence)
        raise
    if result is not None and result.already_imported:
        result = None
    try:
        move_to_imported(path)
    except ReflectError as problem:
        if result is None:
            raise
        raise ImportedNotMoved(result, problem) from problem
    return result


def move_to_imported(path: Path, sub_folder: str = IMPORTED) -> Path:
    """Move a handled packet aside, never over another file and never deleting one."""
    target_folder = path.parent / sub_folder
    stem = path.name.removesuffix(SUFFIX)
    try:
        target_folder.mkdir(exist_ok=True)
        for n in range(1, 10_000):
            target = target_folder / (path.name if n == 1 else f"{stem}-{n}{SUFFIX}")
            try:
                os.link(path, target)  # fails if the name is taken: nothing is overwritten
            except FileExistsError:
                continue
            except OSError:
                # No hard links here (a FAT or exFAT USB stick): rename to a free name.
                if target.exists():
                    continue
                os.rename(path, target)
                return target
            os.unlink(path)
            return target
    except OSError as error:
        raise ReflectError(
            "The packet was imported, but could not be moved into the imported folder. "
            "You can move it yourself; importing it again changes nothing."
        ) from error
    raise ReflectError("The imported folder is full of packets with this name. Tidy it, please.")
