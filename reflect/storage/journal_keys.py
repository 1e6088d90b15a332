"""The journal's keys: checking the passphrase, changing it, and a new recovery key."""

from __future__ import annotations

import os
from pathlib import Path

from reflect.domain.errors import WrongPassphrase
from reflect.storage import recovery_rekey
from reflect.storage.database import connect, translated
from reflect.storage.journal_connection import JournalConnection
from reflect.storage.journal_opening import JournalOpening
from reflect.storage.key_slot import (
    KdfParams,
    check_passphrase,
    replace_slot,
    unwrap_slot,
)
from reflect.storage.recovery_key import encode_recovery_key


class JournalKeys(JournalOpening):
    """Passphrase and recovery key of an open journal."""

    def check_passphrase(self, passphrase: str) -> None:
        """`WrongPassphrase` unless `passphrase` is this journal's current passphrase."""
        if unwrap_slot(self.paths.keys, passphrase) != self._master_key():
            raise WrongPassphrase

    def recovery_key(self, passphrase: str) -> str:
        """The recovery key again, for a visitor who proves they know the passphrase."""
        self.check_passphrase(passphrase)
        return encode_recovery_key(self._master_key())

    def change_passphrase(
        self, new_passphrase: str, *, kdf: KdfParams | None = None
    ) -> Path | None:
        """Re-wrap the key for a new passphrase; verified by reopening, then swapped atomically.

        Returns where a damaged or another journal's key file was kept aside, if there was one.
        """
        check_passphrase(new_passphrase)
        master_key = self._master_key()
        self.create_backup("before-passphrase-change")

        def opens_journal(candidate: bytes) -> bool:
            if candidate != master_key:
                return False
            connect(self.paths.database, candidate).close()
            return True

        with translated(writing=True, folder=self.paths.folder):
            return replace_slot(self.paths.keys, new_passphrase, master_key, opens_journal, kdf)

    def new_recovery_key(self, passphrase: str, *, kdf: KdfParams | None = None) -> str:
        """Re-encrypt the journal under a new key and return its recovery key (shown once).

        The old recovery key stops opening the journal; backups taken before still open
        with it. Backed up first; a crash at any point leaves the passphrase working.
        """
        self.check_passphrase(passphrase)
        self.wait_for_background()
        self.create_backup("before-new-recovery-key")
        old_key, new_key = self._master_key(), os.urandom(32)
        with translated(writing=True, folder=self.paths.folder):
            try:
                recovery_rekey.build(self.paths, old_key, new_key)
                recovery_rekey.write_next_slot(self.paths, passphrase, new_key, kdf)
            except BaseException:
                recovery_rekey.discard(self.paths)
                raise
            self._dispose()
            try:
                recovery_rekey.swap(self.paths)
            finally:
                self._key = recovery_rekey.current_key(self.paths, old_key, new_key)
                self._connection = JournalConnection(self.paths.database, self._key)
        return encode_recovery_key(new_key)
