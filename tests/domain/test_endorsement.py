"""Endorsement progress: the period counted, hours against the goal, and provider warnings."""

from __future__ import annotations

import datetime as dt

import pytest

from reflect.domain.endorsement import (
    DEFAULT_GOAL,
    GOALS,
    MANY_PROVIDERS,
    NO_MAIN_PROVIDER,
    add_years,
    goal,
    hours_by_provider,
    in_period,
    latest_categories,
    period,
    progress,
    provider_warnings,
)
from reflect.domain.supervision_session import SupervisionSession

START = dt.date(2025, 3, 1)
IFS = goal("infant-family-specialist")
IMHS = goal("infant-mental-health-specialist")
MENTOR = goal("mentor-clinical")
RENEWAL = goal("renewal")


def session(
    day: dt.date, minutes: int = 60, provider: str = "Dana Reyes", category: str = ""
) -> SupervisionSession:
    return SupervisionSession(
        date=day, minutes=minutes, provider=provider, provider_category=category
    )


def test_the_goals_are_the_ones_named_in_the_guidance() -> None:
    assert [(g.hours, g.min_years, g.max_years, g.repeats) for g in GOALS] == [
        (24, 1, 2, False),
        (50, 1, 2, False),
        (50, 1, 2, False),
        (12, 1, 1, True),
    ]
    assert IMHS.title == "Infant Mental Health Specialist"
    assert MENTOR.title == "Infant Mental Health Mentor – Clinical"
    assert len({g.id for g in GOALS}) == len(GOALS)


def test_an_unknown_goal_id_falls_back_to_the_default() -> None:
    assert goal("no-such-goal") is DEFAULT_GOAL
    assert goal("renewal") is RENEWAL


