"""Where the journal lives on disk, and how its files are created (owner-only)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reflect.storage.folder_choice import read_choice

ENV_DATA_DIR = "REFLECT_DATA_DIR"
MOST_MOVES = 4
"""Moves followed from the folder Reflect was started with (each asked once, so few)."""


@dataclass(frozen=True)
class JournalPaths:
    """The files that make up one journal, all inside one folder."""

    folder: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> JournalPaths:
        """`--data-dir`, then `REFLECT_DATA_DIR`, then the platform's user data folder; or
        the folder the journal was moved to from there (see `followed`)."""
        if data_dir:
            return cls(Path(data_dir).expanduser().resolve()).followed()
        env = os.environ.get(ENV_DATA_DIR)
        if env:
            return cls(Path(env).expanduser().resolve()).followed()
        return cls.usual().followed()

    @classmethod
    def usual(cls) -> JournalPaths:
        """The platform's user data folder: where a journal lives unless another is chosen."""
        import platformdirs

        return cls(Path(platformdirs.user_data_dir("Reflect", appauthor=False)))

    def followed(self) -> JournalPaths:
        """Where this folder's journal is kept: here, unless it was moved from here to
        another folder (chosen when this one turned out to be copied to the cloud) that is
        there. A folder holding a journal is never left for another."""
        here, seen = self, {self.folder}
        for _ in range(MOST_MOVES):
            if here.database.exists():
                return here
            moved_to = read_choice(here.folder).moved_to
            if moved_to is None or moved_to in seen or not moved_to.is_dir():
                return here
            here = JournalPaths(moved_to)
            seen.add(moved_to)
        return here

    @property
    def database(self) -> Path:
        """The encrypted SQLCipher database: the journal itself."""
        return self.folder / "journal.reflect"

    @property
    def keys(self) -> Path:
        """The passphrase key slot that unwraps the database key."""
        return self.folder / "journal.keys"

    @property
    def lock(self) -> Path:
        """Held while a process has the journal open."""
        return self.folder / "journal.lock"

    @property
    def backups(self) -> Path:
        """Encrypted, rotated copies of the database."""
        return self.folder / "backups"

    @property
    def logs(self) -> Path:
        """Diagnostic logs; never hold journal text."""
        return self.folder / "logs"

    def ensure_folder(self) -> None:
        """Create the folder (and backups/) readable by the owner only, if they are missing.

        A folder that already exists keeps its permissions: `--data-dir` may point at a
        folder the visitor uses for other things too, and Reflect's own files in it are
        created owner-only anyway. On Windows a new folder inherits the access list of
        its parent (the user's own AppData by default); Reflect never changes access lists.
        """
        for folder in (self.folder, self.backups):
            try:
                folder.mkdir(mode=0o700, parents=True)
            except FileExistsError:
                if not folder.is_dir():
                    raise
                continue
            if os.name == "posix":
                os.chmod(folder, 0o700)  # mkdir's mode is narrowed by the umask, never widened
