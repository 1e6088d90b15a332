"""Whether a folder is inside one that a cloud service copies (OneDrive, Dropbox, iCloud
Drive, Google Drive and the like), told from where those services keep their folders on
Windows, macOS and Linux.

A journal there is still encrypted, but a copy of it leaves the computer, and two computers
opening the same synced copy can undo each other's writing; the visitor is asked once.

Only paths are compared (and Dropbox's own small note of where its folders are read):
nothing is listed, nothing is asked of the service, and a folder that does not exist yet
is judged by its path all the same.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from reflect.files.safe_files import read_regular_file

ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
"""Set by the OneDrive client on Windows to the folders it syncs."""
DROPBOX_NOTE_MOST = 64 * 1024
"""Dropbox's info.json is a few hundred bytes; anything larger is not it."""
# ~/Library/CloudStorage/<Provider>-<account>: the macOS File Provider folders.
PROVIDER_NAMES = {
    "onedrive": "OneDrive",
    "googledrive": "Google Drive",
    "dropbox": "Dropbox",
    "icloud": "iCloud Drive",
    "icloud drive": "iCloud Drive",
    "box": "Box",
}


@dataclass(frozen=True)
class SyncedFolder:
    """The cloud service that copies a folder, and the top of what it copies."""

    service: str
    root: str


@dataclass(frozen=True)
class CloudPlaces:
    """Where to look: the home folder, the environment's OneDrive folders, and folders a
    service says it syncs; on Windows or elsewhere."""

    home: str
    windows: bool
    environ: Mapping[str, str] = field(default_factory=dict)
    synced_roots: tuple[SyncedFolder, ...] = ()

    @classmethod
    def here(cls) -> CloudPlaces:
        """This computer's places."""
        windows = os.name == "nt"
        home = Path.home()
        return cls(
            home=str(home),
            windows=windows,
            environ={name: os.environ[name] for name in ONEDRIVE_VARIABLES if name in os.environ},
            synced_roots=tuple(_dropbox_roots(_dropbox_notes(home, windows))),
        )


def synced_folder(folder: Path, places: CloudPlaces | None = None) -> SyncedFolder | None:
    """The service that copies `folder` (as given, or where its links lead), or None."""
    where = places if places is not None else CloudPlaces.here()
    found = synced_by(str(folder), where)
    if found is None:
        try:
            real = folder.resolve()
        except (OSError, RuntimeError):
            return None
        if real != folder:
            found = synced_by(str(real), where)
    return found


def synced_by(folder: str, places: CloudPlaces) -> SyncedFolder | None:
    """The service whose folder holds `folder` (a path on `places`'s system), or None.

    Names are compared without regard to case, as Windows and macOS compare them.
    """
    flavour: type[PurePath] = PureWindowsPath if places.windows else PurePosixPath
    target = flavour(folder)
    for root in _roots(places, flavour):
        if _inside(target, flavour(root.root)):
            return root
    return _by_pattern(target, flavour(places.home), windows=places.windows)


def _roots(places: CloudPlaces, flavour: type[PurePath]) -> Iterator[SyncedFolder]:
    for name in ONEDRIVE_VARIABLES:
        value = places.environ.get(name, "").strip()
        if value and flavour(value).is_absolute():
            yield SyncedFolder("OneDrive", value)
    yield from places.synced_roots


def _inside(target: PurePath, root: PurePath) -> bool:
    wanted = [part.casefold() for part in root.parts]
    return bool(wanted) and [part.casefold() for part in target.parts[: len(wanted)]] == wanted


def _by_pattern(target: PurePath, home: PurePath, *, windows: bool) -> SyncedFolder | None:
    parts = target.parts
    if windows and len(parts) >= 2 and parts[1].casefold() in ("my drive", "shared drives"):
        # Google Drive for desktop shows itself as a drive of its own: G:\My Drive.
        return SyncedFolder("Google Drive", str(PureWindowsPath(parts[0], parts[1])))
    if not _inside(target, home) or len(parts) <= len(home.parts):
        return None
    rest = parts[len(home.parts) :]
    first = rest[0].casefold()
    service = None
    depth = 1
    if first.startswith("onedrive"):  # "OneDrive", "OneDrive - Agency Name"
        service = "OneDrive"
    elif first == "dropbox" or first.startswith("dropbox ("):  # "Dropbox (Agency)"
        service = "Dropbox"
    elif first in ("google drive", "googledrive"):
        service = "Google Drive"
    elif first in ("icloud drive", "iclouddrive"):  # iCloud for Windows
        service = "iCloud Drive"
    elif first == "library" and len(rest) >= 2 and not windows:
        second = rest[1].casefold()
        if second == "mobile documents":  # iCloud Drive and the apps' iCloud folders
            service, depth = "iCloud Drive", 2
        elif second == "cloudstorage" and len(rest) >= 3:
            provider = rest[2].split("-", maxsplit=1)[0]
            service, depth = PROVIDER_NAMES.get(provider.casefold(), provider), 3
    if service is None:
        return None
    return SyncedFolder(service, str(home.joinpath(*rest[:depth])))


def _dropbox_notes(home: Path, windows: bool) -> list[Path]:
    """Where the Dropbox client writes down the folders it syncs."""
    if not windows:
        return [home / ".dropbox" / "info.json"]
    return [
        Path(os.environ[name]) / "Dropbox" / "info.json"
        for name in ("APPDATA", "LOCALAPPDATA")
        if os.environ.get(name)
    ]


def _dropbox_roots(notes: list[Path]) -> Iterator[SyncedFolder]:
    for note in notes:
        try:
            data = json.loads(read_regular_file(note, DROPBOX_NOTE_MOST))
        except (OSError, ValueError):
            continue  # no Dropbox here, or a note we cannot read: the path patterns remain
        if not isinstance(data, dict):
            continue
        for account in data.values():
            path = account.get("path") if isinstance(account, dict) else None
            if isinstance(path, str) and path:
                yield SyncedFolder("Dropbox", path)
