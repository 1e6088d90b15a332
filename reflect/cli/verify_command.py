"""`reflect verify`: open the journal, check every page of it, and say what it holds."""

from __future__ import annotations

import argparse

from reflect.cli.opening import open_journal


def verify(args: argparse.Namespace) -> None:
    """Refused with `DamagedJournal`'s sentence when the check finds damage."""
    with open_journal(args) as journal:
        journal.verify()
        counts = journal.record_counts()
        backups = len(journal.backups())
    print("The journal passed its integrity check.")
    for name, count in counts.items():
        print(f"  {count:>7}  {name}")
    print(f"  {backups:>7}  backups")
