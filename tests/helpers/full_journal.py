"""A real journal with one of everything an export carries: reflections of every kind and
state (private answers, themes, durations, drafts, shared ones, one edited twice), comments
on them (one on an answer, one read), supervision sessions with notes, check-ins, a closed
family code and a set of questions of the visitor's own."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from reflect.content import load_library
from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.own_templates import copy_of, to_json
from reflect.domain.reflection import Answer, Reflection, ShareState, Status, VisitKind
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.domain.template import Template
from reflect.storage.journal import Journal

PRIVATE_WORDS = "my own heavy feeling after the visit"
SESSION_NOTES = "we talked about the pause before the feed"
CHECK_IN_WORD = "steady"


@dataclass(frozen=True)
class Filled:
    """What `fill` put in: the reflections as stored, in the order written."""

    reflections: tuple[Reflection, ...]
    own_template_id: str


def fill(journal: Journal) -> Filled:
    """Put one of everything into `journal`."""
    own = copy_of(_after_visit(), "My after-visit questions")
    journal.exchange.set_setting("own_templates", to_json([own]))
    first_own_prompt = own.prompts[0].id
    made = [
        Reflection(
            visit_date=dt.date(2026, 3, 2),
            family_code="AB-1",
            template_id="after-visit",
            visit_kind=VisitKind.HOME_VISIT,
            duration_minutes=75,
            answers=(
                Answer("after-visit.what-happened", "Mum held the baby close by the window."),
                Answer("after-visit.seen", "She named what he looked at."),
                Answer("after-visit.my-reactions", PRIVATE_WORDS, private=True),
            ),
            notes="Bring the feeding question to supervision.",
            themes=("attunement", "feeding"),
            status=Status.COMPLETE,
            share_state=ShareState.SHARED,
        ),
        Reflection(
            visit_date=dt.date(2026, 4, 9),
            family_code="CD",
            template_id="after-visit",
            visit_kind=VisitKind.PHONE,
            answers=(Answer("after-visit.what-happened", "A short call; dad sounded tired."),),
            status=Status.DRAFT,
            share_state=ShareState.TO_SHARE,
        ),
        Reflection(
            visit_date=dt.date(2026, 5, 20),
            family_code="CD",
            template_id=own.id,
            visit_kind=VisitKind.VIRTUAL,
            duration_minutes=30,
            answers=(Answer(first_own_prompt, "In my own words this time."),),
            themes=("own questions",),
        ),
    ]
    stored = [journal.add_reflection(r) for r in made]
    # One reflection edited after it was made: a later version, a later update time.
    edited = dataclasses.replace(stored[1], notes="Call again on Thursday.")
    stored[1] = journal.update_reflection(edited)
    stored = [journal.get_reflection(r.uuid) for r in stored]
    journal.add_family_code("OLD-7")
    journal.set_family_code_active("OLD-7", False)
    journal.add_comment(
        Comment(
            reflection_uuid=stored[0].uuid,
            author="Dana (supervisor)",
            body="What did you notice in yourself then?",
            created_at=dt.datetime(2026, 3, 4, 15, 30, tzinfo=dt.UTC),
            prompt_id="after-visit.seen",
            packet_id="packet-1",
        )
    )
    journal.add_comment(
        Comment(
            reflection_uuid=stored[0].uuid,
            author="Me",
            body="A note of my own on it.",
            created_at=dt.datetime(2026, 3, 5, 9, 0, tzinfo=dt.UTC),
        )
    )
    journal.mark_comments_read(stored[0].uuid)
    journal.save_session(
        SupervisionSession(
            date=dt.date(2026, 3, 10),
            minutes=60,
            provider="Dana Reyes",
            format=SessionFormat.GROUP,
            mode=SessionMode.VIDEO,
            provider_category="Infant mental health mentor",
            notes=SESSION_NOTES,
            next_steps="Try naming it out loud.",
            reflection_uuids=(stored[0].uuid,),
            answers=(Answer("after-supervision.understood", "Slow down before the feed."),),
        )
    )
    journal.save_session(
        SupervisionSession(date=dt.date(2026, 6, 1), minutes=90, provider="Lee Park")
    )
    journal.add_check_in(
        CheckIn(
            created_at=dt.datetime(2026, 3, 2, 18, 0, tzinfo=dt.UTC),
            heaviness=7,
            energy=3,
            word=CHECK_IN_WORD,
            need="rest",
            reflection_uuid=stored[0].uuid,
        )
    )
    journal.add_check_in(CheckIn(created_at=dt.datetime(2026, 4, 1, 8, 0, tzinfo=dt.UTC)))
    return Filled(tuple(stored), own.id)


def _after_visit() -> Template:
    return load_library(language="en").template("after-visit")
