"""Which reflections an export holds: a selection, a filter or a search, a date range, or
the whole journal; always oldest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.content import load_library
from reflect.domain.export_request import ExportFormat, ExportRequest, ExportScope
from reflect.domain.search import ReflectionFilter
from reflect.exchange.export_gather import gather
from reflect.storage.background_task import StopSignal
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import reflection
from tests.helpers.passphrases import FAST, PASSPHRASE


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    made = Journal.create(JournalPaths(tmp_path / "journal"), PASSPHRASE, kdf=FAST)[0]
    yield made
    made.close()


def _days(journal: Journal, scope: ExportScope) -> list[int]:
    request = ExportRequest(Path("unused.json"), ExportFormat.JSON, scope)
    data, _ = gather(journal, request, load_library(language="en"), StopSignal())
    return [item.reflection.visit_date.day for item in data.reflections]


def test_each_way_of_choosing_gives_its_reflections_oldest_first(journal: Journal) -> None:
    made = {
        day: journal.add_reflection(
            reflection(
                f"marker{day}" + (" kite" if day % 2 else ""),
                code="AB" if day < 4 else "CD",
                day=dt.date(2026, 11, day),
                themes=("sleep",) if day in (2, 5) else (),
            )
        )
        for day in (5, 1, 4, 2, 3)
    }
    assert _days(journal, ExportScope.everything()) == [1, 2, 3, 4, 5]
    assert _days(journal, ExportScope.chosen((made[4].uuid, made[2].uuid))) == [2, 4]
    assert _days(journal, ExportScope.between(dt.date(2026, 11, 2), dt.date(2026, 11, 4))) == [
        2,
        3,
        4,
    ]
    assert _days(journal, ExportScope.between(dt.date(2026, 11, 4), None)) == [4, 5]
    assert _days(journal, ExportScope(filter=ReflectionFilter(theme="sleep"))) == [2, 5]
    assert _days(journal, ExportScope(search="kite")) == [1, 3, 5]
    narrowed = ExportScope(filter=ReflectionFilter(family_code="CD"), search="kite")
    assert _days(journal, narrowed) == [5]


def test_only_an_export_with_nothing_narrowing_it_is_the_whole_journal() -> None:
    assert ExportScope.everything().whole_journal
    assert ExportScope.between(None, None).whole_journal
    assert ExportScope(filter=ReflectionFilter()).whole_journal
    assert not ExportScope.chosen(()).whole_journal
    assert not ExportScope.between(dt.date(2026, 1, 1), None).whole_journal
    assert not ExportScope(search="kite").whole_journal
