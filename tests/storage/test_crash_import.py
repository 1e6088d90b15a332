"""kill -9 during an import of a Reflect export: afterwards the journal opens whole and
holds all of the import or none of it, never a part."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reflect.content import load_library
from reflect.domain.comment import Comment
from reflect.domain.export_request import ExportFormat, ExportRequest
from reflect.domain.reflection import Answer, Reflection
from reflect.exchange.export_run import run_export
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.killed_imports import importer, killed_imports
from tests.helpers.passphrases import FAST, PASSPHRASE

pytestmark = pytest.mark.crash

COUNT = 3000

IMPORTER = importer(
    """
    from reflect.domain.journal_import import ImportKind
    from reflect.exchange.import_run import prepare_import, run_import
    prepared = prepare_import(journal, ImportKind.REFLECT, source)
    """,
    "run_import(journal, prepared)",
)


def _export(tmp_path: Path) -> Path:
    words = " ".join(["the baby turned toward her voice"] * 30)
    journal = Journal.create(JournalPaths(tmp_path / "source"), PASSPHRASE, kdf=FAST)[0]
    with journal:
        made = [
            Reflection(
                visit_date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                family_code="AB",
                template_id="after-visit",
                answers=(Answer("after-visit.what-happened", f"{i} {words}"),),
            )
            for i in range(COUNT)
        ]
        journal.add_reflections(made)
        for r in made[::10]:
            journal.add_comment(
                Comment(r.uuid, "Dana", "A question back", dt.datetime(2026, 2, 1, tzinfo=dt.UTC))
            )
        path = tmp_path / "export.json"
        run_export(journal, ExportRequest(path, ExportFormat.JSON), load_library(language="en"))
    return path


def test_kill_minus_nine_during_an_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    export = _export(tmp_path)
    pristine = tmp_path / "pristine"
    Journal.create(JournalPaths(pristine), PASSPHRASE, kdf=FAST)[0].close()
    outcomes: list[tuple[int, int]] = []
    runs = killed_imports(IMPORTER, pristine, export, tmp_path, seed=5, spread=1.5, timeout=120)
    for folder in runs:
        with Journal.open(JournalPaths(folder), PASSPHRASE, auto_backup=False) as journal:
            journal.verify()
            counts = journal.record_counts()
        outcome = (counts["reflections"], counts["comments"])
        assert outcome in ((0, 0), (COUNT, COUNT // 10)), outcome
        outcomes.append(outcome)
    # Some kills landed before the commit (nothing), and the first run added it all.
    assert outcomes[0] == (COUNT, COUNT // 10) and (0, 0) in outcomes, outcomes
