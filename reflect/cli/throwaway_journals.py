"""The self-check's journals: two real encrypted journals of invented text in a temporary
folder, one a visitor's and one her supervisor's, put through what Reflect does every day.

Every step uses the same code the window uses (storage, exchange), with the real key
derivation and the real packet format, so a bundle that lacks a library, a migration or a
native module fails here, in seconds, with the step's name. The folder is removed at the
end, whatever happened.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Self

from reflect.domain.contact import ContactRole
from reflect.domain.errors import ReflectError
from reflect.domain.identifier_flag import IdentifierKind
from reflect.domain.reflection import Answer, Reflection, ShareState
from reflect.exchange.deidentify import check
from reflect.exchange.supervision import Supervision
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths

MARKER = "windowsill"
"""A word of the invented reflection, searched for."""
FIRST = "The baby watched the windowsill while her father sang."
CHANGED = "Written over, to see the backup bring the first words back."
COMMENT = "What did you notice in yourself while he sang?"
PHONES = "Her cell is (503) 555-0134; her sister's, in Guadalajara, +52 33 1234 5678."


def _failed(step: str) -> ReflectError:
    return ReflectError(
        "The self-check's journal did not give back what it was given ({step}). "
        "Install Reflect again, and if this stays, tell whoever supports Reflect.",
        step=step,
    )


class ThrowawayJournals:
    """A temporary folder holding a visitor's and a supervisor's journal; `steps()` runs
    through them. Use it in a `with` block: leaving it closes both and removes the folder."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="reflect-self-check-"))
        self._passphrase = secrets.token_urlsafe(18)
        self._journals: list[Journal] = []
        self._visitor: Journal | None = None
        self._supervisor: Journal | None = None
        self._uuid = ""
        self._backup = ""
        self._packet: Path | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for journal in self._journals:
            with contextlib.suppress(Exception):
                journal.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def steps(self) -> Iterator[tuple[str, Callable[[], str | None]]]:
        """Each step's name and its check, in the order they depend on each other."""
        yield "journal created", self.create
        yield "reflection written", self.write
        yield "search found it", self.search
        yield "backup taken", self.back_up
        yield "backup restored", self.restore
        yield "check before sharing found phone numbers", self.identifiers
        yield "packet shared and opened by a second journal", self.share
        yield "reply read back", self.reply
        yield "integrity checked", self.verify

    # ------------------------------------------------------------ the steps
    def create(self) -> str:
        """A new journal, with the real key derivation."""
        self._visitor = self._make("visitor")
        return str(self.folder)

    def write(self) -> None:
        """A reflection saved and read back as it was written."""
        saved = self.visitor.add_reflection(
            Reflection(
                visit_date=dt.date.today(),
                family_code="SC",
                template_id="after-visit",
                answers=(Answer("after-visit.what-happened", FIRST),),
                share_state=ShareState.TO_SHARE,
            )
        )
        self._uuid = saved.uuid
        if self._first_answer() != FIRST:
            raise _failed("reflection written")

    def search(self) -> None:
        """The search index finds the reflection by one of its words."""
        hits = self.visitor.search(MARKER)
        if [hit.summary.uuid for hit in hits] != [self._uuid]:
            raise _failed("search")

    def back_up(self) -> str:
        """An encrypted backup taken."""
        backup = self.visitor.create_backup("manual")
        self._backup = backup.name
        return backup.name

    def restore(self) -> None:
        """The reflection changed, then the backup restored: the first words are back."""
        reflection = self.visitor.get_reflection(self._uuid)
        changed = (Answer("after-visit.what-happened", CHANGED),)
        self.visitor.update_reflection(dataclasses.replace(reflection, answers=changed))
        self.visitor.restore_backup(self._backup)
        if self._first_answer() != FIRST:
            raise _failed("backup restored")

    def identifiers(self) -> None:
        """libphonenumber's rules, loaded region by region, find a US and a Mexican number."""
        flags = check(PHONES)
        if [flag.kind for flag in flags] != [IdentifierKind.PHONE, IdentifierKind.PHONE]:
            raise _failed("check before sharing")

    def share(self) -> str:
        """Paired with a supervisor's journal, the reflection shared as a sealed, signed
        packet; the supervisor's journal opens it and has the reflection."""
        self._supervisor = self._make("supervisor")
        mine, theirs = Supervision(self.visitor), Supervision(self.supervisor)
        mine.add_contact("Supervisor", theirs.my_contact().line, ContactRole.SUPERVISOR)
        theirs.add_contact("Visitor", mine.my_contact().line, ContactRole.SUPERVISEE)
        outbox = self.folder / "exchange"
        outbox.mkdir()
        self._packet = mine.export_share(theirs.my_contact().key_id, [self._uuid], outbox)
        result = theirs.import_file(self._packet)
        shared = [s.reflection for s in theirs.shared_with_me()]
        if result.count != 1 or [r.answers[0].text for r in shared] != [FIRST]:
            raise _failed("packet")
        return self._packet.name

    def reply(self) -> None:
        """The supervisor's comment comes back in a reply packet, on the reflection."""
        mine, theirs = Supervision(self.visitor), Supervision(self.supervisor)
        visitor_key = mine.my_contact().key_id
        theirs.add_comment(visitor_key, self._uuid, None, COMMENT)
        reply = theirs.export_reply(visitor_key, self.folder / "exchange")
        mine.import_file(reply)
        if [c.body for c in self.visitor.comments_for(self._uuid)] != [COMMENT]:
            raise _failed("reply")

    def verify(self) -> None:
        """Every page of both journals passes SQLCipher's integrity check."""
        for journal in self._journals:
            journal.verify()

    # ------------------------------------------------------------ helpers
    @property
    def visitor(self) -> Journal:
        """The visitor's journal (made by the first step)."""
        if self._visitor is None:
            raise _failed("journal created")
        return self._visitor

    @property
    def supervisor(self) -> Journal:
        """The supervisor's journal (made by the sharing step)."""
        if self._supervisor is None:
            raise _failed("packet")
        return self._supervisor

    def _make(self, name: str) -> Journal:
        journal, _recovery_key = Journal.create(JournalPaths(self.folder / name), self._passphrase)
        self._journals.append(journal)
        return journal

    def _first_answer(self) -> str:
        return self.visitor.get_reflection(self._uuid).answers[0].text
