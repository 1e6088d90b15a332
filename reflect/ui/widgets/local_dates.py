"""Dates and times as the user's language writes them (month names from the locale)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(day: dt.date) -> QDate:
    """A Python date as Qt's."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    """A Qt date as Python's."""
    return dt.date(day.year(), day.month(), day.day())


def day_text(day: dt.date, pattern: str = "d MMM yyyy") -> str:
    """A date in the user's language: '21 Nov 2026'."""
    return QLocale().toString(qdate(day), pattern)


def clock_text(hour: int, minute: int) -> str:
    """A time of day as the system writes it: '14:05', or '2:05 PM' on a 12-hour clock."""
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def now_text() -> str:
    """The time now, as `clock_text` writes it."""
    now = QTime.currentTime()
    return clock_text(now.hour(), now.minute())


def moment_text(moment: dt.datetime) -> str:
    """A moment in local time, in the user's language: '21 Nov 2026 14:05'."""
    local = moment.astimezone()
    return f"{day_text(local.date())} {clock_text(local.hour, local.minute)}"


def long_moment_text(moment: dt.datetime) -> str:
    """A moment with its weekday, for choosing among backups: 'Monday 21 November 2026, 14:05'."""
    local = moment.astimezone()
    day = QLocale().toString(qdate(local.date()), "dddd d MMMM yyyy")
    return f"{day}, {clock_text(local.hour, local.minute)}"
