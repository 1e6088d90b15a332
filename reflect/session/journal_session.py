"""The journal session: creates, opens, recovers and locks the journal, and between those
answers every feature's port (one mixin per feature, each in its own module).

The storage layer (and SQLAlchemy with it) is imported only when it is first needed, after
the first screen has been painted, so start-up does not grow with the journal or its code.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from reflect.domain.backup import Backup
from reflect.domain.progress import Progress
from reflect.session.cards_access import CardsAccess
from reflect.session.hours_access import HoursAccess
from reflect.session.journal_access import JournalAccess
from reflect.session.progress_watch import ProgressWatch
from reflect.session.settings_access import SettingsAccess
from reflect.session.supervision_access import SupervisionAccess
from reflect.storage.paths import JournalPaths
from reflect.ui.changes import JournalChanges

if TYPE_CHECKING:
    from reflect.storage.journal import Journal


def storage() -> type[Journal]:
    """The `Journal` service class (imported on first use)."""
    journal_class: type[Journal] = importlib.import_module("reflect.storage.journal").Journal
    return journal_class


class JournalSession(JournalAccess, CardsAccess, SupervisionAccess, HoursAccess, SettingsAccess):
    """The one object that holds the journal, open or locked; every page's port."""

    def __init__(self, paths: JournalPaths, changes: JournalChanges | None = None) -> None:
        super().__init__(paths, changes)
        self.progress = ProgressWatch(self.changes, self._background_work)

    def _background_work(self) -> list[Progress]:
        return self._open().background_work() if self.is_open else []

    # ----------------------------------------------------------------- state
    def exists(self) -> bool:
        """True when there is a journal here, or backups of one to restore.

        A key file alone is what an unfinished creation leaves: start afresh then.
        """
        if self.paths.database.exists():
            return True
        from reflect.storage.backups import list_backups

        return bool(list_backups(self.paths.backups))

    def journal_missing(self) -> bool:
        """True when a journal's key file is here but its journal file is not.

        That is what moving or deleting the journal leaves, and it must be said, not met
        with a silent first start. (A creation that never finished leaves its half-built
        journal file under a temporary name beside the key file instead.)
        """
        database = self.paths.database
        building = database.with_name(f".{database.name}.creating")
        return self.paths.keys.exists() and not database.exists() and not building.exists()

    def _opened(self, journal: Journal) -> None:
        self.journal = journal
        self.changes.unlocked.emit()
        # The window reads the first page of the list as soon as the journal opens, in this
        # same turn of the event loop; the integrity check and the daily backup begin on the
        # next turn, so they never compete with that page.
        QTimer.singleShot(0, self._start_background_work)

    def _start_background_work(self) -> None:
        if self.journal is not None:
            self.journal.start_background_work()

    # ----------------------------------------------------------------- opening
    def create(self, passphrase: str) -> str:
        """Make the journal; returns the recovery key to show once."""
        journal, recovery_key = storage().create(self.paths, passphrase)
        self._opened(journal)
        return str(recovery_key)

    def unlock(self, passphrase: str) -> None:
        """Open with the passphrase; background work begins once the first page is read."""
        self._opened(storage().open(self.paths, passphrase, defer_background=True))

    def recover(self, recovery_key: str, new_passphrase: str) -> str | None:
        """Open with the recovery key and set a new passphrase.

        Returns the name a damaged or another journal's key file was kept aside under.
        """
        from reflect.storage.key_slot import check_passphrase

        check_passphrase(new_passphrase)
        journal = storage().open_with_recovery_key(self.paths, recovery_key)
        try:
            kept_aside = journal.change_passphrase(new_passphrase)
        except BaseException:
            journal.close()
            raise
        self._opened(journal)
        return None if kept_aside is None else str(kept_aside.name)

    def lock(self) -> None:
        """Close the journal (no connection, no key in this object); pages forget it."""
        if self.journal is not None:
            journal, self.journal = self.journal, None
            journal.lock()
            self.changes.locked.emit()

    # ----------------------------------------------------------------- restoring
    def backups_while_locked(self) -> list[Backup]:
        """Backups that could replace a missing or damaged journal."""
        from reflect.storage.backups import list_backups

        return list_backups(self.paths.backups)

    def restore_while_locked(self, name: str, passphrase: str) -> None:
        """Put a backup in place of a journal that cannot be opened, and open it."""
        self._opened(storage().restore_without_opening(self.paths, name, passphrase=passphrase))

    def restore_new(
        self,
        path: str,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        new_passphrase: str | None = None,
    ) -> None:
        """Bring a journal back from a backup file into this (empty) data folder, and open it."""
        journal = storage().restore_new(
            self.paths,
            path,
            passphrase=passphrase,
            recovery_key=recovery_key,
            new_passphrase=new_passphrase,
        )
        self._opened(journal)
