"""The portfolio's content: supervision by month and provider, training by category, and
reflections only as chosen, with nothing of the family."""

from __future__ import annotations

import datetime as dt

import pytest

from reflect.domain.errors import InvalidInput
from reflect.domain.portfolio import (
    MAX_REFLECTIONS,
    CategoryHours,
    MonthHours,
    PortfolioReflection,
    by_month_and_provider,
    portfolio,
    without_family_content,
)
from reflect.domain.reflection import Answer, Reflection
from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.training import Training, TrainingCategory

FIRST, LAST = dt.date(2026, 1, 1), dt.date(2026, 12, 31)


def session(day: dt.date, minutes: int, provider: str, category: str = "") -> SupervisionSession:
    return SupervisionSession(
        date=day,
        minutes=minutes,
        provider=provider,
        provider_category=category,
        notes="a note about the family",
    )


def test_supervision_is_summed_by_month_then_provider_however_the_name_was_typed() -> None:
    rows = by_month_and_provider(
        [
            session(dt.date(2026, 3, 5), 60, "Dana Reyes", "Mentor"),
            session(dt.date(2026, 3, 20), 30, "dana  reyes"),
            session(dt.date(2026, 3, 9), 120, "Lee Park"),
            session(dt.date(2026, 2, 28), 45, "Dana Reyes"),
        ]
    )
    assert rows == [
        MonthHours(dt.date(2026, 2, 1), "Dana Reyes", "", 1, 45),
        MonthHours(dt.date(2026, 3, 1), "Lee Park", "", 1, 120),
        MonthHours(dt.date(2026, 3, 1), "dana reyes", "Mentor", 2, 90),
    ]


def test_the_period_bounds_what_goes_in_and_training_notes_stay_behind() -> None:
    trainings = [
        Training(dt.date(2025, 12, 31), "Too early", 60),
        Training(
            dt.date(2026, 4, 2),
            "Culture and care",
            90,
            "Alliance",
            TrainingCategory.DIVERSITY_EQUITY_INCLUSION,
            notes="my own notes",
        ),
        Training(dt.date(2026, 2, 1), "Attachment", 360, notes="more notes"),
        Training(dt.date(2027, 1, 1), "Too late", 60),
    ]
    sessions = [session(dt.date(2026, 1, 1), 60, "Dana"), session(dt.date(2027, 1, 1), 60, "Dana")]
    made = portfolio(sessions, trainings, first_day=FIRST, last_day=LAST, made_on=LAST)
    assert [t.title for t in made.trainings] == ["Attachment", "Culture and care"]
    assert all(t.notes == "" for t in made.trainings)
    assert (made.sessions, made.supervision_minutes) == (1, 60)
    assert (made.training_minutes, made.dei_minutes) == (450, 90)
    assert made.categories == (
        CategoryHours(TrainingCategory.INFANT_MENTAL_HEALTH, 1, 360),
        CategoryHours(TrainingCategory.REFLECTIVE_PRACTICE, 0, 0),
        CategoryHours(TrainingCategory.DIVERSITY_EQUITY_INCLUSION, 1, 90),
        CategoryHours(TrainingCategory.OTHER, 0, 0),
    )
    assert made.reflections == ()


def test_a_reflection_loses_its_family_code_notes_and_private_answers() -> None:
    reflection = Reflection(
        visit_date=dt.date(2026, 5, 1),
        family_code="QZX-917",
        template_id="after-visit",
        answers=(
            Answer("a", "What I noticed"),
            Answer("b", "Only for me", private=True),
            Answer("c", "   "),
        ),
        notes="Other notes",
        themes=("attunement",),
    )
    kept = without_family_content(reflection)
    assert kept.family_code == "" and kept.notes == ""
    assert kept.answers == (Answer("a", "What I noticed"),)
    assert kept.themes == ("attunement",) and kept.uuid == reflection.uuid


def test_a_portfolio_holds_a_few_reflections_at_most() -> None:
    chosen = [PortfolioReflection(dt.date(2026, 1, d + 1), (("Q", "A"),)) for d in range(11)]
    made = portfolio(
        [],
        [],
        first_day=FIRST,
        last_day=LAST,
        made_on=LAST,
        reflections=chosen[:MAX_REFLECTIONS][::-1],
    )
    assert [r.visit_date.day for r in made.reflections] == list(range(1, 11))
    with pytest.raises(InvalidInput, match="at most 10 reflections"):
        portfolio([], [], first_day=FIRST, last_day=LAST, made_on=LAST, reflections=chosen)
