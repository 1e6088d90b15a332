"""`reflect init`: make a new journal, and show its recovery key once."""

from __future__ import annotations

import argparse

from reflect.cli.opening import journal_paths
from reflect.cli.passphrases import ask_new_passphrase
from reflect.domain.errors import JournalExists
from reflect.storage.journal import Journal
from reflect.storage.key_slot import check_passphrase

KEEP_IT = (
    "Print it or write it down now, and keep it somewhere safe away from this computer. "
    "It opens your journal if you forget your passphrase, and Reflect cannot show it again."
)


def init(args: argparse.Namespace) -> None:
    """Make the journal; the recovery key goes to stdout, once."""
    paths = journal_paths(args)
    if paths.database.exists():
        raise JournalExists  # said before a passphrase is asked for
    passphrase = ask_new_passphrase(from_stdin=args.passphrase_stdin)
    check_passphrase(passphrase)
    journal, recovery_key = Journal.create(paths, passphrase)
    journal.close()
    print(f"Your journal is ready in {paths.folder}.")
    print()
    print("Your recovery key (shown only this once):")
    print()
    print(f"    {recovery_key}")
    print()
    print(KEEP_IT)
