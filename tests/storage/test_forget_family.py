"""Forgetting a family: everything under its code goes, in exact numbers, and nothing else;
its words leave the search index and every page of the file; a large family goes beside the
window; locking before it is done leaves it whole."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid

import pytest

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.errors import NotFound, ReflectError
from reflect.domain.family_forgetting import Forgotten
from reflect.domain.packet import PacketHeader
from reflect.domain.reflection import Answer, Reflection
from reflect.domain.supervision_session import SupervisionSession
from reflect.storage.journal import Journal
from reflect.storage.journal_families import NOT_FORGOTTEN_LOCKED
from reflect.storage.paths import JournalPaths
from reflect.storage.recovery_key import decode_recovery_key
from tests.helpers.journals import reflection
from tests.helpers.passphrases import FAST, PASSPHRASE
from tests.helpers.sqlcipher_pages import decrypted_pages

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def _marker() -> str:
    return f"zqfamily{uuid.uuid4().hex[:10]}"


def _sent(journal: Journal, uuids: list[str]) -> None:
    """As if these reflections went to a supervisor in a packet."""
    header = PacketHeader("packet-1", "supervision", 1, NOW, "me", "supervisor")
    journal.exchange.packets.mark_delivered(header, shared_uuids=uuids)


def test_forgetting_takes_everything_under_the_code_and_nothing_else(
    paths: JournalPaths,
) -> None:
    journal, recovery_key = Journal.create(paths, PASSPHRASE, kdf=FAST)
    gone, kept = _marker(), _marker()
    with journal:
        first = journal.add_reflection(reflection(gone, code="AB", day=dt.date(2026, 9, 3)))
        second = journal.add_reflection(reflection(f"{gone} again", code="ab"))
        third = journal.add_reflection(reflection(code="AB", day=dt.date(2026, 10, 1)))
        other = journal.add_reflection(reflection(kept, code="CD"))
        for body in (f"comment {gone}", "another comment"):
            journal.add_comment(Comment(first.uuid, "Supervisor", body, NOW))
        journal.add_comment(Comment(other.uuid, "Supervisor", f"comment {kept}", NOW))
        journal.add_check_in(CheckIn(NOW, heaviness=7, word="tired", reflection_uuid=second.uuid))
        journal.add_check_in(CheckIn(NOW, energy=4, reflection_uuid=other.uuid))
        journal.add_check_in(CheckIn(NOW, energy=5))
        journal.save_session(
            SupervisionSession(NOW.date(), 60, "Dana", reflection_uuids=(first.uuid, other.uuid))
        )
        journal.save_session(
            SupervisionSession(NOW.date(), 30, "Dana", reflection_uuids=(third.uuid,))
        )
        _sent(journal, [first.uuid, other.uuid])

        plan = journal.forget_plan(" ab ")
        trace = plan.trace
        assert (trace.code, trace.reflections, trace.comments, trace.check_ins) == ("AB", 3, 2, 1)
        assert (trace.shared, trace.sessions) == (1, 2)
        assert (trace.first_visit, trace.last_visit) == (dt.date(2026, 9, 3), dt.date(2026, 11, 2))
        assert plan.backups == () and plan.copies == ()

        forgotten = journal.forget_family("AB")
        assert forgotten.trace == trace

        assert [s.uuid for s in journal.list_reflections().items] == [other.uuid]
        assert journal.search(gone) == []
        assert [h.summary.uuid for h in journal.search(kept)] == [other.uuid]
        assert [c.code for c in journal.family_codes()] == ["CD"]
        for doomed in (first, second, third):
            with pytest.raises(NotFound):
                journal.get_reflection(doomed.uuid)
        assert [c.body for c in journal.comments_for(other.uuid)] == [f"comment {kept}"]
        assert sorted((c.energy, c.reflection_uuid) for c in journal.check_ins()) == [
            (4, other.uuid),
            (5, None),
        ]
        # The sessions stay, with their hours; they only stop listing what was forgotten.
        sessions = journal.sessions()
        assert sorted(s.minutes for s in sessions) == [30, 60]
        assert sorted(s.reflection_uuids for s in sessions) == [(), (other.uuid,)]
        with pytest.raises(NotFound):
            journal.forget_plan("AB")
        # One backup was taken first, so a mistake can be undone; it holds the family.
        assert [b.reason for b in journal.backups()] == ["before-forget"]
        assert [h.name for h in forgotten.still_held] == [journal.backups()[0].name]
    pages = b"".join(decrypted_pages(paths.database, decode_recovery_key(recovery_key)))
    assert gone.encode() not in pages  # not in the index, nor in any freed page
    assert kept.encode() in pages


def test_a_thousand_reflections_are_forgotten_beside_the_window(paths: JournalPaths) -> None:
    journal, _ = Journal.create(paths, PASSPHRASE, kdf=FAST)
    with journal:
        journal.add_reflections(
            Reflection(
                visit_date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                family_code="BIG-1",
                template_id="after-visit",
                answers=(Answer("after-visit.what-happened", f"visit {i} bigfamilyword"),),
            )
            for i in range(1000)
        )
        journal.add_reflections(reflection(f"small {i}", code="CD") for i in range(5))
        outcomes: list[Forgotten | None] = []
        done = threading.Event()

        def finished(forgotten: Forgotten | None, error: ReflectError | None) -> None:
            outcomes.append(forgotten)
            done.set()

        started = time.monotonic()
        task = journal.begin_forget("BIG-1", from_backups=False, on_done=finished)
        # Answered at once: the family has left the list and search while the work goes on.
        assert len(journal.list_reflections(limit=2000).items) == 5
        assert journal.search("bigfamilyword") == []
        assert len(journal.background_work()) <= 1  # one piece of work, however many rows
        assert task.wait() is None and done.wait(5)
        assert time.monotonic() - started < 20
        (forgotten,) = outcomes
        assert forgotten is not None and forgotten.trace.reflections == 1000
        assert journal.count_reflections() == 5
        assert [c.code for c in journal.family_codes()] == ["CD"]


def test_locking_before_the_family_is_forgotten_leaves_it_whole(paths: JournalPaths) -> None:
    journal, _ = Journal.create(paths, PASSPHRASE, kdf=FAST)
    with journal:
        journal.add_reflections(
            reflection(f"filler {i} " + "words " * 150, code="AB") for i in range(2000)
        )
    outcomes: list[ReflectError | None] = []
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.wait_for_background()
        journal.begin_forget("AB", from_backups=False, on_done=lambda _f, e: outcomes.append(e))
    # Closing stopped its backup part-way: nothing was forgotten.
    assert outcomes == [NOT_FORGOTTEN_LOCKED]
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        assert journal.count_reflections() == 2000
        assert journal.family_trace("AB").reflections == 2000
