"""The hours log as CSV: one row per session, no family content, no formulas."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.exchange.hours_csv import HEADER, format_hours, hours_csv, safe_cell, write_hours_csv
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.hours_journal import MARKERS, fill

PASSPHRASE = "a long test passphrase"


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    journal, _ = Journal.create(JournalPaths(tmp_path / "journal"), PASSPHRASE)
    yield journal
    journal.close()


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_a_header_then_one_row_per_session_oldest_first(journal: Journal) -> None:
    sessions = fill(journal)
    rows = _rows(hours_csv(sessions))
    assert tuple(rows[0]) == HEADER
    assert rows[1:] == [
        [
            "2026-02-10",
            "60",
            "1",
            "individual",
            "in person",
            "Dana Reyes",
            "Infant Mental Health Mentor – Clinical",
            "1",
        ],
        [
            "2026-03-05",
            "90",
            "1.5",
            "group",
            "video",
            '\'=HYPERLINK("http://example.org")',
            "'+Mentor – Clinical",
            "2",
        ],
    ]


def test_no_notes_answers_reflection_text_or_family_codes(journal: Journal, tmp_path: Path) -> None:
    sessions = fill(journal)
    # The markers really are in the journal, where a careless export could reach them.
    assert any("zebrafinch" in s.notes for s in sessions)
    assert any("zebrafinch" in a.text for s in sessions for a in s.answers)
    target = tmp_path / "hours.csv"
    write_hours_csv(target, sessions)
    written = target.read_bytes()
    assert written.startswith(b"\xef\xbb\xbf")  # a BOM, for spreadsheets on Windows
    text = written.decode("utf-8-sig")
    for marker in MARKERS:
        assert marker.casefold() not in text.casefold(), marker
    assert text == hours_csv(sessions)
    assert not list(tmp_path.glob(".hours.csv.new"))


def test_writing_again_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "hours.csv"
    target.write_text("an older, longer file\n" * 50, encoding="utf-8")
    write_hours_csv(target, [SupervisionSession(dt.date(2026, 1, 5), 45, "Lee Park")])
    assert _rows(target.read_text(encoding="utf-8-sig")) == [
        list(HEADER),
        ["2026-01-05", "45", "0.75", "individual", "in person", "Lee Park", "", "0"],
    ]


def test_an_empty_log_is_a_header_alone() -> None:
    assert _rows(hours_csv([])) == [list(HEADER)]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("Dana = Reyes", "Dana = Reyes"),
        ("", ""),
    ],
)
def test_cells_that_would_run_as_formulas_are_made_text(value: str, shown: str) -> None:
    assert safe_cell(value) == shown


def test_hours_have_at_most_two_decimals() -> None:
    assert [format_hours(m) for m in (60, 90, 20, 1, 600, 1440)] == [
        "1",
        "1.5",
        "0.33",
        "0.02",
        "10",
        "24",
    ]


def test_every_format_and_mode_has_a_word() -> None:
    for fmt in SessionFormat:
        for mode in SessionMode:
            (row,) = _rows(
                hours_csv([SupervisionSession(dt.date(2026, 1, 5), 30, "P", fmt, mode)])
            )[1:]
            assert row[3] and row[4]
