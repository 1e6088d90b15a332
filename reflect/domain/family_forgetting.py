"""Forgetting a family: what goes, what stays, and where copies of it remain.

Agencies keep notes about a family for a set time after it leaves the programme. When that
time is over, "Forget this family" deletes everything under its code from the journal. A
journal is also in its backups (on this computer, and perhaps copied to a USB stick or an
agency drive): the confirmation says which of them still hold the family and when rotation
will remove the last of them, or the visitor can have them replaced by a backup without it.
Everything here is counted before anything is deleted, so the words can be exact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FamilyTrace:
    """What a family code has in the journal, and so what forgetting it takes away.

    Goes: the reflections under the code, their comments from supervision, the self-care
    check-ins written about those reflections, and the code itself. Stays: logged
    supervision sessions (their hours), which only stop listing these reflections among
    those discussed (`sessions`); `shared` of the reflections went to a supervisor, whose
    own journal keeps its copy.
    """

    code: str
    reflections: int = 0
    comments: int = 0
    check_ins: int = 0
    shared: int = 0
    sessions: int = 0
    first_visit: dt.date | None = None
    last_visit: dt.date | None = None


@dataclass(frozen=True, slots=True)
class HeldBackup:
    """A backup that holds the family: on this computer (`folder` empty), or a copy in the
    folder backups are also kept in (`folder` names it; `reachable` False when it cannot be
    reached now, a USB stick not plugged in). `certain` is False when Reflect could not look
    inside (a copy out of reach, a backup under an older recovery key): then it may hold it.
    """

    name: str
    taken_at: dt.datetime
    folder: str = ""
    reachable: bool = True
    certain: bool = True


@dataclass(frozen=True, slots=True)
class ForgetPlan:
    """What the confirmation says before a family is forgotten.

    `backups` and `copies` hold the family now. Forgetting without removing it from backups
    first takes one more backup (to undo a mistake), which holds it too. `rotated_after`
    says after how many more days with a backup rotation will have removed the last backup
    on this computer that holds it, and `rotated_by` the day that is if a backup is taken
    every day (Reflect takes one each day it is opened); None when no backup holds it.
    """

    trace: FamilyTrace
    backups: tuple[HeldBackup, ...] = ()
    copies: tuple[HeldBackup, ...] = ()
    rotated_after: int = 0
    rotated_by: dt.date | None = None

    @property
    def out_of_reach(self) -> tuple[HeldBackup, ...]:
        """Copies that cannot be reached now (so cannot be removed now either)."""
        return tuple(c for c in self.copies if not c.reachable)


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What forgetting a family did.

    `removed_backups` and `removed_copies` count the backups replaced by `new_backup` (a
    backup taken after the family was forgotten and checked before anything older was
    removed). `still_held` are the backups and copies that hold the family still: all of
    them when the visitor kept her backups, or the copies out of reach when she did not.
    `pending` is True when the journal was locked before the older backups were removed:
    that is finished the next time the journal opens.
    """

    trace: FamilyTrace
    from_backups: bool = False
    removed_backups: int = 0
    removed_copies: int = 0
    new_backup: str = ""
    still_held: tuple[HeldBackup, ...] = ()
    rotated_after: int = 0
    rotated_by: dt.date | None = None
    pending: bool = False
