"""The one object in the UI that holds the journal service, open or locked.

The storage layer (and SQLAlchemy with it) is imported only when it is first needed, after
the first screen has been painted, so start-up does not grow with the journal or its code.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any

from reflect.domain.backup import Backup, BackupCopies
from reflect.domain.comment import Comment
from reflect.domain.errors import JournalClosed, ReflectError
from reflect.domain.reflection import Reflection, ReflectionSummary, ShareState
from reflect.domain.search import PageCursor, ReflectionFilter, ReflectionPage, SearchHit
from reflect.storage.paths import JournalPaths

NEVER_WRITE = "never_write"


def never_write_entries(words: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, non-empty entries, each once (ignoring case), in the order given."""
    seen: set[str] = set()
    entries = []
    for word in words:
        entry = " ".join(word.split())
        if entry and entry.casefold() not in seen:
            seen.add(entry.casefold())
            entries.append(entry)
    return tuple(entries)


def storage() -> Any:
    """The `Journal` service class (imported on first use)."""
    return importlib.import_module("reflect.storage.journal").Journal


class JournalSession:
    """Creates, opens and locks the journal; between those, answers the journal port."""

    def __init__(self, paths: JournalPaths) -> None:
        self.paths = paths
        self.journal: Any | None = None

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

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""
        return self.journal is not None and self.journal.is_open

    def _open(self) -> Any:
        if not self.is_open:
            raise JournalClosed
        return self.journal

    def create(self, passphrase: str) -> str:
        """Make the journal; returns the recovery key to show once."""
        self.journal, recovery_key = storage().create(self.paths, passphrase)
        return str(recovery_key)

    def unlock(self, passphrase: str) -> None:
        """Open with the passphrase."""
        self.journal = storage().open(self.paths, passphrase)

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
        self.journal = journal
        return None if kept_aside is None else str(kept_aside.name)

    def lock(self) -> None:
        """Close the journal: no connection, no key in this object."""
        if self.journal is not None:
            journal, self.journal = self.journal, None
            journal.lock()

    def backups_while_locked(self) -> list[Backup]:
        """Backups that could replace a missing or damaged journal."""
        from reflect.storage.backups import list_backups

        return list_backups(self.paths.backups)

    def restore_while_locked(self, name: str, passphrase: str) -> None:
        """Put a backup in place of a journal that cannot be opened, and open it."""
        self.journal = storage().restore_without_opening(self.paths, name, passphrase=passphrase)

    # ----------------------------------------------------------------- journal port
    def list_page(self, flt: ReflectionFilter, cursor: PageCursor | None) -> ReflectionPage:
        """One page of the list."""
        page: ReflectionPage = self._open().list_reflections(flt, after=cursor)
        return page

    def search(self, query: str, flt: ReflectionFilter) -> list[SearchHit]:
        """Ranked hits."""
        hits: list[SearchHit] = self._open().search(query, filter=flt)
        return hits

    def get(self, uuid: str) -> Reflection:
        """One reflection."""
        reflection: Reflection = self._open().get_reflection(uuid)
        return reflection

    def save(self, reflection: Reflection) -> Reflection:
        """Add or update."""
        stored: Reflection = self._open().save_reflection(reflection)
        return stored

    def delete(
        self, uuid: str, on_done: Callable[[ReflectError | None], None] | None = None
    ) -> None:
        """Start deleting a reflection (backed up first, in the background)."""
        self._open().begin_delete(uuid, on_done)

    def family_codes(self) -> list[str]:
        """Active codes."""
        return [c.code for c in self._open().family_codes(include_closed=False)]

    def reflections_for_card(self, prompt_ids: tuple[str, ...]) -> list[Any]:
        """Reflections that answered any prompt linked to a card (newest first)."""
        flt = ReflectionFilter(answered_prompts=prompt_ids or ("-",))
        return list(self._open().list_reflections(flt, limit=50).items)

    # ----------------------------------------------------------------- supervision
    def supervision(self) -> Any:
        """Pairing, sharing and importing for the open journal (a `Supervision`)."""
        from reflect.exchange.supervision import Supervision

        return Supervision(self._open())

    def to_share(self) -> list[ReflectionSummary]:
        """Reflections marked "Bring to supervision", newest first."""
        flt = ReflectionFilter(share_state=ShareState.TO_SHARE)
        return list(self._open().list_reflections(flt, limit=500).items)

    def comments_for(self, uuid: str) -> list[Comment]:
        """A reflection's comments from supervision, oldest first."""
        comments: list[Comment] = self._open().comments_for(uuid)
        return comments

    def mark_comments_read(self, uuid: str) -> None:
        """The visitor has seen this reflection's comments."""
        self._open().mark_comments_read(uuid)

    def never_write(self) -> tuple[str, ...]:
        """The visitor's words never to share (names, streets, a workplace)."""
        return never_write_entries(self._open().exchange.setting(NEVER_WRITE).splitlines())

    def set_never_write(self, words: Iterable[str]) -> tuple[str, ...]:
        """Keep the list inside the journal (one entry a line); returns it as kept."""
        entries = never_write_entries(words)
        self._open().exchange.set_setting(NEVER_WRITE, "\n".join(entries))
        return entries

    # ----------------------------------------------------------------- settings
    def backups(self) -> list[Backup]:
        """Every backup, newest first."""
        return list(self._open().backups())

    def backup_now(self) -> Backup:
        """Take a backup now (copied to the second folder, if any, in the background)."""
        backup: Backup = self._open().back_up_now()
        return backup

    def backup_copies(self) -> BackupCopies:
        """The second folder for backups, and when the last copy was made there."""
        copies: BackupCopies = self._open().backup_copies()
        return copies

    def copying(self) -> bool:
        """True while a backup is being copied to the second folder."""
        return bool(self._open().copying)

    def set_backup_copies_folder(self, folder: str) -> None:
        """Also keep backups in `folder` ("" for only on this computer)."""
        self._open().set_backup_copies_folder(folder)

    def restore_file(self, path: str) -> None:
        """Replace the journal with a backup file of this journal (backed up first)."""
        self._open().restore_file(path)

    def new_recovery_key(self, passphrase: str) -> str:
        """Re-encrypt the journal under a new key; the new recovery key, to show once."""
        return str(self._open().new_recovery_key(passphrase))

    def restore_new(
        self,
        path: str,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        new_passphrase: str | None = None,
    ) -> None:
        """Bring a journal back from a backup file into this (empty) data folder, and open it."""
        self.journal = storage().restore_new(
            self.paths,
            path,
            passphrase=passphrase,
            recovery_key=recovery_key,
            new_passphrase=new_passphrase,
        )

    def restore(self, name: str) -> None:
        """Replace the journal with a backup (the present is backed up first)."""
        self._open().restore_backup(name)

    def change_passphrase(self, current: str, new: str) -> None:
        """Check the current passphrase, then change it."""
        journal = self._open()
        journal.check_passphrase(current)
        journal.change_passphrase(new)

    def recovery_key(self, passphrase: str) -> str:
        """The recovery key again, given the passphrase."""
        return str(self._open().recovery_key(passphrase))
