"""The journal's backups: taking them, the daily one at open, and copies to a second folder.

Backups are copied page by page from a read snapshot (`backups.write_backup`), so the
automatic ones run beside the visitor and stop at once when the journal is locked.
"""

from __future__ import annotations

import threading

from reflect.domain.backup import Backup, BackupCopies
from reflect.domain.errors import JournalClosed, ReflectError
from reflect.storage import backup_copies, integrity_check
from reflect.storage import backups as backup_files
from reflect.storage.background_task import BackgroundTask, StopSignal
from reflect.storage.database import translated
from reflect.storage.journal_core import JournalCore


class JournalBackups(JournalCore):
    """Backups of an open journal."""

    def backups(self) -> list[Backup]:
        """Every backup, newest first."""
        return backup_files.list_backups(self.paths.backups)

    def create_backup(
        self, reason: str = "manual", *, keep: str = "", stop: StopSignal | None = None
    ) -> Backup:
        """Take an encrypted backup now, then rotate old ones away (never `keep`).

        With `stop`, the copy ends at its next step once a stop is requested (`Stopped`).
        """
        master_key = self._master_key()
        with translated(writing=True, folder=self.paths.folder):
            connection = self._raw_connection()
            try:
                backup = backup_files.write_backup(
                    connection, self.paths.backups, reason, self._clock(), key=master_key, stop=stop
                )
            finally:
                connection.close()
            # The backup just taken is never rotated away, whatever the clock says.
            protect = frozenset({backup.name, keep} if keep else {backup.name})
            backup_files.rotate(self.paths.backups, protect)
        return backup

    @property
    def backup_error(self) -> ReflectError | None:
        """Why the last automatic backup failed, if it did (the app shows it quietly)."""
        return None if self._backup is None else self._backup.error

    def _verify_file(self, stop: StopSignal, *, pages: bool) -> None:
        integrity_check.verify(self.paths.database, self._master_key(), stop, pages=pages)

    def _daily_backup_due(self) -> bool:
        today = self._clock().astimezone().date()
        return not any(b.taken_at.astimezone().date() == today for b in self.backups())

    def _backup_at_open(self, stop: StopSignal, *, daily: bool) -> None:
        # Off the window's thread: the second folder may be a slow or absent drive.
        key = self._master_key()
        self._copies_reachable = backup_copies.probe(self.paths, key)
        stop.check()
        if daily:
            self._daily_backup(stop)
        elif self._copies_reachable:
            self._copies_reachable = backup_copies.catch_up(self.paths, key, self._clock())

    def _daily_backup(self, stop: StopSignal) -> None:
        # A damaged file must not be rotated in over good backups.
        while self._integrity is not None and not self._integrity.done:
            stop.check()
            self._integrity.wait(0.05)
        if self._integrity is not None and (self._integrity.error or self._integrity.stopped):
            return
        backup = self.create_backup("daily", stop=stop)
        stop.check()
        self._copies_reachable = backup_copies.copy_off(
            self.paths, self._master_key(), backup, self._clock()
        )

    def back_up_now(self) -> Backup:
        """Take a backup now and return it; its copy to the chosen folder goes on after.

        Both are one piece of background work, like the daily backup: its progress is
        reported, and locking stops it at the next step (leaving no half-made file). This
        waits for the backup itself, so call it beside the window, not on its thread.
        """
        key = self._master_key()
        # After a delete or a family being forgotten, too: a backup begun meanwhile could
        # hold what is going, and escape the removal from backups.
        running = dict.fromkeys((self._backup, self._copy, *self._deletes.values()))
        earlier = [t for t in running if t is not None and not t.done]
        taken: list[Backup] = []
        ready = threading.Event()

        def back_up(stop: StopSignal) -> None:
            for task in earlier:  # one backup or copy at a time, after tidying at open
                while not task.done:
                    stop.check()
                    task.wait(0.05)
            backup = self.create_backup("manual", stop=stop)
            taken.append(backup)
            ready.set()
            stop.check()
            self._copies_reachable = backup_copies.copy_off(self.paths, key, backup, self._clock())

        task = self._copy = BackgroundTask("backup", back_up, on_done=lambda _: ready.set())
        ready.wait()
        if taken:
            return taken[0]
        raise task.wait() or JournalClosed()

    @property
    def copying(self) -> bool:
        """True while a backup is being copied to the second folder in the background."""
        return any(t is not None and not t.done for t in (self._copy, self._backup))

    def backup_copies(self) -> BackupCopies:
        """Where backups are also kept, when the last copy was made, and any problem."""
        problem = next(
            (t.error.sentence for t in (self._copy, self._backup) if t and t.done and t.error),
            "",
        )
        return self._read(
            lambda conn: backup_copies.status(
                conn.connection.driver_connection, self._copies_reachable, problem
            )
        )

    def set_backup_copies_folder(self, folder: str) -> None:
        """Also keep backups in `folder` (a path), or nowhere else ("")."""
        backup_copies.check_folder(folder, self.paths.folder)
        self.exchange.set_setting(backup_copies.FOLDER_SETTING, folder)
        self._copies_reachable = True  # just checked
