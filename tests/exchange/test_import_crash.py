"""kill -9 during an import: afterwards the journal holds all of the packet or none of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.exchange_pair import Pair, visit
from tests.helpers.killed_imports import importer, killed_imports
from tests.helpers.passphrases import PASSPHRASE

SHARED = 300

IMPORTER = importer(
    """
    from reflect.exchange.supervision import Supervision
    supervision = Supervision(journal)
    raw = source.read_bytes()
    """,
    "supervision.import_bytes(raw)",
)


@pytest.mark.crash
def test_kill_minus_nine_during_import_leaves_all_or_nothing(pair: Pair, tmp_path: Path) -> None:
    words = " ".join(["the baby turned toward her voice"] * 60)
    uuids = [
        pair.visitor.journal.add_reflection(visit(f"{i} {words}", day=1 + i % 28)).uuid
        for i in range(SHARED)
    ]
    packet = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, uuids, pair.visitor.folder
    )
    pristine = pair.supervisor.journal.paths.folder
    pair.supervisor.journal.close()
    outcomes: list[int] = []
    runs = killed_imports(IMPORTER, pristine, packet, tmp_path, seed=3, spread=2, timeout=60)
    for folder in runs:
        with Journal.open(JournalPaths(folder), PASSPHRASE, auto_backup=False) as journal:
            count = len(journal.exchange.shared_reflections())
            recorded = journal.exchange.last_received(pair.visitor.key_id)
        assert count in (0, SHARED)
        assert (recorded is not None) == (count == SHARED)
        outcomes.append(count)
    # Some kills landed before the commit: they left nothing, not a part.
    assert outcomes[0] == SHARED and 0 in outcomes, outcomes
