"""Progress toward the yearly needs of an endorsement renewal: supervision, training, DEI.

The needs are data the visitor sets, because endorsing organisations differ; the defaults
are the usual ones (15 training hours and 12 reflective supervision hours a year, with at
least one training hour on diversity, equity and inclusion). Like `endorsement`, this only
adds up what was logged: which hours an organisation accepts is for it to decide, so
nothing here says that hours do or do not count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from reflect.domain.endorsement import goal, in_period, period
from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.training import Training, TrainingCategory

MAX_NEED_HOURS = 200
"""The most hours a year one need can ask for (a bound for the settings, not a rule)."""


@dataclass(frozen=True, slots=True)
class RenewalNeeds:
    """Hours a year of training, of reflective supervision, and of training on diversity,
    equity and inclusion (part of the training hours, not added to them)."""

    training_hours: int = 15
    supervision_hours: int = 12
    dei_hours: int = 1

    @staticmethod
    def parse(training: str, supervision: str, dei: str) -> RenewalNeeds:
        """The needs as kept in settings; a missing or unreadable value takes its default."""
        default = RenewalNeeds()

        def hours(text: str, fallback: int) -> int:
            try:
                value = int(text.strip())
            except ValueError:
                return fallback
            return value if 0 <= value <= MAX_NEED_HOURS else fallback

        return RenewalNeeds(
            hours(training, default.training_hours),
            hours(supervision, default.supervision_hours),
            hours(dei, default.dei_hours),
        )


@dataclass(frozen=True, slots=True)
class Need:
    """Minutes logged against minutes needed, for one of the three needs."""

    needed_minutes: int
    logged_minutes: int

    @property
    def remaining_minutes(self) -> int:
        """Minutes still to log (never below nothing)."""
        return max(0, self.needed_minutes - self.logged_minutes)

    @property
    def met(self) -> bool:
        """True once the logged minutes reach the need (a need of nothing is met at once)."""
        return self.logged_minutes >= self.needed_minutes

    @property
    def percent(self) -> int:
        """Whole percent of the need logged, at most 100."""
        if self.needed_minutes == 0:
            return 100
        return min(100, self.logged_minutes * 100 // self.needed_minutes)


@dataclass(frozen=True, slots=True)
class RenewalProgress:
    """The renewal year counted, and each need's minutes in it."""

    first_day: dt.date
    last_day: dt.date
    supervision: Need
    training: Need
    dei: Need


def renewal_year(start: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The year from the start date's anniversary that holds today (the first year before
    the start date), as the renewal goal counts it."""
    return period(goal("renewal"), start, today)


def trainings_in_period(
    trainings: Iterable[Training], first: dt.date, last: dt.date
) -> list[Training]:
    """The trainings dated from `first` to `last`, both included."""
    return [t for t in trainings if first <= t.date <= last]


def dei_minutes(trainings: Iterable[Training]) -> int:
    """Minutes of training on diversity, equity and inclusion."""
    return sum(
        t.minutes for t in trainings if t.category is TrainingCategory.DIVERSITY_EQUITY_INCLUSION
    )


def renewal_progress(
    sessions: Iterable[SupervisionSession],
    trainings: Iterable[Training],
    needs: RenewalNeeds,
    start: dt.date,
    today: dt.date,
) -> RenewalProgress:
    """How far the renewal year holding `today` goes toward each need."""
    first, last = renewal_year(start, today)
    counted = trainings_in_period(trainings, first, last)
    return RenewalProgress(
        first_day=first,
        last_day=last,
        supervision=Need(
            needs.supervision_hours * 60,
            sum(s.minutes for s in in_period(sessions, first, last)),
        ),
        training=Need(needs.training_hours * 60, sum(t.minutes for t in counted)),
        dei=Need(needs.dei_hours * 60, dei_minutes(counted)),
    )
