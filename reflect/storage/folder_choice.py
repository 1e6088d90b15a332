"""The answer to "this folder is copied to the cloud: keep the journal here?", written in
the folder it was asked about so that it is asked once; and, when the journal went to
another folder instead, which one, so that the next start (with the same `--data-dir`, or
none) finds it there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reflect.files.safe_files import read_regular_file, write_atomically

CHOICE_FILE = "journal-folder.json"
MOST = 4096
"""The note is a line of JSON; anything larger is not ours."""


@dataclass(frozen=True)
class FolderChoice:
    """What was answered for one folder: keep the journal there, or it went to `moved_to`."""

    keep_here: bool = False
    moved_to: Path | None = None


def read_choice(folder: Path) -> FolderChoice:
    """The answer given for `folder`; none (the default) when there is no readable note."""
    try:
        data = json.loads(read_regular_file(folder / CHOICE_FILE, MOST))
    except (OSError, ValueError):
        return FolderChoice()
    if not isinstance(data, dict):
        return FolderChoice()
    moved = data.get("moved_to")
    moved_to = Path(moved) if isinstance(moved, str) and Path(moved).is_absolute() else None
    return FolderChoice(keep_here=data.get("keep_here") is True, moved_to=moved_to)


def remember_keep_here(folder: Path) -> None:
    """The visitor keeps the journal in `folder`, synced as it is: not asked again."""
    _write(folder, {"keep_here": True})


def remember_moved(folder: Path, to: Path) -> None:
    """The journal of `folder` is kept in `to` from now on."""
    _write(folder, {"moved_to": str(to)})


def _write(folder: Path, note: dict[str, object]) -> None:
    write_atomically(folder / CHOICE_FILE, json.dumps(note).encode("utf-8"))
