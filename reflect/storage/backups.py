"""Encrypted, rotated backups of the journal, taken with SQLite's `VACUUM INTO`.

A backup is a complete journal encrypted with the same master key, so the passphrase and the
recovery key open every backup too. It is written under a temporary name and renamed, so a
half-written backup is never listed or restored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reflect.domain.backup import Backup
from reflect.domain.errors import NotFound
from reflect.storage.safe_files import fsync_folder

SUFFIX = ".reflect-backup"
_NAME = re.compile(r"^journal-(\d{8}T\d{6}\d{6})Z-([a-z-]+)" + re.escape(SUFFIX) + "$")
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_NEWEST = 3


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%f")


def parse_name(name: str) -> tuple[dt.datetime, str] | None:
    """When and why a backup file was taken, from its name; None for other files."""
    match = _NAME.match(name)
    if not match:
        return None
    taken = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=dt.UTC)
    return taken, match.group(2)


def list_backups(folder: Path) -> list[Backup]:
    """Every complete backup in `folder`, newest first."""
    found: list[Backup] = []
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(folder):
            parsed = parse_name(entry.name)
            if parsed and entry.is_file():
                found.append(Backup(entry.name, parsed[0], parsed[1], entry.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def write_backup(connection: Any, folder: Path, reason: str, now: dt.datetime) -> Backup:
    """Copy the open journal (a keyed sqlcipher3 connection) into a new backup file."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = f"journal-{_stamp(now)}Z-{reason}{SUFFIX}"
    final = folder / name
    temp = folder / f".{name}.partial"
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    try:
        # Created owner-only first: SQLite fills an empty file it is given.
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        connection.execute("VACUUM INTO ?", (str(temp),))
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    fsync_folder(folder)
    return Backup(name, now.astimezone(dt.UTC), reason, final.stat().st_size)


def to_keep(backups: Iterable[Backup]) -> set[str]:
    """Names kept by rotation: the newest few, one a day for the last 7 days that have a
    backup, then one a week for the 4 weeks before those (about five weeks in all)."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.name for b in ordered[:KEEP_NEWEST]}
    days: dict[dt.date, str] = {}
    for backup in ordered:
        days.setdefault(backup.taken_at.astimezone().date(), backup.name)
    daily = list(days.items())[:KEEP_DAILY]
    keep.update(name for _, name in daily)
    oldest_daily = daily[-1][0] if daily else None
    weeks: dict[tuple[int, int], str] = {}
    for backup in ordered:
        local = backup.taken_at.astimezone().date()
        if oldest_daily is not None and local >= oldest_daily:
            continue
        iso = local.isocalendar()
        weeks.setdefault((iso.year, iso.week), backup.name)
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    return keep


def rotate(folder: Path, protect: frozenset[str] = frozenset()) -> list[str]:
    """Delete backups that rotation no longer keeps (never those in `protect`)."""
    backups = list_backups(folder)
    keep = to_keep(backups) | protect
    removed = []
    for backup in backups:
        if backup.name not in keep:
            with contextlib.suppress(FileNotFoundError):
                (folder / backup.name).unlink()
            removed.append(backup.name)
    return removed


def backup_path(folder: Path, name: str) -> Path:
    """The file of a listed backup; `NotFound` for anything else (no path tricks)."""
    if parse_name(name) is None or Path(name).name != name:
        raise NotFound("That backup is no longer there. Choose another one from the list.")
    path = folder / name
    if not path.is_file():
        raise NotFound("That backup is no longer there. Choose another one from the list.")
    return path
