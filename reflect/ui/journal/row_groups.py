"""The list's date headers ("This week", "Last week", then months) and the dates on rows.

A visitor writes about five reflections a week: a header per week would stand over almost
every row, a header per year would say nothing. Recent weeks by name, then one per month.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from reflect.ui.widgets.local_dates import day_text
from reflect.ui.widgets.plurals import TranslationContext


class ReflectionGroup(TranslationContext):
    """The translation context of the list's headers."""


def week_start(today: dt.date, locale: QLocale) -> dt.date:
    """The first day of `today`'s week, as the visitor's language counts weeks."""
    first = locale.firstDayOfWeek().value  # Monday is 1, Sunday is 7
    return today - dt.timedelta(days=(today.isoweekday() - first) % 7)


class DateGroups:
    """The headers rows stand under, seen from `today` in the visitor's language."""

    def __init__(self, today: dt.date, locale: QLocale | None = None) -> None:
        self._locale = locale or QLocale()
        self._this_week = week_start(today, self._locale)
        self._last_week = self._this_week - dt.timedelta(days=7)
        self._next_week = self._this_week + dt.timedelta(days=7)
        self._months: dict[tuple[int, int], str] = {}  # a list of 100 rows names few months

    def label(self, day: dt.date) -> str:
        """ "This week", "Last week" or "November 2026"."""
        if self._this_week <= day < self._next_week:
            return ReflectionGroup.tr("This week")
        if self._last_week <= day < self._this_week:
            return ReflectionGroup.tr("Last week")
        key = (day.year, day.month)
        if key not in self._months:
            month = self._locale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
            month = month[:1].upper() + month[1:]  # "noviembre" heads a list as "Noviembre"
            self._months[key] = ReflectionGroup.tr("{month} {year}").format(
                month=month, year=day.year
            )
        return self._months[key]


def row_day_text(day: dt.date, today: dt.date) -> str:
    """A row's date, short: "Wed 2 Dec", with the year only when it is not this year's."""
    if day.year == today.year:
        return day_text(day, "ddd d MMM")
    return day_text(day, "ddd d MMM yyyy")
