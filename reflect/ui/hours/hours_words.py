"""How the hours screens write dates, hours, kinds of session and training categories in the
visitor's language."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QLocale

from reflect.domain.supervision_session import SessionFormat, SessionMode
from reflect.domain.training import TrainingCategory
from reflect.exchange.hours_csv import format_hours
from reflect.ui.widgets.local_dates import day_text, qdate
from reflect.ui.widgets.plurals import TranslationContext, english_plural, plural_count

# "dddd, d MMMM yyyy" and its kin: a period's dates read better without the weekday.
_WEEKDAY = re.compile(r"d{4}[,.]?\s*")


class Hours(TranslationContext):
    """The translation context of the hours words."""


def hours_text(minutes: int) -> str:
    """Minutes as hours, "1.5", with the decimal point of the visitor's language."""
    return format_hours(minutes).replace(".", QLocale().decimalPoint())


def hours_phrase(minutes: int) -> str:
    """Minutes as hours with their unit: "1 hour", "1.5 hours", "2 hours".

    Qt's plural forms are for whole numbers: a whole number of hours takes its own form, a
    number with decimals the form `plural_count` gives it (the plural, in English).
    """
    n = plural_count(minutes / 60)
    text = Hours.tr("{hours} hour(s)", "", n)
    return english_plural(text, n).format(hours=hours_text(minutes))


def long_date(day: dt.date) -> str:
    """A date as the visitor's language writes it in full, without the day of the week."""
    locale = QLocale()
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(qdate(day), pattern)


SHORT_PATTERN = "d MMM yyyy"
"""A date in short with the month's name and the whole year: "30 Oct 2026".

The system's own short format can read "30 10 2026" or "8/14/26": a month in figures is
unclear between languages, and a two-digit year to a reviewer could be 1926. The month's
abbreviated name comes from the visitor's language ("30 oct 2026" in Spanish).
"""


def short_pattern() -> str:
    """The pattern of `short_date`, for date boxes: a month name and a four-digit year."""
    return SHORT_PATTERN


def short_date(day: dt.date) -> str:
    """A date in short, with the month's name and the whole year: "30 Oct 2026"."""
    return day_text(day, SHORT_PATTERN)


def format_word(value: SessionFormat) -> str:
    """Individual or group, in words."""
    return (
        Hours.tr("Group") if SessionFormat(value) is SessionFormat.GROUP else Hours.tr("Individual")
    )


def mode_word(value: SessionMode) -> str:
    """How a session was held, in words."""
    return {
        SessionMode.IN_PERSON: Hours.tr("In person"),
        SessionMode.PHONE: Hours.tr("Phone"),
        SessionMode.VIDEO: Hours.tr("Video"),
    }[SessionMode(value)]


def kind_text(fmt: SessionFormat, mode: SessionMode) -> str:
    """ "Group, video": both at once, for a list row."""
    return Hours.tr("{format}, {mode}").format(
        format=format_word(fmt), mode=mode_word(mode).lower()
    )


def category_word(category: TrainingCategory) -> str:
    """What a training was about, in words."""
    return {
        TrainingCategory.INFANT_MENTAL_HEALTH: Hours.tr("Infant mental health"),
        TrainingCategory.REFLECTIVE_PRACTICE: Hours.tr("Reflective practice"),
        TrainingCategory.DIVERSITY_EQUITY_INCLUSION: Hours.tr("Diversity, equity and inclusion"),
        TrainingCategory.OTHER: Hours.tr("Other"),
    }[TrainingCategory(category)]
