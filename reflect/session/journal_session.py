"""The journal session: creates, opens, recovers and locks the journal, and between those
answers every feature's port (one mixin per feature, each in its own module).

The storage layer (and SQLAlchemy with it) is imported only when it is first needed, after
the first screen has been painted, so start-up does not grow with the journal or its code.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer

from reflect.domain.backup import Backup
from reflect.domain.errors import Failed
from reflect.domain.progress import Progress
from reflect.session.about_access import AboutAccess
from reflect.session.cards_access import CardsAccess
from reflect.session.families_access import FamiliesAccess
from reflect.session.folder_access import FolderAccess
from reflect.session.hours_access import HoursAccess
from reflect.session.journal_access import JournalAccess
from reflect.session.portable_access import PortableAccess
from reflect.session.progress_watch import ProgressWatch
from reflect.session.self_care_access import SelfCareAccess
from reflect.session.settings_access import SettingsAccess
from reflect.session.supervision_access import SupervisionAccess
from reflect.storage.paths import JournalPaths
from reflect.ui.changes import JournalChanges
from reflect.ui.unlock.port import RestoreSecrets

if TYPE_CHECKING:
    from reflect.storage.journal import Journal

T = TypeVar("T")


def storage() -> type[Journal]:
    """The `Journal` service class (imported on first use)."""
    journal_class: type[Journal] = importlib.import_module("reflect.storage.journal").Journal
    return journal_class


class JournalSession(
    JournalAccess,
    CardsAccess,
    SupervisionAccess,
    HoursAccess,
    SelfCareAccess,
    SettingsAccess,
    AboutAccess,
    FolderAccess,
    PortableAccess,
    FamiliesAccess,
):
    """The one object that holds the journal, open or locked; every page's port."""

    def __init__(self, paths: JournalPaths, changes: JournalChanges | None = None) -> None:
        super().__init__(paths, changes)
        self.progress = ProgressWatch(self.changes, self._background_work)
        self.changes.unlocked.connect(self._read_agency_folder)
        self.changes.locked.connect(self._forget_agency_templates)

    def _read_agency_folder(self) -> None:
        if self.is_open:
            self.read_agency_templates()

    def _background_work(self) -> list[Progress]:
        running = self.journal.background_work() if self.journal is not None else []
        return [*self.errands.under_way(), *running]

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

    def _start_background_work(self) -> None:
        if self.journal is not None:
            self.journal.start_background_work()

    # ----------------------------------------------------------------- opening
    # Each way in derives a key (about 0.2 s by design) and may copy or upgrade the journal:
    # that runs on an errand thread, and `opened` or `failed` is called on the window's
    # thread afterwards. A lock (or quit) meanwhile wins: the journal that opened too late is
    # closed again at once, and neither is called.
    def begin_create(self, passphrase: str, opened: Callable[[str], None], failed: Failed) -> None:
        """Make the journal; `opened(recovery_key)` with the key to show once."""

        def create() -> tuple[Journal, str]:
            journal, recovery_key = storage().create(self.paths, passphrase)
            return journal, str(recovery_key)

        self._begin("create", create, lambda made: opened(made[1]), failed)

    def begin_unlock(self, passphrase: str, opened: Callable[[], None], failed: Failed) -> None:
        """Open with the passphrase."""

        def unlock() -> tuple[Journal, None]:
            # Background work begins once the first page is read (see `_begin`).
            return storage().open(self.paths, passphrase, defer_background=True), None

        self._begin("unlock", unlock, lambda _: opened(), failed)

    def begin_recover(
        self,
        recovery_key: str,
        new_passphrase: str,
        opened: Callable[[str | None], None],
        failed: Failed,
    ) -> None:
        """Open with the recovery key and set a new passphrase; `opened(name)` with the name
        a damaged or another journal's key file was kept aside under, if one was."""
        from reflect.storage.key_slot import check_passphrase

        def recover() -> tuple[Journal, str | None]:
            check_passphrase(new_passphrase)
            journal = storage().open_with_recovery_key(self.paths, recovery_key)
            try:
                kept_aside = journal.change_passphrase(new_passphrase)
            except BaseException:
                journal.close()
                raise
            return journal, None if kept_aside is None else str(kept_aside.name)

        self._begin("recover", recover, lambda made: opened(made[1]), failed)

    def _begin(
        self,
        name: str,
        open_journal: Callable[[], tuple[Journal, T]],
        then: Callable[[tuple[Journal, T]], None],
        failed: Failed,
    ) -> None:
        generation = self._generation

        def arrived(made: tuple[Journal, T]) -> None:
            if generation != self._generation or self.journal is not None:
                made[0].close()  # locked meanwhile (or already open): nobody asked any more
                return
            self.journal = made[0]
            self.changes.unlocked.emit()
            then(made)
            # The window reads the first page of the list in this same turn of the event
            # loop; the integrity check and the daily backup begin on the next one, so they
            # never compete with that page.
            QTimer.singleShot(0, self._start_background_work)

        self.errands.run(name, open_journal, arrived, failed)

    def lock(self) -> None:
        """Close the journal (no connection, no key in this object); pages forget it. A
        journal still being opened is closed as soon as it arrives."""
        self._generation += 1
        self.stop_transfers()  # an export or import under way stops at its next safe point
        if self.journal is not None:
            journal, self.journal = self.journal, None
            if journal is not self._restoring:  # a restore is never cut short: it closes it
                journal.lock()
            self.changes.locked.emit()

    # ----------------------------------------------------------------- restoring
    def backups_while_locked(self) -> list[Backup]:
        """Backups that could replace a missing or damaged journal."""
        from reflect.storage.backups import list_backups

        return list_backups(self.paths.backups)

    def begin_restore_while_locked(
        self, name: str, passphrase: str, opened: Callable[[], None], failed: Failed
    ) -> None:
        """Put a backup in place of a journal that cannot be opened, and open it."""

        def restore() -> tuple[Journal, None]:
            return storage().restore_without_opening(self.paths, name, passphrase=passphrase), None

        self._begin("restore", restore, lambda _: opened(), failed)

    def begin_restore_new(
        self,
        path: str,
        secrets: RestoreSecrets,
        opened: Callable[[], None],
        failed: Failed,
    ) -> None:
        """Bring a journal back from a backup file into this (empty) data folder, and open it."""

        def restore() -> tuple[Journal, None]:
            journal = storage().restore_new(
                self.paths,
                path,
                passphrase=secrets.passphrase,
                recovery_key=secrets.recovery_key,
                new_passphrase=secrets.new_passphrase,
            )
            return journal, None

        self._begin("restore", restore, lambda _: opened(), failed)
