"""What the frozen journals hold: written through the Reflect of each schema version.

Run inside an old checkout by make_frozen.py, so it uses only what every listed commit
offers; `revision` says what that version has (notes by prompt and sharing from 0003).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

# Text that has gone wrong somewhere before: accents, emoji (outside the BMP), line breaks
# of both kinds, a tab, right-to-left script, quotes of every kind.
RICH = (
    "Mamá sang «arrorró mi niño» 🎶 and Léa, 8 months, turned toward her voice.\n"
    "Second line, after a break.\r\nThird line\twith a tab; “quotes” and ‘apostrophes’ — "
    "and 👩🏽‍🍼 a joined emoji, ½ a smile, مرحبا."
)


def _reflections() -> list[Any]:
    """A complete reflection full of awkward text, an edited one, and a draft with no code."""
    from reflect.domain.reflection import Answer, Reflection, ShareState, Status, VisitKind

    return [
        Reflection(
            uuid="0b3e6a52-1c1f-4c3e-9d7a-4c8e2f1a0001",
            visit_date=dt.date(2026, 11, 2),
            family_code="AB",
            template_id="after-visit",
            visit_kind=VisitKind.HOME_VISIT,
            duration_minutes=75,
            answers=(
                Answer("after-visit.what-happened", RICH),
                Answer("after-visit.seen", "She followed the baby's gaze to the lighthouse."),
                Answer("after-visit.my-reactions", "I felt tight in my chest 😟", private=True),
                Answer("after-visit.heaviness", "7"),
            ),
            notes="Bring to supervision: the grandmother's story.\nAsk about pacing.",
            themes=("attunement", "parallel-process"),
            status=Status.COMPLETE,
            share_state=ShareState.TO_SHARE,
        ),
        Reflection(
            uuid="0b3e6a52-1c1f-4c3e-9d7a-4c8e2f1a0002",
            visit_date=dt.date(2026, 11, 4),
            family_code="KL-2",
            template_id="after-visit",
            visit_kind=VisitKind.VIRTUAL,
            duration_minutes=None,
            answers=(
                Answer("after-visit.what-happened", "Short call; the screen froze twice."),
                Answer("after-visit.ghosts", "Ñandú, the old song, came back.\n\n\nThen quiet."),
            ),
            themes=("ghosts-in-the-nursery",),
        ),
        Reflection(
            uuid="0b3e6a52-1c1f-4c3e-9d7a-4c8e2f1a0003",
            visit_date=dt.date(2026, 10, 28),
            family_code="",  # a draft saved before its family code was chosen
            template_id="after-visit",
            visit_kind=VisitKind.PHONE,
            duration_minutes=0,
            answers=(Answer("after-visit.what-happened", "Voicemail only 📞"),),
        ),
    ]


def write_visitor(journal: Any, revision: str) -> dict[str, Any]:
    """Family codes, reflections, comments, sessions and check-ins, as a visitor writes them;
    returns the identifier of the reflection that is shared later."""
    from reflect.domain.check_in import CheckIn
    from reflect.domain.comment import Comment
    from reflect.domain.supervision_session import (
        SessionFormat,
        SessionMode,
        SupervisionSession,
    )

    journal.add_family_code("AB")
    journal.add_family_code("ZZ-old")
    journal.set_family_code_active("ZZ-OLD", False)
    first, second, _draft = (journal.add_reflection(r) for r in _reflections())
    # An edit after saving: the journal keeps the newest text (and from 0004, a version).
    journal.update_reflection(dataclasses.replace(second, notes="Edited later ✍️"))
    written = dt.datetime(2026, 11, 5, 18, 30, tzinfo=dt.UTC)
    journal.add_comment(
        Comment(
            uuid="5c0a1d2e-0000-4000-8000-000000000001",
            reflection_uuid=first.uuid,
            author="Dana (supervisor)",
            body="What did you notice in yourself\nwhen she sang? 🌱",
            created_at=written,
            prompt_id="after-visit.what-happened",
        )
    )
    journal.add_comment(
        Comment(
            uuid="5c0a1d2e-0000-4000-8000-000000000002",
            reflection_uuid=first.uuid,
            author="Me",
            body="A note to myself: ask about naps.",
            created_at=written + dt.timedelta(hours=1),
        )
    )
    journal.mark_comments_read(first.uuid)
    journal.add_comment(
        Comment(
            uuid="5c0a1d2e-0000-4000-8000-000000000003",
            reflection_uuid=second.uuid,
            author="Dana (supervisor)",
            body="Unread for now — «ñ» and 💬.",
            created_at=written + dt.timedelta(days=1),
        )
    )
    extra: dict[str, Any] = {}
    if revision >= "0003":
        from reflect.domain.reflection import Answer

        extra["answers"] = (
            Answer("after-supervision.understood", "The song was for her mother too 💡"),
            Answer("after-supervision.next-steps", "Slow down.\nLet the pauses be."),
        )
    journal.save_session(
        SupervisionSession(
            uuid="7d1e2f30-0000-4000-8000-000000000001",
            date=dt.date(2026, 11, 6),
            minutes=60,
            provider="Dana Pérez, LCSW",
            format=SessionFormat.INDIVIDUAL,
            mode=SessionMode.VIDEO,
            provider_category="reflective-supervisor",
            notes="We talked about «arrorró» and pacing 🎶",
            next_steps="Bring the next visit.\nNotice my breath.",
            reflection_uuids=(first.uuid, second.uuid),
            **extra,
        )
    )
    journal.save_session(
        SupervisionSession(
            uuid="7d1e2f30-0000-4000-8000-000000000002",
            date=dt.date(2026, 10, 30),
            minutes=90,
            provider="Group — Thursday",
            format=SessionFormat.GROUP,
            mode=SessionMode.IN_PERSON,
        )
    )
    journal.add_check_in(
        CheckIn(
            uuid="9a8b7c6d-0000-4000-8000-000000000001",
            created_at=dt.datetime(2026, 11, 2, 17, 0, tzinfo=dt.UTC),
            heaviness=7,
            energy=3,
            word="tender 🫶",
            need="A walk, then tea.\nEarly night.",
            reflection_uuid=first.uuid,
        )
    )
    journal.add_check_in(
        CheckIn(
            uuid="9a8b7c6d-0000-4000-8000-000000000002",
            created_at=dt.datetime(2026, 11, 4, 12, 0, tzinfo=dt.UTC),
        )
    )
    return {"first": first.uuid}


def share_and_reply(visitor: Any, supervisor: Any, first_uuid: str, outbox: Path) -> None:
    """Share one reflection, comment on it, reply, and import the reply: both journals then
    hold contacts, packets, a shared reflection and a comment that travelled."""
    from reflect.domain.contact import ContactRole
    from reflect.exchange.supervision import Supervision

    sam, dana = Supervision(visitor), Supervision(supervisor)
    supervisor_key = sam.add_contact("Dana Pérez", dana.my_contact().line, ContactRole.SUPERVISOR)
    visitor_key = dana.add_contact("Sam Ñúñez", sam.my_contact().line, ContactRole.SUPERVISEE)
    sam.set_verified(supervisor_key.key_id, True)
    dana.import_file(sam.export_share(supervisor_key.key_id, [first_uuid], outbox))
    dana.add_comment(visitor_key.key_id, first_uuid, "after-visit.seen", "Lovely noticing 👀")
    dana.add_comment(visitor_key.key_id, first_uuid, None, "Línea uno.\nLínea dos.")
    sam.import_file(dana.export_reply(visitor_key.key_id, outbox))
    dana.add_comment(visitor_key.key_id, first_uuid, None, "Not sent yet 📝")
