"""Telling the truth when a key does not open the journal file.

A key (from the passphrase, or typed as the recovery key) that does not open the journal
file can mean three different things, and each needs a different step from the visitor:
the journal file is damaged (restore a backup), the key file beside it was copied from
another journal (open with this journal's recovery key), or the recovery key typed belongs
to another journal. The backups tell these apart without guessing: they are encrypted with
the same master key as the journal, so a key that opens a backup is this journal's key.
"""

from __future__ import annotations

from pathlib import Path

from reflect.domain.errors import (
    DamagedJournal,
    ForeignKeyFile,
    ReflectError,
    WrongPassphrase,
    WrongRecoveryKey,
)
from reflect.storage.backups import list_backups
from reflect.storage.database import connect
from reflect.storage.key_slot import key_check, unwrap_slot
from reflect.storage.paths import JournalPaths

# Opening a backup's first page with a wrong key takes a few milliseconds; a handful of
# the newest is enough to recognise the journal's own key.
BACKUPS_TRIED = 5

KEY_FILE_NOT_UNWRAPPED = (
    "That passphrase does not open this journal's key file. Check Caps Lock and try again. "
    "If the key file was copied from another journal, open with your recovery key instead."
)
FOREIGN_OR_DAMAGED = (
    "Your passphrase opens the key file beside this journal, but not the journal file: "
    "either that key file comes from another journal, or the journal file is damaged. "
    "Open with your recovery key; if it does not open either, restore a backup."
)
RECOVERY_KEY_OF_KEY_FILE = (
    "That recovery key belongs to the key file beside this journal, but that key file "
    "comes from another journal: the key opens neither this journal nor its backups. "
    "Use the recovery key printed for this journal."
)
RECOVERY_KEY_OF_KEY_FILE_OR_DAMAGED = (
    "That recovery key matches the key file beside this journal but does not open the "
    "journal file: either both come from another journal (then use the recovery key "
    "printed for this journal), or the journal file is damaged (then restore a backup)."
)
REPLACED_RECOVERY_KEY = (
    "That recovery key was replaced by a newer one: it opens only backups taken before "
    "then. Use the newest recovery key you printed for this journal."
)
RECOVERY_KEY_OR_DAMAGED = (
    "That recovery key does not open this journal, or the journal file is damaged. "
    "Check the key, or restore a backup."
)


def unlock_key(paths: JournalPaths, passphrase: str) -> bytes:
    """The master key from the key file, with a sentence that is true for a copied key file.

    A passphrase that does not unwrap the key file may be mistyped, or may be the right one
    for this journal while the key file beside it came from another journal: nothing in the
    key file can tell these apart, so the sentence says only what is known.
    """
    try:
        return unwrap_slot(paths.keys, passphrase)
    except WrongPassphrase:
        raise WrongPassphrase(KEY_FILE_NOT_UNWRAPPED) from None


def opens(path: Path, master_key: bytes) -> bool:
    """True when `master_key` reads the first page of the encrypted file at `path`."""
    try:
        connect(path, master_key).close()
    except ReflectError:
        return False
    return True


def _opens_a_backup(paths: JournalPaths, master_key: bytes) -> bool:
    backups = list_backups(paths.backups)[:BACKUPS_TRIED]
    return any(opens(paths.backups / backup.name, master_key) for backup in backups)


def explain_refusal(
    paths: JournalPaths,
    master_key: bytes,
    error: DamagedJournal,
    *,
    key_file_check: str | None,
    recovery: bool,
) -> ReflectError:
    """The true reason a key that was refused with `error` did not open the journal.

    `key_file_check` is the key check of a sound key file beside the journal (None when
    there is none); `recovery` says whether the key was typed as the recovery key.
    """
    if opens(paths.database, master_key):
        return error  # this journal's own key: the journal file itself is damaged
    if _opens_a_backup(paths, master_key):
        if recovery and key_file_check is not None and key_file_check != key_check(master_key):
            # Older backups open with it, the journal and its sound key file do not: it is
            # the recovery key this journal had before a new one was made.
            return WrongRecoveryKey(REPLACED_RECOVERY_KEY)
        return error  # this journal's own key: the journal file itself is damaged
    has_backups = bool(list_backups(paths.backups))
    # Without backups a copied key file and a damaged first page look the same: both are
    # named, as damage, so that restoring stays on offer.
    if not recovery:  # the key came out of the key file, so the key file is not this journal's
        return ForeignKeyFile() if has_backups else DamagedJournal(FOREIGN_OR_DAMAGED)
    if key_file_check is not None and key_file_check == key_check(master_key):
        if has_backups:
            return WrongRecoveryKey(RECOVERY_KEY_OF_KEY_FILE)
        return DamagedJournal(RECOVERY_KEY_OF_KEY_FILE_OR_DAMAGED)
    return WrongRecoveryKey() if has_backups else WrongRecoveryKey(RECOVERY_KEY_OR_DAMAGED)
