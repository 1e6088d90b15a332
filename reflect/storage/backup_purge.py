"""Removing the backups that still hold a forgotten family, once a backup without it is safe.

The backups to remove are named before the family is forgotten and kept in the journal in
the same transaction that forgets it (`PENDING_SETTING`), so a crash or a lock between the
two steps cannot leave them behind unnoticed: the next opening finishes the removal. A
backup is removed only after a newer one, taken after the family was forgotten, has been
read back whole.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from reflect.domain.backup import Backup
from reflect.files.safe_files import fsync_folder
from reflect.storage.backups import parse_name
from reflect.storage.clock import from_text, to_text

PENDING_SETTING = "forget.backups_to_remove"


@dataclass(frozen=True, slots=True)
class PendingRemoval:
    """What is to be removed because it holds a forgotten family.

    `local`: backups on this computer, by name. `copies`: copies in a folder backups are
    also kept in, by (folder, name), looked inside when the family was forgotten.
    `windows`: (folder, since, until) for a folder that could not be reached then: every
    copy there of a backup taken in that time holds the family (it was written after the
    family's first reflection and before it was forgotten), and goes once it can be reached.
    """

    local: tuple[str, ...] = ()
    copies: tuple[tuple[str, str], ...] = ()
    windows: tuple[tuple[str, dt.datetime, dt.datetime], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.local or self.copies or self.windows)

    def encode(self) -> str:
        """As kept in the journal's settings ("" for nothing left to do)."""
        if not self:
            return ""
        return json.dumps(
            {
                "local": list(self.local),
                "copies": [list(c) for c in self.copies],
                "windows": [[f, to_text(a), to_text(b)] for f, a, b in self.windows],
            },
            ensure_ascii=False,
        )

    @classmethod
    def decode(cls, text: str) -> PendingRemoval | None:
        """What `encode` wrote; None for nothing pending (or a value that cannot be read)."""
        if not text:
            return None
        try:
            found = json.loads(text)
            local = tuple(str(name) for name in found["local"])
            copies = tuple((str(folder), str(name)) for folder, name in found["copies"])
            windows = tuple(
                (str(folder), from_text(str(a)), from_text(str(b)))
                for folder, a, b in found["windows"]
            )
        except (ValueError, TypeError, KeyError):
            return None
        pending = cls(local, copies, windows)
        return pending or None

    def folders(self) -> list[str]:
        """The folders with copies to remove, in the order first named."""
        named = [folder for folder, _ in self.copies] + [w[0] for w in self.windows]
        return list(dict.fromkeys(named))

    def in_folder(self, folder: str, found: list[Backup]) -> list[str]:
        """The copies to remove among those `found` in `folder` now."""
        names = {name for where, name in self.copies if where == folder}
        spans = [(a, b) for where, a, b in self.windows if where == folder]
        return [
            b.name
            for b in found
            if b.name in names or any(a <= b.taken_at <= until for a, until in spans)
        ]

    def merged(self, other: PendingRemoval | None) -> PendingRemoval:
        """This and `other` (still pending from a family forgotten earlier) together."""
        if other is None:
            return self
        return PendingRemoval(
            tuple(dict.fromkeys(self.local + other.local)),
            tuple(dict.fromkeys(self.copies + other.copies)),
            tuple(dict.fromkeys(self.windows + other.windows)),
        )

    def without(self, folders: list[str]) -> PendingRemoval:
        """What is left once `folders` are done and the backups here are removed."""
        return PendingRemoval(
            (),
            tuple(c for c in self.copies if c[0] not in folders),
            tuple(w for w in self.windows if w[0] not in folders),
        )


def remove_backups(folder: Path, names: list[str]) -> list[str]:
    """Delete these backups (and the key file beside each) from `folder`; the names of
    those that were there. Only backup names are touched, never another file."""
    removed = []
    for name in names:
        if parse_name(name) is None or Path(name).name != name:
            continue
        try:
            (folder / name).unlink()
        except FileNotFoundError:
            continue
        with contextlib.suppress(FileNotFoundError):
            (folder / f"{name}.keys").unlink()
        removed.append(name)
    if removed:
        fsync_folder(folder)
    return removed
