"""Averages, stretches of days and the words chosen most often, as the self-care view shows them."""

from __future__ import annotations

import datetime as dt

from reflect.domain.wellbeing import WellbeingPoint, averages, frequent_words, steps

DAY = dt.date(2026, 11, 2)


def test_words_most_often_first_case_ignored_last_spelling_shown() -> None:
    words = ["tired", "Hopeful", "TIRED", "calm", "hopeful.", "Tired", ""]
    points = [WellbeingPoint(DAY, word=w) for w in words]
    assert frequent_words(points) == [("Tired", 3), ("hopeful", 2), ("calm", 1)]
    assert frequent_words(points, limit=1) == [("Tired", 3)]


def test_averages_skip_unanswered() -> None:
    points = [
        WellbeingPoint(DAY, heaviness=8),
        WellbeingPoint(DAY, heaviness=4, energy=6),
        WellbeingPoint(DAY, word="ok"),
    ]
    assert averages(points) == (6.0, 6.0)
    assert averages([]) == (None, None)


def test_steps_cover_every_stretch_including_empty_ones() -> None:
    points = [
        WellbeingPoint(DAY, heaviness=2, energy=8),
        WellbeingPoint(DAY + dt.timedelta(days=1), heaviness=4),
        WellbeingPoint(DAY + dt.timedelta(days=15), energy=3),
        WellbeingPoint(DAY - dt.timedelta(days=1), heaviness=10),  # before the range
    ]
    weeks = steps(points, DAY, DAY + dt.timedelta(days=20), 7)
    assert [s.first_day for s in weeks] == [DAY + dt.timedelta(days=7 * i) for i in range(3)]
    assert [(s.heaviness, s.energy) for s in weeks] == [(3.0, 8.0), (None, None), (None, 3.0)]
