"""Forgetting a family: everything under its code, deleted in one transaction beside the
window, and, if the visitor asks, the backups that still hold it replaced by one without.

1. What will go is counted, and the backups holding the family are found (`forget_plan`).
2. Keeping backups: one more backup is taken first (`before-forget`), as before any delete,
   so a mistake can be undone; rotation removes it with the others in about five weeks.
   Removing from backups: the backups to remove are named and kept in the journal with the
   forgetting itself, so nothing is left half-done.
3. One transaction forgets the family (`family_store.commit_forget`); the write-ahead log
   is emptied so its old pages do not linger.
4. Removing from backups: a new backup is taken, read back whole and checked to hold no
   trace of the family; only then are the older ones removed, here and in the folder
   backups are also kept in if it can be reached (a verified copy of the new backup is
   written there first). Copies out of reach are named, by place and date.

The family's reflections leave every list and search as soon as forgetting begins. Locked
before step 3, nothing is forgotten; locked during step 4, the next opening finishes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from reflect.domain.backup import Backup
from reflect.domain.errors import DamagedJournal, ReflectError
from reflect.domain.family_code import normalise_code
from reflect.domain.family_forgetting import FamilyTrace, ForgetPlan, Forgotten, HeldBackup
from reflect.storage import backup_copies, backup_holdings, copy_record, family_store
from reflect.storage.background_task import BackgroundTask, Stopped, StopSignal
from reflect.storage.backup_purge import PENDING_SETTING, PendingRemoval, remove_backups
from reflect.storage.backups import list_backups
from reflect.storage.database import translated
from reflect.storage.integrity_check import check_pages, check_structure
from reflect.storage.journal_reflections import JournalReflections
from reflect.storage.reflection_delete import empty_log
from reflect.storage.rotation_forecast import rotated_after

NOT_FORGOTTEN_LOCKED = ReflectError(
    "The family you chose to forget was not forgotten: the journal was locked before it was "
    "finished. Its reflections are still in your journal; choose Forget this family again "
    "if you still want them gone."
)
StillHeld = tuple[list[HeldBackup], list[HeldBackup]]  # on this computer, elsewhere


class JournalFamilies(JournalReflections):
    """Forgetting a family code and everything under it."""

    def family_trace(self, code: str) -> FamilyTrace:
        """What the journal holds under `code`; `NotFound` if there is no such code."""
        clean = normalise_code(code)
        return self._read_driver(lambda raw: family_store.trace(raw, clean))

    def family_reflections(self, code: str) -> list[str]:
        """The uuids of the reflections under `code`."""
        clean = normalise_code(code)
        return self._read_driver(lambda raw: family_store.uuids(raw, clean))

    def forget_plan(self, code: str) -> ForgetPlan:
        """What forgetting `code` would take away, which backups and copies hold it now,
        and when rotation would remove the last of them. Opens backups and may look at a
        slow drive: call it beside the window."""
        clean = normalise_code(code)
        trace = self.family_trace(clean)
        since = self._read_driver(lambda raw: family_store.first_written(raw, clean))
        local, copies = self._still_held(clean, since)
        # Forgetting while keeping backups takes one more backup first, which holds it too.
        now = self._clock()
        backups = self.backups()
        before = Backup("before-forget", now, "before-forget", 0, _next(backups))
        holding = {h.name for h in local} | ({before.name} if trace.reflections else set())
        days, day = rotated_after([*backups, before], holding, now)
        return ForgetPlan(trace, tuple(local), tuple(copies), days, day)

    def forget_family(self, code: str, *, from_backups: bool = False) -> Forgotten:
        """Forget a family and wait (`begin_forget` does the same without waiting)."""
        outcome: list[Forgotten] = []
        task = self.begin_forget(
            code, from_backups=from_backups, on_done=lambda f, _: _keep(outcome, f)
        )
        if (error := task.wait()) is not None:
            raise error
        return outcome[0]

    def begin_forget(
        self,
        code: str,
        *,
        from_backups: bool,
        on_done: Callable[[Forgotten | None, ReflectError | None], None],
    ) -> BackgroundTask:
        """Start forgetting a family and return at once; its reflections leave lists and
        search now. `on_done(forgotten, None)` or `on_done(None, error)` is called from the
        background thread once it is over (after an error, nothing was forgotten)."""
        clean = normalise_code(code)
        self.family_trace(clean)  # NotFound now, not later
        uuids = self.family_reflections(clean)
        self._refuse_if_damaged()
        # After any delete and backup under way: a backup begun before the family is
        # forgotten holds it, and must be among those found to hold it.
        running = {*self._deletes.values(), self._backup, self._copy}
        earlier = [t for t in running if t is not None and not t.done]
        outcome: list[Forgotten] = []

        def work(stop: StopSignal) -> None:
            for task in earlier:  # one delete's or backup's work at a time
                while not task.done:
                    stop.check()
                    task.wait(0.05)
            outcome.append(self._forget(clean, from_backups, stop))

        def done(error: ReflectError | None) -> None:
            on_done(outcome[0] if outcome and error is None else None, error)

        task = BackgroundTask("delete", work, on_done=done, stopped_error=NOT_FORGOTTEN_LOCKED)
        for uuid in uuids:
            self._deletes[uuid] = task
        return task

    # ----------------------------------------------------------------- the steps
    def _forget(self, code: str, from_backups: bool, stop: StopSignal) -> Forgotten:
        since = self._read_driver(lambda raw: family_store.first_written(raw, code))
        pending: PendingRemoval | None = None
        out_of_reach: list[HeldBackup] = []
        if from_backups:
            local, copies = self._still_held(code, since)
            out_of_reach = [c for c in copies if not c.reachable]
            now = self._clock()
            pending = PendingRemoval(
                tuple(h.name for h in local),
                tuple((c.folder, c.name) for c in copies if c.reachable and c.name),
                tuple((f, since, now) for f in _folders(out_of_reach) if since is not None),
            ).merged(PendingRemoval.decode(self.exchange.setting(PENDING_SETTING)))
        else:
            self.create_backup("before-forget", stop=stop)  # durable before anything goes
        stop.check()
        trace = self._commit(code, pending, stop)
        if pending is None:
            local, copies = self._still_held(code, since)
            days, day = rotated_after(self.backups(), {h.name for h in local}, self._clock())
            return Forgotten(
                trace, False, still_held=(*local, *copies), rotated_after=days, rotated_by=day
            )
        try:
            new, removed_local, removed_copies = self._remove_held(code, pending, stop)
        except (Stopped, ReflectError, OSError):
            # Forgotten, but older backups not yet removed: the next opening finishes it.
            return Forgotten(trace, True, still_held=tuple(out_of_reach), pending=True)
        return Forgotten(
            trace,
            True,
            removed_backups=removed_local,
            removed_copies=removed_copies,
            new_backup=new,
            still_held=tuple(out_of_reach),
        )

    def _commit(self, code: str, pending: PendingRemoval | None, stop: StopSignal) -> FamilyTrace:
        """Step 3: the one transaction, then the log emptied."""
        raw = self._raw_connection()
        try:
            with translated(writing=True, folder=self.paths.folder):
                self._refuse_if_damaged()
                settings = {PENDING_SETTING: pending.encode()} if pending is not None else None
                trace = family_store.commit_forget(raw, code, stop.check, stop.report, settings)
            others = [t for t in (self._integrity, self._backup, self._copy) if t is not None]
            try:
                with translated(writing=True, folder=self.paths.folder):
                    empty_log(raw, lambda: any(not t.done for t in others), lambda: stop.requested)
            except ReflectError:
                if not stop.requested:
                    raise
        finally:
            raw.close()
        return trace

    def _still_held(self, code: str, since: dt.datetime | None) -> StillHeld:
        key = self._master_key()
        local = backup_holdings.held_in(self.paths.backups, key, code, since=since)
        raw = self._raw_connection()
        try:
            with translated(writing=False, folder=self.paths.folder):
                copies = backup_holdings.held_copies(raw, key, code, since)
        finally:
            raw.close()
        return local, copies

    def _remove_held(
        self, code: str, pending: PendingRemoval, stop: StopSignal
    ) -> tuple[str, int, int]:
        """Step 4: a new backup, read back whole and free of the family; then the older
        ones go, here and in each folder of copies that can be reached (what cannot be
        reached stays pending, for an opening when it can). Returns the new backup's name
        and how many backups and copies went ("", 0, 0 when nothing can be done now)."""
        key = self._master_key()
        here = [n for n in pending.local if (self.paths.backups / n).exists()]
        reachable = [root for root in pending.folders() if _reachable(root)]
        if not here and not reachable:
            self._keep_pending(pending.without(reachable))
            return "", 0, 0
        new = self.create_backup("after-forget", stop=stop)
        path = self.paths.backups / new.name
        if not (check_pages(path, key, stop) and check_structure(path, key, stop)):
            raise DamagedJournal
        if code and backup_holdings.family_count(path, key, code) != 0:
            raise DamagedJournal
        stop.check()
        removed_local = len(remove_backups(self.paths.backups, [n for n in here if n != new.name]))
        removed_copies = 0
        raw = self._raw_connection()
        try:
            current = backup_copies.read_setting(raw, backup_copies.FOLDER_SETTING)
            for root in reachable:
                fresh = ""
                if root == current:  # a verified copy of the new backup goes there first
                    copied = backup_copies.copy_backup(
                        raw, self.paths.backups, self.paths.keys, new, self._clock()
                    )
                    fresh = copied.name if copied is not None else ""
                folder = backup_copies.journal_folder(Path(root), raw)
                doomed = pending.in_folder(root, list_backups(folder))
                gone = remove_backups(folder, [name for name in doomed if name != fresh])
                copy_record.forget(raw, root, gone)
                removed_copies += len(gone)
            backup_copies.write_setting(raw, PENDING_SETTING, pending.without(reachable).encode())
        finally:
            raw.close()
        return new.name, removed_local, removed_copies

    def _keep_pending(self, pending: PendingRemoval) -> None:
        self.exchange.set_setting(PENDING_SETTING, pending.encode())

    def _backup_at_open(self, stop: StopSignal, *, daily: bool) -> None:
        """The backups at open, then any removal a lock or crash left unfinished."""
        super()._backup_at_open(stop, daily=daily)
        pending = PendingRemoval.decode(self.exchange.setting(PENDING_SETTING))
        if pending is None:
            return
        while self._integrity is not None and not self._integrity.done:
            stop.check()  # a damaged file must never replace good backups
            self._integrity.wait(0.05)
        if self._integrity is not None and (self._integrity.error or self._integrity.stopped):
            return
        self._remove_held("", pending, stop)


def _next(backups: list[Backup]) -> int:
    return max((b.sequence for b in backups), default=0) + 1


def _keep(outcome: list[Forgotten], forgotten: Forgotten | None) -> None:
    if forgotten is not None:
        outcome.append(forgotten)


def _folders(held: list[HeldBackup]) -> list[str]:
    return list(dict.fromkeys(h.folder for h in held))


def _reachable(root: str) -> bool:
    with contextlib.suppress(OSError):
        return Path(root).is_dir()
    return False
