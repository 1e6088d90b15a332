"""Where the journal lives on disk, and how its files are created (owner-only)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "REFLECT_DATA_DIR"


@dataclass(frozen=True)
class JournalPaths:
    """The files that make up one journal, all inside one folder."""

    folder: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> JournalPaths:
        """`--data-dir`, then `REFLECT_DATA_DIR`, then the platform's user data folder."""
        if data_dir:
            return cls(Path(data_dir).expanduser().resolve())
        env = os.environ.get(ENV_DATA_DIR)
        if env:
            return cls(Path(env).expanduser().resolve())
        return cls.usual()

    @classmethod
    def usual(cls) -> JournalPaths:
        """The platform's user data folder: where a journal lives unless another is chosen."""
        import platformdirs

        return cls(Path(platformdirs.user_data_dir("Reflect", appauthor=False)))

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
