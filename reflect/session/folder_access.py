"""The first screens' questions about the journal's folder: is it one a cloud service
copies, keep it there (asked once), or keep the journal in another folder from now on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from reflect.domain.errors import Failed, JournalBusy
from reflect.files.cloud_folders import SyncedFolder, synced_folder
from reflect.session.base import SessionBase
from reflect.storage.folder_choice import read_choice, remember_keep_here, remember_moved
from reflect.storage.paths import JournalPaths

log = logging.getLogger(__name__)


class FolderAccess(SessionBase):
    """Implements the folder part of `reflect.ui.unlock.port.UnlockPort`."""

    def synced_folder(self) -> SyncedFolder | None:
        """The cloud service that copies the journal's folder, unless the visitor chose to
        keep the journal there anyway."""
        if read_choice(self.paths.folder).keep_here:
            return None
        return synced_folder(self.paths.folder)

    def usual_folder(self) -> str | None:
        """The usual folder for a journal on this computer, when the journal is elsewhere
        and no cloud service copies it: the first other place to offer."""
        usual = JournalPaths.usual().folder
        if usual == self.paths.folder or synced_folder(usual) is not None:
            return None
        return str(usual)

    def keep_in_synced_folder(self) -> None:
        """Keep the journal where it is, and do not ask again."""
        try:
            remember_keep_here(self.paths.folder)
        except OSError:
            # Not written down: the question comes again next time, nothing worse.
            log.warning("the answer to keep the journal's folder could not be written")

    def begin_move_folder(self, folder: str, done: Callable[[str], None], failed: Failed) -> None:
        """Keep the journal in `folder` from now on, moving it there if there is one here
        (beside the window: it copies every backup); `done(folder)` once it is there."""
        if self.journal is not None:
            raise JournalBusy  # only asked on the first screens, with the journal closed
        source = self.paths
        target = JournalPaths(Path(folder).expanduser().resolve())
        if target.folder == source.folder:
            done(str(source.folder))
            return

        def move() -> JournalPaths:
            from reflect.storage.journal_move import move_journal

            move_journal(source, target, lambda: remember_moved(source.folder, target.folder))
            return target

        def moved(paths: JournalPaths) -> None:
            self.paths = paths
            done(str(paths.folder))

        self._errand("move", move, moved, failed)
