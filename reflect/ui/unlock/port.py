"""What the first screens need from the journal: is there one, create, open, recover, and
bring one back from a backup."""

from __future__ import annotations

from typing import Protocol

from reflect.domain.backup import Backup


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

    def create(self, passphrase: str) -> str:
        """Make the journal and open it; the recovery key, to show once."""

    def unlock(self, passphrase: str) -> None:
        """Open with the passphrase."""

    def recover(self, recovery_key: str, new_passphrase: str) -> str | None:
        """Open with the recovery key and set a new passphrase; the name a key file was
        kept aside under, if one was."""

    def lock(self) -> None:
        """Close the journal; every page forgets what it showed."""

    def backups_while_locked(self) -> list[Backup]:
        """Backups that could replace a missing or damaged journal."""

    def restore_while_locked(self, name: str, passphrase: str) -> None:
        """Put a backup in place of a journal that cannot be opened, and open it."""

    def restore_new(
        self,
        path: str,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        new_passphrase: str | None = None,
    ) -> None:
        """Bring a journal back from a backup file into an empty data folder, and open it."""
