"""Finding the journal a command works on, and opening it with its passphrase.

A journal held open by Reflect's window (or another command) is refused with its sentence
before the passphrase is even asked for. Commands open without the daily backup: an
import takes its own backup before it adds anything.
"""

from __future__ import annotations

import argparse

from reflect.cli.passphrases import ask_passphrase
from reflect.domain.errors import ReflectError
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.storage.process_lock import ProcessLock

NO_JOURNAL = "There is no journal in {folder}. Make one with: reflect init"


def journal_paths(args: argparse.Namespace) -> JournalPaths:
    """The journal's folder: --data-dir, then REFLECT_DATA_DIR, then the usual place."""
    return JournalPaths.resolve(getattr(args, "data_dir", None))


def open_journal(args: argparse.Namespace) -> Journal:
    """The journal, unlocked with the passphrase asked for now."""
    paths = journal_paths(args)
    if not paths.database.exists() and not paths.keys.exists():
        raise ReflectError(NO_JOURNAL.format(folder=paths.folder))
    if paths.lock.exists():  # held by the window? Say so before asking for the passphrase.
        lock = ProcessLock(paths.lock)
        lock.acquire()
        lock.release()
    passphrase = ask_passphrase(from_stdin=args.passphrase_stdin)
    return Journal.open(paths, passphrase, auto_backup=False)
