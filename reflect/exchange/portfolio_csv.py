"""The endorsement portfolio as CSV: one file, a block per part, each under its own header.

A supervisor or an endorsement reviewer opens it in a spreadsheet: the period, the totals,
supervision hours by month and provider, training hours by category, every training, and
(only when the visitor chose some) a few reflections, one answer a row. Everything comes
from a `Portfolio`, which holds no notes, no family codes and no private answers.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reflect.domain.portfolio import Portfolio
from reflect.domain.training import TrainingCategory
from reflect.exchange.hours_csv import format_hours, safe_cell
from reflect.files.safe_files import write_atomically

CATEGORY_WORDS = {
    TrainingCategory.INFANT_MENTAL_HEALTH: "Infant mental health",
    TrainingCategory.REFLECTIVE_PRACTICE: "Reflective practice",
    TrainingCategory.DIVERSITY_EQUITY_INCLUSION: "Diversity, equity and inclusion",
    TrainingCategory.OTHER: "Other",
}

SUPERVISION_HEADER = ("Month", "Provider", "Provider category", "Sessions", "Minutes", "Hours")
CATEGORY_HEADER = ("Category", "Trainings", "Minutes", "Hours")
TRAINING_HEADER = ("Date", "Title", "Provider", "Category", "Minutes", "Hours")
REFLECTION_HEADER = ("Visit date", "Question", "Answer")


def _clean(value: str) -> str:
    return safe_cell(" ".join(value.split()))


def portfolio_rows(portfolio: Portfolio) -> list[tuple[str, ...]]:
    """The portfolio as rows; an empty row between blocks."""
    p = portfolio
    rows: list[tuple[str, ...]] = [
        ("Endorsement portfolio", p.first_day.isoformat(), p.last_day.isoformat()),
        ("Made with Reflect", p.made_on.isoformat()),
        (),
        ("Totals", "Minutes", "Hours"),
        ("Reflective supervision", str(p.supervision_minutes), format_hours(p.supervision_minutes)),
        ("Training", str(p.training_minutes), format_hours(p.training_minutes)),
        (
            "Of it on diversity, equity and inclusion",
            str(p.dei_minutes),
            format_hours(p.dei_minutes),
        ),
        (),
        ("Reflective supervision by month and provider",),
        SUPERVISION_HEADER,
    ]
    rows += [
        (
            m.month.strftime("%Y-%m"),
            _clean(m.provider),
            _clean(m.provider_category),
            str(m.sessions),
            str(m.minutes),
            format_hours(m.minutes),
        )
        for m in p.supervision
    ]
    rows += [(), ("Training by category",), CATEGORY_HEADER]
    rows += [
        (CATEGORY_WORDS[c.category], str(c.trainings), str(c.minutes), format_hours(c.minutes))
        for c in p.categories
    ]
    rows += [(), ("Trainings",), TRAINING_HEADER]
    rows += [
        (
            t.date.isoformat(),
            _clean(t.title),
            _clean(t.provider),
            CATEGORY_WORDS[t.category],
            str(t.minutes),
            format_hours(t.minutes),
        )
        for t in p.trainings
    ]
    if p.reflections:
        rows += [(), ("Reflections, chosen to include, without family codes",), REFLECTION_HEADER]
        for reflection in p.reflections:
            day = reflection.visit_date.isoformat()
            # Line breaks stay: the cell is quoted, and an answer reads as it was written.
            rows += [(day, safe_cell(q), safe_cell(a)) for q, a in reflection.answers]
            if reflection.themes:
                rows.append((day, "Themes", safe_cell(", ".join(reflection.themes))))
    return rows


def portfolio_csv(portfolio: Portfolio) -> str:
    """The portfolio as CSV text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(portfolio_rows(portfolio))
    return out.getvalue()


def write_portfolio_csv(path: Path, portfolio: Portfolio) -> None:
    """Write the portfolio to `path` atomically, with a byte-order mark for spreadsheets."""
    write_atomically(path, portfolio_csv(portfolio).encode("utf-8-sig"))
