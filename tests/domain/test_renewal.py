"""Renewal needs: the year counted, each need against what was logged, and the settings."""

from __future__ import annotations

import datetime as dt

from reflect.domain.renewal import MAX_NEED_HOURS, Need, RenewalNeeds, renewal_progress
from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.training import Training, TrainingCategory

START = dt.date(2025, 9, 1)
DEI = TrainingCategory.DIVERSITY_EQUITY_INCLUSION


def session(day: dt.date, minutes: int = 60) -> SupervisionSession:
    return SupervisionSession(date=day, minutes=minutes, provider="Dana Reyes")


def training(
    day: dt.date, minutes: int, category: TrainingCategory = TrainingCategory.OTHER
) -> Training:
    return Training(date=day, title="A training", minutes=minutes, category=category)


def test_the_usual_needs_are_the_defaults() -> None:
    assert RenewalNeeds() == RenewalNeeds(training_hours=15, supervision_hours=12, dei_hours=1)


def test_the_year_runs_from_the_anniversary_holding_today_and_takes_both_ends() -> None:
    trainings = [
        training(dt.date(2026, 8, 31), 60),  # the last day of the year before
        training(dt.date(2026, 9, 1), 90),  # the first day of this year
        training(dt.date(2027, 8, 31), 30),  # its last day
        training(dt.date(2027, 9, 1), 600),  # the next year's first day
    ]
    sessions = [session(dt.date(2026, 8, 31), 600), session(dt.date(2027, 8, 31), 45)]
    progress = renewal_progress(sessions, trainings, RenewalNeeds(), START, dt.date(2027, 2, 1))
    assert (progress.first_day, progress.last_day) == (dt.date(2026, 9, 1), dt.date(2027, 8, 31))
    assert progress.training.logged_minutes == 120
    assert progress.supervision.logged_minutes == 45


def test_before_the_start_date_the_first_year_is_shown() -> None:
    progress = renewal_progress([], [], RenewalNeeds(), START, dt.date(2025, 1, 1))
    assert (progress.first_day, progress.last_day) == (START, dt.date(2026, 8, 31))


def test_dei_hours_are_part_of_the_training_hours_and_have_their_own_minimum() -> None:
    trainings = [training(dt.date(2025, 10, 1), 14 * 60), training(dt.date(2025, 11, 1), 30, DEI)]
    progress = renewal_progress([], trainings, RenewalNeeds(), START, dt.date(2025, 12, 1))
    assert progress.training.logged_minutes == 14 * 60 + 30
    assert not progress.training.met and progress.training.remaining_minutes == 30
    assert progress.dei.logged_minutes == 30
    assert not progress.dei.met and progress.dei.remaining_minutes == 30
    assert progress.dei.percent == 50
    more = [*trainings, training(dt.date(2025, 11, 2), 30, DEI)]
    progress = renewal_progress([], more, RenewalNeeds(), START, dt.date(2025, 12, 1))
    assert progress.training.met and progress.dei.met
    assert progress.training.percent == progress.dei.percent == 100


def test_the_needs_are_whatever_the_visitor_set() -> None:
    needs = RenewalNeeds(training_hours=30, supervision_hours=24, dei_hours=0)
    progress = renewal_progress(
        [session(dt.date(2025, 10, 1), 12 * 60)],
        [training(dt.date(2025, 10, 2), 15 * 60)],
        needs,
        START,
        dt.date(2025, 12, 1),
    )
    assert progress.supervision == Need(24 * 60, 12 * 60)
    assert progress.supervision.percent == 50
    assert progress.training.remaining_minutes == 15 * 60
    assert progress.dei.met and progress.dei.percent == 100  # nothing asked, nothing to go


def test_more_than_needed_is_still_at_most_100_percent_with_nothing_left() -> None:
    need = Need(60, 600)
    assert need.percent == 100 and need.remaining_minutes == 0 and need.met


def test_needs_read_from_settings_fall_back_on_anything_unreadable() -> None:
    assert RenewalNeeds.parse("", "", "") == RenewalNeeds()
    assert RenewalNeeds.parse("20", " 10 ", "2") == RenewalNeeds(20, 10, 2)
    assert RenewalNeeds.parse("0", "12", "0") == RenewalNeeds(0, 12, 0)
    assert RenewalNeeds.parse("1.5", "-3", str(MAX_NEED_HOURS + 1)) == RenewalNeeds()
