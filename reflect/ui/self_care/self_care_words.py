"""The self-care view's ranges and its sentences: the summary a screen reader reads aloud,
and the words chosen most often. All translated in the "SelfCareWords" context."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale

from reflect.domain.wellbeing import WellbeingStep
from reflect.ui.self_care.wellbeing_chart import Tick, every_ticks, month_ticks
from reflect.ui.widgets.plurals import TranslationContext, english_plural


class SelfCareWords(TranslationContext):
    """The translation context of the self-care view's words."""


@dataclass(frozen=True, slots=True)
class Span:
    """A range the visitor can choose: how many stretches of how many days."""

    count: int
    days: int  # per stretch: 1 (a day) or 7 (a week)
    months: int = 0  # named in months rather than weeks

    def first_day(self, today: dt.date) -> dt.date:
        """The first day shown: stretches end with today."""
        return today - dt.timedelta(days=self.count * self.days - 1)

    def label(self) -> str:
        """What the range choice says: "4 weeks", "3 months"."""
        if n := self.months:
            return english_plural(SelfCareWords.tr("%n month(s)", "", n), n)
        n = self.count * self.days // 7
        return english_plural(SelfCareWords.tr("%n week(s)", "", n), n)

    def over(self) -> str:
        """The range in a sentence: "the last 4 weeks"."""
        if n := self.months:
            return english_plural(SelfCareWords.tr("the last %n month(s)", "", n), n)
        n = self.count * self.days // 7
        return english_plural(SelfCareWords.tr("the last %n week(s)", "", n), n)

    def ticks(self, steps: Sequence[WellbeingStep]) -> list[Tick]:
        """Where dates go under the chart: weekly for days, fortnightly, or by month."""
        if self.days == 1:
            return every_ticks(steps, 7)
        if self.count <= 13:
            return every_ticks(steps, 2)
        return month_ticks(steps)


SPANS = (Span(28, 1), Span(13, 7, months=3), Span(52, 7, months=12))
DEFAULT_SPAN = 1  # three months: enough to see a pattern in a check-in or two a week


def number(value: float) -> str:
    """An average as the locale writes it, to one decimal place at most: "5", "5.4"."""
    return QLocale().toString(float(round(value, 1)), "g", 3)


def summary(span: Span, heaviness: float | None, energy: float | None, rated: int) -> str:
    """One or two sentences a screen reader can read in place of the chart."""
    over = span.over()
    if heaviness is not None and energy is not None:
        first = SelfCareWords.tr(
            "Over {range}, heaviness averaged {heaviness} and energy {energy}."
        ).format(range=over, heaviness=number(heaviness), energy=number(energy))
    elif heaviness is not None:
        first = SelfCareWords.tr("Over {range}, heaviness averaged {heaviness}.").format(
            range=over, heaviness=number(heaviness)
        )
    elif energy is not None:
        first = SelfCareWords.tr("Over {range}, energy averaged {energy}.").format(
            range=over, energy=number(energy)
        )
    else:
        first = SelfCareWords.tr("Over {range}, no heaviness or energy was rated.").format(
            range=over
        )
    scale = SelfCareWords.tr(
        "Both are on a scale of 0 to 10; %n reflection(s) rated them.", "", rated
    )
    scale = english_plural(scale, rated)
    return f"{first} {scale}"


def words_text(words: Sequence[tuple[str, int]]) -> str:
    """ "tired (4 times), hopeful (2 times)", or what to do when there are none yet."""
    if not words:
        return SelfCareWords.tr("None yet: a quick check-in asks for one word for how you are.")
    return ", ".join(
        SelfCareWords.tr("{word} ({times})").format(
            word=word, times=english_plural(SelfCareWords.tr("%n time(s)", "", times), times)
        )
        for word, times in words
    )
