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


def moment_text(moment: dt.datetime) -> str:
    """A moment in local time, in the user's language: '21 Nov 2026 14:05'."""
    local = moment.astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
    return f"{day_text(local.date())} {clock}"
