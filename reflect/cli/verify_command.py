"""`reflect verify`: open the journal, check every page of it, and say what it holds."""

from __future__ import annotations

import argparse

from reflect.cli.opening import open_journal
from reflect.cli.report import figures


def verify(args: argparse.Namespace) -> None:
    """Refused with `DamagedJournal`'s sentence when the check finds damage."""
    with open_journal(args) as journal:
        journal.verify()
        counts = journal.record_counts()
        backups = len(journal.backups())
    rows: list[tuple[str, object]] = [*counts.items(), ("backups", backups)]
    print(figures("The journal passed its integrity check. It holds:", rows))
