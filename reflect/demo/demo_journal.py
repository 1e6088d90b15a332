"""Building the demo journal: the invented data put into a real journal, for `--demo`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reflect.demo.check_ins import demo_check_ins
from reflect.demo.demo_supervisor import DemoPeople, exchange_with_supervisor
from reflect.demo.families import demo_reflections
from reflect.demo.supervision_items import demo_comments, demo_sessions
from reflect.domain.reflection import ShareState
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths

# Not a secret: the demo holds only invented text, and the unlock screen shows this.
DEMO_PASSPHRASE = "demo journal passphrase"  # noqa: S105
"""The demo journal's passphrase (and its supervisor's); the unlock screen shows it."""

DEMO_SUPERVISOR = "Supervisor (demo)"
"""The invented supervisor who comments and provides the logged sessions."""

DEMO_VISITOR = "Home visitor (demo)"
"""How the demo supervisor's journal names the demo journal's owner."""

DEMO_SEARCH_WORD = "bottle"
"""A word several demo reflections use, so a newcomer's first search finds something."""

SUPERVISOR_FOLDER = "supervisor"
"""The demo supervisor's own journal, inside the demo's folder."""

EXCHANGE_FOLDER = "exchange"
"""The demo's exchange folder, inside the demo's folder: packets come and go here."""


def create_demo_journal(folder: Path, today: dt.date | None = None) -> None:
    """Create a demo journal in `folder`, unlocked by `DEMO_PASSPHRASE`, and close it.

    It holds the demo reflections, the supervisor's comments on the shared ones (brought
    back in a real reply packet), the logged supervision sessions and a check-in; a second
    reply from the supervisor waits in its exchange folder. The recovery keys are thrown
    away: the journal is a throwaway, and nothing in it is worth recovering.
    """
    day = today if today is not None else dt.date.today()
    # Every file is read and checked before anything is written.
    reflections = demo_reflections(day)
    shared = [r.uuid for r in reflections if r.share_state is ShareState.SHARED]
    comments = demo_comments(day, shared)
    sessions = demo_sessions(day, DEMO_SUPERVISOR)
    check_ins = demo_check_ins(day)
    people = DemoPeople(
        supervisor_name=DEMO_SUPERVISOR,
        visitor_name=DEMO_VISITOR,
        passphrase=DEMO_PASSPHRASE,
        supervisor_folder=folder / SUPERVISOR_FOLDER,
        exchange_folder=folder / EXCHANGE_FOLDER,
    )
    journal, _recovery_key = Journal.create(JournalPaths(folder), DEMO_PASSPHRASE)
    with journal:
        journal.add_reflections(reflections)
        for session in sessions:
            journal.save_session(session)
        for check_in in check_ins:
            journal.add_check_in(check_in)
        exchange_with_supervisor(journal, people, shared, comments)
