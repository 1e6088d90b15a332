"""Progress toward an endorsement's reflective supervision hours, from the logged sessions.

The goals are data, not rules: each names how many hours are counted over how many years.
What counts toward an endorsement is decided by the endorsing organisation, so the
warnings here only point at a pattern worth checking and send the visitor to their own
endorsement guidelines; they never say that hours do or do not count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reflect.domain.supervision_session import SupervisionSession


@dataclass(frozen=True, slots=True)
class EndorsementGoal:
    """`hours` of reflective supervision counted over `min_years` to `max_years` years.

    A repeating goal (renewal) starts again each year: the period counted is the year
    from the start date's anniversary that holds today.
    """

    id: str
    title: str
    hours: int
    min_years: int
    max_years: int
    repeats: bool = False

    @property
    def minutes(self) -> int:
        """The goal in minutes (sessions are logged in minutes)."""
        return self.hours * 60


GOALS: tuple[EndorsementGoal, ...] = (
    EndorsementGoal("infant-family-specialist", "Infant Family Specialist", 24, 1, 2),
    EndorsementGoal("infant-mental-health-specialist", "Infant Mental Health Specialist", 50, 1, 2),
    EndorsementGoal("mentor-clinical", "Infant Mental Health Mentor – Clinical", 50, 1, 2),
    EndorsementGoal("renewal", "Renewal", 12, 1, 1, repeats=True),
)
"""The goals a visitor can choose, in the order they are offered."""

DEFAULT_GOAL = GOALS[0]


def goal(goal_id: str) -> EndorsementGoal:
    """The goal with this id; an unknown id (say, from an older setting) gives the default."""
    return next((g for g in GOALS if g.id == goal_id), DEFAULT_GOAL)


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True, slots=True)
class Progress:
    """Hours logged in the period counted, against the goal."""

    goal: EndorsementGoal
    first_day: dt.date
    last_day: dt.date
    minutes: int
    sessions: int
    is_open: bool
    """False once the period's last day has passed."""

    @property
    def hours(self) -> float:
        """Hours logged in the period."""
        return self.minutes / 60

    @property
    def remaining_minutes(self) -> int:
        """Minutes still to log (never below nothing)."""
        return max(0, self.goal.minutes - self.minutes)

    @property
    def remaining_hours(self) -> float:
        """Hours still to log."""
        return self.remaining_minutes / 60

    @property
    def percent(self) -> int:
        """Whole percent of the goal reached, at most 100."""
        return min(100, self.minutes * 100 // self.goal.minutes)

    @property
    def reached(self) -> bool:
        """True once the period holds the goal's hours."""
        return self.minutes >= self.goal.minutes


def period(chosen: EndorsementGoal, start: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day counted toward `chosen` from `start`, as seen on `today`."""
    first = start
    if chosen.repeats:
        # The renewal year holding today; before the start date, the first year.
        while add_years(first, chosen.max_years) <= today:
            first = add_years(first, chosen.max_years)
    return first, add_years(first, chosen.max_years) - dt.timedelta(days=1)


def progress(
    sessions: Iterable[SupervisionSession],
    chosen: EndorsementGoal,
    start: dt.date,
    today: dt.date,
) -> Progress:
    """How far the sessions in the period counted from `start` go toward `chosen`."""
    first, last = period(chosen, start, today)
    counted = in_period(sessions, first, last)
    return Progress(
        goal=chosen,
        first_day=first,
        last_day=last,
        minutes=sum(s.minutes for s in counted),
        sessions=len(counted),
        is_open=today <= last,
    )


def in_period(
    sessions: Iterable[SupervisionSession], first: dt.date, last: dt.date
) -> list[SupervisionSession]:
    """The sessions dated from `first` to `last`, both included."""
    return [s for s in sessions if first <= s.date <= last]


def provider_key(name: str) -> str:
    """One provider however the name was typed: case and spacing do not matter."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True, slots=True)
class ProviderHours:
    """One provider's share of a set of sessions."""

    provider: str
    minutes: int


def hours_by_provider(sessions: Iterable[SupervisionSession]) -> list[ProviderHours]:
    """Minutes per provider, most first; each named as most recently typed."""
    minutes: dict[str, int] = {}
    names: dict[str, tuple[dt.date, str]] = {}
    for session in sessions:
        key = provider_key(session.provider)
        minutes[key] = minutes.get(key, 0) + session.minutes
        seen = names.get(key)
        if seen is None or session.date >= seen[0]:
            names[key] = (session.date, " ".join(session.provider.split()))
    ranked = sorted(minutes, key=lambda k: (-minutes[k], names[k][1].casefold()))
    return [ProviderHours(names[k][1], minutes[k]) for k in ranked]


@dataclass(frozen=True, slots=True)
class ProviderWarning:
    """A pattern in where the hours came from that is worth checking against the guidelines.

    `kind` is "many-providers" (more than two providers) or "no-main-provider" (no one
    provider gave more than half of the hours).
    """

    kind: str
    providers: int
    top_percent: int

    @property
    def sentence(self) -> str:
        """The warning as a plain sentence."""
        if self.kind == MANY_PROVIDERS:
            return (
                f"These hours come from {self.providers} providers, more than two. "
                "Check your endorsement guidelines for how hours from several providers count."
            )
        return (
            f"No one provider gave most of these hours (the most from one is "
            f"{self.top_percent}%). Check your endorsement guidelines for where most hours "
            "should come from."
        )


MANY_PROVIDERS = "many-providers"
NO_MAIN_PROVIDER = "no-main-provider"


def provider_warnings(sessions: Sequence[SupervisionSession]) -> list[ProviderWarning]:
    """Warnings about the providers of these sessions (pass the sessions in the period)."""
    shares = hours_by_provider(sessions)
    total = sum(p.minutes for p in shares)
    if total == 0:
        return []
    top_percent = shares[0].minutes * 100 // total
    warnings = []
    if len(shares) > 2:
        warnings.append(ProviderWarning(MANY_PROVIDERS, len(shares), top_percent))
    # "Most" means more than half: an even split between two providers is not most.
    if shares[0].minutes * 2 <= total:
        warnings.append(ProviderWarning(NO_MAIN_PROVIDER, len(shares), top_percent))
    return warnings


def latest_categories(sessions: Iterable[SupervisionSession]) -> dict[str, str]:
    """Each provider's endorsement category as last written, by provider name as last typed.

    The form fills the category in when a known provider is chosen again.
    """
    latest: dict[str, tuple[dt.date, str, str]] = {}
    for session in sessions:
        key = provider_key(session.provider)
        seen = latest.get(key)
        if seen is None or session.date >= seen[0]:
            name = " ".join(session.provider.split())
            category = session.provider_category.strip() or (seen[2] if seen else "")
            latest[key] = (session.date, name, category)
        elif not seen[2] and session.provider_category.strip():
            latest[key] = (seen[0], seen[1], session.provider_category.strip())
    return {name: category for _, name, category in latest.values()}
