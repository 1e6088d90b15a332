"""The portfolio as CSV: blocks a reviewer can read, no notes, no family content, no formulas,
and reflections only when chosen."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.content import load_library
from reflect.domain.portfolio import portfolio, portfolio_reflection
from reflect.domain.reflection import Answer, Reflection
from reflect.domain.training import Training, TrainingCategory
from reflect.exchange.portfolio_csv import (
    CATEGORY_HEADER,
    REFLECTION_HEADER,
    SUPERVISION_HEADER,
    TRAINING_HEADER,
    portfolio_csv,
    write_portfolio_csv,
)
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.hours_journal import MARKERS, fill

PASSPHRASE = "a long test passphrase"
TRAINING_NOTE = "zebrafinch-training-note"
PRIVATE = "zebrafinch-private"
FIRST, LAST = dt.date(2026, 1, 1), dt.date(2026, 12, 31)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    journal, _ = Journal.create(JournalPaths(tmp_path / "journal"), PASSPHRASE)
    fill(journal)
    for training in (
        Training(dt.date(2026, 2, 3), "Attachment basics", 360, "Alliance", notes=TRAINING_NOTE),
        Training(
            dt.date(2026, 4, 9),
            "=Culture and care",
            90,
            "State AIMH",
            TrainingCategory.DIVERSITY_EQUITY_INCLUSION,
            notes=TRAINING_NOTE,
        ),
    ):
        journal.save_training(training)
    yield journal
    journal.close()


def _blocks(text: str) -> dict[str, list[list[str]]]:
    """Each block's rows under its title (the first row of the file is its own block)."""
    blocks: dict[str, list[list[str]]] = {}
    current: list[list[str]] = []
    for row in csv.reader(io.StringIO(text)):
        if not row:
            current = []
            continue
        if not current and len(row) == 1:
            blocks[row[0]] = current
            continue
        if not blocks:
            blocks[row[0]] = current
        current.append(row)
    return blocks


def test_blocks_a_reviewer_expects_with_their_columns(journal: Journal, tmp_path: Path) -> None:
    made = portfolio(
        journal.sessions(), journal.trainings(), first_day=FIRST, last_day=LAST, made_on=LAST
    )
    target = tmp_path / "portfolio.csv"
    write_portfolio_csv(target, made)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # as the hours CSV: spreadsheets read accents
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Endorsement portfolio", "2026-01-01", "2026-12-31"]
    assert ["Reflective supervision", "150", "2.5"] in rows
    assert ["Training", "450", "7.5"] in rows
    assert ["Of it on diversity, equity and inclusion", "90", "1.5"] in rows
    blocks = _blocks(text)
    supervision = blocks["Reflective supervision by month and provider"]
    assert supervision == [
        list(SUPERVISION_HEADER),
        ["2026-02", "Dana Reyes", "Infant Mental Health Mentor – Clinical", "1", "60", "1"],
        ["2026-03", '\'=HYPERLINK("http://example.org")', "'+Mentor – Clinical", "1", "90", "1.5"],
    ]
    assert blocks["Training by category"] == [
        list(CATEGORY_HEADER),
        ["Infant mental health", "1", "360", "6"],
        ["Reflective practice", "0", "0", "0"],
        ["Diversity, equity and inclusion", "1", "90", "1.5"],
        ["Other", "0", "0", "0"],
    ]
    assert blocks["Trainings"] == [
        list(TRAINING_HEADER),
        ["2026-02-03", "Attachment basics", "Alliance", "Infant mental health", "360", "6"],
        [
            "2026-04-09",
            "'=Culture and care",
            "State AIMH",
            "Diversity, equity and inclusion",
            "90",
            "1.5",
        ],
    ]
    assert not any(title.startswith("Reflections") for title in blocks)
    for marker in (*MARKERS, TRAINING_NOTE):
        assert marker.casefold() not in text.casefold(), marker
    assert not list(tmp_path.glob(".portfolio.csv.new"))


def test_a_chosen_reflection_goes_in_without_its_code_notes_or_private_answers(
    journal: Journal,
) -> None:
    library = load_library(language="en")
    reflection = Reflection(
        visit_date=dt.date(2026, 5, 6),
        family_code="QZX-917",
        template_id="after-visit",
        answers=(
            Answer("after-visit.what-happened", "We sat on the floor\nand waited."),
            Answer("after-visit.my-reactions", f"Only mine {PRIVATE}", private=True),
        ),
        notes=f"Other notes {PRIVATE}",
        themes=("relationship",),
    )
    made = portfolio(
        journal.sessions(),
        journal.trainings(),
        first_day=FIRST,
        last_day=LAST,
        made_on=LAST,
        reflections=[portfolio_reflection(reflection, library)],
    )
    text = portfolio_csv(made)
    block = _blocks(text)["Reflections, chosen to include, without family codes"]
    assert block == [
        list(REFLECTION_HEADER),
        [
            "2026-05-06",
            "In a sentence or two, what happened on this visit?",
            "We sat on the floor\nand waited.",
        ],
        ["2026-05-06", "Themes", "Relationship and attunement"],
    ]
    assert PRIVATE not in text and "QZX-917" not in text


def test_an_empty_period_still_names_every_block() -> None:
    empty = portfolio([], [], first_day=FIRST, last_day=LAST, made_on=LAST)
    blocks = _blocks(portfolio_csv(empty))
    assert blocks["Reflective supervision by month and provider"] == [list(SUPERVISION_HEADER)]
    assert blocks["Trainings"] == [list(TRAINING_HEADER)]
    assert len(blocks["Training by category"]) == 5  # the header and all four, at nothing
