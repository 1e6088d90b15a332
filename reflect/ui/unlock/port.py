"""What the first screens need from the journal: is there one, create, open, recover, and
bring one back from a backup."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from reflect.domain.backup import Backup
from reflect.domain.errors import Failed
from reflect.files.cloud_folders import SyncedFolder


@dataclass(frozen=True)
class RestoreSecrets:
    """What opens a backup file: its passphrase or recovery key, and for the recovery key
    a new passphrase (None where not given)."""

    passphrase: str | None = None
    recovery_key: str | None = None
    new_passphrase: str | None = None


class UnlockPort(Protocol):
    """Calls raise `ReflectError` subclasses with a sentence fit to show."""

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""

    @property
    def data_folder(self) -> str:
        """The folder the journal lives in (to name it when something is missing)."""

    def exists(self) -> bool:
        """True when there is a journal here, or backups of one to restore."""

    def journal_missing(self) -> bool:
        """True when the key file is here but the journal file is gone."""

    # The ways in run beside the window (each derives a key, about 0.2 s by design, and
    # may copy or upgrade the journal); `opened` or `failed` is called on the window's
    # thread when they are over, and neither once the journal was locked meanwhile.
    def begin_create(self, passphrase: str, opened: Callable[[str], None], failed: Failed) -> None:
        """Make the journal and open it; `opened(recovery_key)`, the key to show once."""

    def begin_unlock(self, passphrase: str, opened: Callable[[], None], failed: Failed) -> None:
        """Open with the passphrase."""

    def begin_recover(
        self,
        recovery_key: str,
        new_passphrase: str,
        opened: Callable[[str | None], None],
        failed: Failed,
    ) -> None:
        """Open with the recovery key and set a new passphrase; `opened(name)` with the name
        a key file was kept aside under, if one was."""

    def lock(self) -> None:
        """Close the journal; every page forgets what it showed."""

    def backups_while_locked(self) -> list[Backup]:
        """Backups that could replace a missing or damaged journal."""

    def begin_restore_while_locked(
        self, name: str, passphrase: str, opened: Callable[[], None], failed: Failed
    ) -> None:
        """Put a backup in place of a journal that cannot be opened, and open it."""

    def begin_restore_new(
        self, path: str, secrets: RestoreSecrets, opened: Callable[[], None], failed: Failed
    ) -> None:
        """Bring a journal back from a backup file into an empty data folder, and open it."""

    # The journal's folder, asked about on the first screens when a cloud service copies it.
    def synced_folder(self) -> SyncedFolder | None:
        """The cloud service that copies the journal's folder, unless the visitor chose to
        keep the journal there anyway."""

    def usual_folder(self) -> str | None:
        """The usual folder for a journal on this computer, when the journal is elsewhere
        and no cloud service copies it."""

    def keep_in_synced_folder(self) -> None:
        """Keep the journal where it is, and do not ask again."""

    def begin_move_folder(self, folder: str, done: Callable[[str], None], failed: Failed) -> None:
        """Keep the journal in `folder` from now on, moving it there if there is one;
        `done(folder)` once it is there. Remembered for the next start."""