def test_add_years_keeps_the_day_and_moves_29_february() -> None:
    assert add_years(dt.date(2025, 3, 1), 2) == dt.date(2027, 3, 1)
    assert add_years(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


def test_a_two_year_goal_counts_two_years_from_the_start_both_ends_included() -> None:
    first, last = period(IFS, START, today=dt.date(2025, 6, 1))
    assert (first, last) == (START, dt.date(2027, 2, 28))
    sessions = [
        session(dt.date(2025, 2, 28), 600),  # the day before: not counted
        session(START, 90),
        session(dt.date(2026, 1, 15), 60),
        session(last, 30),
        session(dt.date(2027, 3, 1), 600),  # the day after: not counted
    ]
    assert [s.minutes for s in in_period(sessions, first, last)] == [90, 60, 30]
    result = progress(sessions, IFS, START, today=dt.date(2025, 6, 1))
    assert (result.minutes, result.sessions, result.hours) == (180, 3, 3.0)
    assert result.remaining_minutes == 24 * 60 - 180
    assert result.remaining_hours == 21.0
    assert result.percent == 12  # 3 of 24 hours, rounded down
    assert result.is_open and not result.reached


def test_progress_reaches_and_stops_at_one_hundred_percent() -> None:
    sessions = [session(START + dt.timedelta(days=7 * i), 60) for i in range(52)]
    result = progress(sessions, IMHS, START, today=dt.date(2026, 3, 1))
    assert result.minutes == 52 * 60
    assert result.reached
    assert result.percent == 100
    assert result.remaining_minutes == 0


def test_the_period_closes_after_its_last_day() -> None:
    last = dt.date(2027, 2, 28)
    assert progress([], IFS, START, today=last).is_open
    closed = progress([], IFS, START, today=last + dt.timedelta(days=1))
    assert not closed.is_open
    assert (closed.minutes, closed.percent, closed.reached) == (0, 0, False)


def test_renewal_counts_the_year_from_the_anniversary_that_holds_today() -> None:
    assert period(RENEWAL, START, today=dt.date(2025, 1, 1)) == (START, dt.date(2026, 2, 28))
    assert period(RENEWAL, START, today=dt.date(2026, 2, 28)) == (START, dt.date(2026, 2, 28))
    assert period(RENEWAL, START, today=dt.date(2026, 3, 1)) == (
        dt.date(2026, 3, 1),
        dt.date(2027, 2, 28),
    )
    sessions = [session(dt.date(2025, 9, 1), 600), session(dt.date(2026, 4, 1), 120)]
    result = progress(sessions, RENEWAL, START, today=dt.date(2026, 8, 1))
    assert (result.minutes, result.percent, result.is_open) == (120, 16, True)


def test_providers_are_the_same_whatever_the_case_and_spacing() -> None:
    shares = hours_by_provider(
        [
            session(dt.date(2025, 4, 1), 60, "dana  reyes"),
            session(dt.date(2025, 5, 1), 30, "Dana Reyes"),
            session(dt.date(2025, 4, 15), 120, "Lee Park"),
        ]
    )
    assert [(p.provider, p.minutes) for p in shares] == [("Lee Park", 120), ("Dana Reyes", 90)]


def test_one_main_provider_gives_no_warning() -> None:
    sessions = [
        session(dt.date(2025, 4, 1), 120, "Dana Reyes"),
        session(dt.date(2025, 5, 1), 60, "Lee Park"),
    ]
    assert provider_warnings(sessions) == []
    assert provider_warnings([]) == []


def test_an_even_split_between_two_providers_is_not_most_hours_from_one() -> None:
    (warning,) = provider_warnings(
        [session(dt.date(2025, 4, 1), 60, "Dana Reyes"), session(dt.date(2025, 5, 1), 60, "Lee")]
    )
    assert warning.kind == NO_MAIN_PROVIDER
    assert warning.top_percent == 50
    assert "50%" in warning.sentence
    assert "Check your endorsement guidelines" in warning.sentence


def test_three_providers_warn_even_when_one_gave_most_hours() -> None:
    (warning,) = provider_warnings(
        [
            session(dt.date(2025, 4, 1), 300, "Dana Reyes"),
            session(dt.date(2025, 5, 1), 60, "Lee Park"),
            session(dt.date(2025, 6, 1), 60, "Sam Ortiz"),
        ]
    )
    assert (warning.kind, warning.providers) == (MANY_PROVIDERS, 3)
    assert warning.sentence.startswith("These hours come from 3 providers, more than two.")


def test_three_even_providers_give_both_warnings() -> None:
    warnings = provider_warnings(
        [
            session(dt.date(2025, 4, 1), 60, "Dana Reyes"),
            session(dt.date(2025, 5, 1), 60, "Lee Park"),
            session(dt.date(2025, 6, 1), 60, "Sam Ortiz"),
        ]
    )
    assert [w.kind for w in warnings] == [MANY_PROVIDERS, NO_MAIN_PROVIDER]
    assert warnings[1].top_percent == 33
    for warning in warnings:
        assert warning.sentence.endswith(".")
        assert "Check your endorsement guidelines" in warning.sentence


@pytest.mark.parametrize(
    ("minutes", "warned"), [((61, 59), False), ((60, 60), True), ((59, 61), False)]
)
def test_more_than_half_is_the_line(minutes: tuple[int, int], warned: bool) -> None:
    sessions = [
        session(dt.date(2025, 4, 1), minutes[0], "Dana Reyes"),
        session(dt.date(2025, 5, 1), minutes[1], "Lee Park"),
    ]
    assert bool(provider_warnings(sessions)) is warned


def test_latest_categories_follow_the_newest_session_and_keep_a_known_one() -> None:
    categories = latest_categories(
        [
            session(dt.date(2025, 6, 1), provider="Dana Reyes", category=""),
            session(dt.date(2025, 4, 1), provider="dana reyes", category="Mentor – Clinical"),
            session(dt.date(2025, 5, 1), provider="Lee Park", category="Specialist"),
            session(dt.date(2025, 3, 1), provider="Lee Park", category="Older"),
        ]
    )
    assert categories == {"Dana Reyes": "Mentor – Clinical", "Lee Park": "Specialist"}
