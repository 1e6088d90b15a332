"""A journal whose supervision sessions touch family content, each piece marked to be found.

The hours exports must hold none of it: every test that writes one looks for the markers.
"""

from __future__ import annotations

import datetime as dt

from reflect.domain.packet import PacketHeader
from reflect.domain.reflection import Answer, Reflection
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.storage.journal import Journal

NOTE_MARKER = "zebrafinch-note"
ANSWER_MARKER = "zebrafinch-answer"
NEXT_MARKER = "zebrafinch-next"
REFLECTION_MARKER = "zebrafinch-reflection"
SHARED_MARKER = "zebrafinch-shared"
FAMILY_CODE = "QZX-917"
SHARED_CODE = "WVK-204"
MARKERS = (
    NOTE_MARKER,
    ANSWER_MARKER,
    NEXT_MARKER,
    REFLECTION_MARKER,
    SHARED_MARKER,
    FAMILY_CODE,
    SHARED_CODE,
    "zebrafinch",
)


def own_reflection(day: dt.date = dt.date(2026, 3, 2)) -> Reflection:
    """A reflection of my own, its family code and words marked."""
    return Reflection(
        visit_date=day,
        family_code=FAMILY_CODE,
        template_id="after-visit",
        answers=(Answer("after-visit.what-happened", f"The baby slept {REFLECTION_MARKER}"),),
        notes=f"More {REFLECTION_MARKER}",
    )


def shared_reflection(day: dt.date = dt.date(2026, 3, 3)) -> Reflection:
    """A reflection a supervisee shared with me, marked the same way."""
    return Reflection(
        visit_date=day,
        family_code=SHARED_CODE,
        template_id="after-visit",
        answers=(Answer("after-visit.what-happened", f"Mum sang {SHARED_MARKER}"),),
    )


def fill(journal: Journal) -> list[SupervisionSession]:
    """Store both reflections and two sessions discussing them; returns the sessions."""
    mine = journal.add_reflection(own_reflection())
    header = PacketHeader(
        packet_id="packet-1",
        kind="supervision",
        sequence=0,
        created_at=dt.datetime(2026, 3, 4, 9, tzinfo=dt.UTC),
        sender_key_id="SUPERVISEEKEY",
        recipient_key_id="MYKEY",
    )
    shared = shared_reflection()
    journal.exchange.import_supervision(header, [shared])
    sessions = [
        SupervisionSession(
            date=dt.date(2026, 3, 5),
            minutes=90,
            provider='=HYPERLINK("http://example.org")',
            format=SessionFormat.GROUP,
            mode=SessionMode.VIDEO,
            provider_category="+Mentor – Clinical",
            notes=f"We talked about {NOTE_MARKER}",
            next_steps=f"Try {NEXT_MARKER}",
            reflection_uuids=(mine.uuid, shared.uuid),
            answers=(
                Answer("after-supervision.understood", f"I saw {ANSWER_MARKER}"),
                Answer("after-supervision.next-steps", f"Try {NEXT_MARKER}"),
            ),
        ),
        SupervisionSession(
            date=dt.date(2026, 2, 10),
            minutes=60,
            provider="Dana Reyes",
            provider_category="Infant Mental Health Mentor – Clinical",
            notes=f"{NOTE_MARKER} again",
            reflection_uuids=(mine.uuid,),
        ),
    ]
    for session in sessions:
        journal.save_session(session)
    return journal.sessions()
