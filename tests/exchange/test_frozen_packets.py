"""Packets in every format Reflect has written, frozen in tests/data/packets, still import.

Each format has a supervision packet, a reply to it, and a keys file holding the (test only)
identities of both sides, so a fresh journal can stand in for either person.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from reflect.domain.contact import ContactRole
from reflect.domain.reflection import Answer, Reflection, ShareState, Status, VisitKind
from reflect.exchange.identity import Identity
from reflect.exchange.supervision import Supervision
from reflect.storage.journal import Journal
from reflect.storage.key_slot import KdfParams
from reflect.storage.paths import JournalPaths

PACKETS = Path(__file__).resolve().parents[1] / "data" / "packets"
CHEAP = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
FIRST = "6f1c2b0a-3d4e-4f5a-8b6c-7d8e9f0a1b2c"
SECOND = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f2a3b4c5d"
FORMATS = [1, 2]
# What changed between formats: format 1 carried no versions (all 1) and no questions.
VERSIONS = {1: (1, 1), 2: (5, 7)}
COMMENT_VERSIONS = {1: (1, 1), 2: (12, 13)}
VERSIONS_SEEN = {1: 1, 2: 7}  # format 2 replies say how far the supervisor had seen
EXTRA_ANSWERS = {
    1: (),
    2: (Answer("later-prompt.not-in-this-library", "We sang the goodbye song."),),
}
QUESTIONS = {
    1: ((), ()),
    2: (
        (
            ("after-visit.seen", "What did you notice between parent and baby?"),
            ("after-visit.what-happened", "What happened during the visit?"),
        ),
        (
            ("after-visit.what-happened", "What happened during the visit?"),
            ("later-prompt.not-in-this-library", "What ritual closed the visit?"),
        ),
    ),
}


def _keys(fmt: int) -> dict[str, Any]:
    return dict(json.loads((PACKETS / f"format-{fmt}-keys.json").read_text()))


def _identity(entry: dict[str, str]) -> Identity:
    return Identity(entry["age_secret"], base64.b64decode(entry["signing_secret"]))


def _journal_as(root: Path, me: Identity, other: Identity, role: ContactRole) -> Journal:
    journal, _ = Journal.create(JournalPaths(root), "a long test passphrase", kdf=CHEAP)
    journal.exchange.save_identity(me.age_secret, me.signing_secret)
    name = "Sam" if role == ContactRole.SUPERVISEE else "Dana"
    Supervision(journal).add_contact(name, other.public().line, role)
    return journal


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_frozen_supervision_packet_imports_with_every_field(tmp_path: Path, fmt: int) -> None:
    keys = _keys(fmt)
    visitor, supervisor = _identity(keys["visitor"]), _identity(keys["supervisor"])
    journal = _journal_as(tmp_path / "supervisor", supervisor, visitor, ContactRole.SUPERVISEE)
    try:
        supervision = Supervision(journal)
        raw = (PACKETS / f"format-{fmt}-supervision.reflect-packet").read_bytes()
        header = supervision.read(raw).header
        assert (header.packet_id, header.kind, header.in_reply_to) == (
            keys["supervision_packet_id"],
            "supervision",
            None,
        )
        assert header.sender_key_id == keys["visitor"]["key_id"]
        assert header.recipient_key_id == keys["supervisor"]["key_id"]
        assert header.created_at == dt.datetime(2026, 11, 7, 9, 30, tzinfo=dt.UTC)
        assert (header.format, header.sequence) == (fmt, 1794043800000)
        result = supervision.import_bytes(raw)
        assert (result.kind, result.sender_name, result.count) == ("supervision", "Sam", 2)
        shared = {s.reflection.uuid: s for s in supervision.shared_with_me()}
        assert set(shared) == {FIRST, SECOND}
        first = shared[FIRST]
        assert (first.supervisee_name, first.packet_id) == ("Sam", keys["supervision_packet_id"])
        assert first.reflection == Reflection(
            uuid=FIRST,
            visit_date=dt.date(2026, 11, 4),
            family_code="KL",
            template_id="after-visit",
            visit_kind=VisitKind.VIRTUAL,
            duration_minutes=45,
            answers=(
                Answer("after-visit.what-happened", "Baby watched the window; Mum named the bird."),
                Answer("after-visit.seen", "She followed his gaze — «un pájaro»."),
            ),
            notes="Bring the sleep handout next time.",
            themes=("attunement", "sleep"),
            status=Status.COMPLETE,
            version=VERSIONS[fmt][0],
        )
        assert shared[SECOND].reflection == Reflection(
            uuid=SECOND,
            visit_date=dt.date(2026, 11, 6),
            family_code="MR",
            template_id="after-visit",
            answers=(
                Answer("after-visit.what-happened", "Short visit; toddler was unwell."),
                *EXTRA_ANSWERS[fmt],
            ),
            status=Status.DRAFT,
            version=VERSIONS[fmt][1],
        )
        assert (shared[FIRST].questions, shared[SECOND].questions) == QUESTIONS[fmt]
        again = supervision.import_bytes(raw)
        assert (again.already_imported, again.count) == (True, 0)
    finally:
        journal.close()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_frozen_reply_packet_imports_with_every_field(tmp_path: Path, fmt: int) -> None:
    keys = _keys(fmt)
    visitor, supervisor = _identity(keys["visitor"]), _identity(keys["supervisor"])
    journal = _journal_as(tmp_path / "visitor", visitor, supervisor, ContactRole.SUPERVISOR)
    try:
        supervision = Supervision(journal)
        mine = journal.add_reflection(
            Reflection(
                uuid=FIRST,
                visit_date=dt.date(2026, 11, 4),
                family_code="KL",
                template_id="after-visit",
                answers=(Answer("after-visit.seen", "She followed his gaze."),),
                share_state=ShareState.TO_SHARE,
            )
        )
        supervision.export_share(keys["supervisor"]["key_id"], [mine.uuid], tmp_path)
        raw = (PACKETS / f"format-{fmt}-reply.reflect-packet").read_bytes()
        header = supervision.read(raw).header
        assert (header.packet_id, header.kind, header.in_reply_to) == (
            keys["reply_packet_id"],
            "reply",
            keys["supervision_packet_id"],
        )
        assert header.created_at == dt.datetime(2026, 11, 8, 15, 10, tzinfo=dt.UTC)
        assert (header.format, header.sequence) == (fmt, 1794150000000)
        result = supervision.import_bytes(raw)
        assert (result.kind, result.sender_name, result.count) == ("reply", "Dana", 2)
        comments = journal.comments_for(FIRST)
        assert [
            (c.uuid, c.author, c.prompt_id, c.body, c.created_at, c.packet_id, c.read, c.version)
            for c in comments
        ] == [
            (
                "c0ffee00-1111-4222-8333-444455556666",
                "Dana",
                None,
                "Thank you for bringing this one.",
                dt.datetime(2026, 11, 8, 15, 0, tzinfo=dt.UTC),
                keys["reply_packet_id"],
                False,
                COMMENT_VERSIONS[fmt][0],
            ),
            (
                "c0ffee00-7777-4888-9999-aaaabbbbcccc",
                "Dana",
                "after-visit.seen",
                "Lovely noticing of his gaze.",
                dt.datetime(2026, 11, 8, 15, 5, tzinfo=dt.UTC),
                keys["reply_packet_id"],
                False,
                COMMENT_VERSIONS[fmt][1],
            ),
        ]
        mine = journal.get_reflection(FIRST)
        edited = journal.save_reflection(dataclasses.replace(mine, notes="after the reply"))
        assert edited.version > VERSIONS_SEEN[fmt]
    finally:
        journal.close()


def test_every_format_this_reader_knows_has_a_frozen_packet() -> None:
    from reflect.exchange import packet

    frozen = {int(p.name.split("-")[1]) for p in PACKETS.glob("format-*-supervision.*")}
    assert frozen == set(packet.FORMATS) == set(FORMATS)
    assert {int(p.name.split("-")[1]) for p in PACKETS.glob("format-*-reply.*")} == frozen
