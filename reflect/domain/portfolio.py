"""An endorsement portfolio: supervision hours by month and provider, training by category,
the trainings, and only the reflections the visitor chose, de-identified.

What goes in is chosen here, once, for every format: sessions give only their date, minutes,
provider and provider category; trainings leave their notes behind; a chosen reflection keeps
its answers and themes but never its family code, its notes or a private answer. A writer of
a portfolio can only leak what this module lets through.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reflect.domain.endorsement import ProviderHours, hours_by_provider, in_period, provider_key
from reflect.domain.errors import InvalidInput
from reflect.domain.library import Library
from reflect.domain.reflection import Reflection
from reflect.domain.renewal import dei_minutes, trainings_in_period
from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.training import Training, TrainingCategory

MAX_REFLECTIONS = 10
"""A portfolio shows a few reflections, not a journal."""

TOO_MANY_REFLECTIONS = (
    "A portfolio holds at most 10 reflections. Untick some, then export it again."
)


@dataclass(frozen=True, slots=True)
class MonthHours:
    """One provider's sessions in one month (`month` is its first day)."""

    month: dt.date
    provider: str
    provider_category: str
    sessions: int
    minutes: int


@dataclass(frozen=True, slots=True)
class CategoryHours:
    """The trainings of one category and their minutes."""

    category: TrainingCategory
    trainings: int
    minutes: int


@dataclass(frozen=True, slots=True)
class PortfolioReflection:
    """A reflection as a portfolio shows it: the visit date, each question with its answer
    (as the visitor reads them), and the themes' titles."""

    visit_date: dt.date
    answers: tuple[tuple[str, str], ...]
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Portfolio:
    """Everything a portfolio file holds, from `first_day` to `last_day`."""

    first_day: dt.date
    last_day: dt.date
    made_on: dt.date
    supervision: tuple[MonthHours, ...]
    providers: tuple[ProviderHours, ...]
    categories: tuple[CategoryHours, ...]
    trainings: tuple[Training, ...]
    reflections: tuple[PortfolioReflection, ...] = ()

    @property
    def supervision_minutes(self) -> int:
        """Minutes of supervision in the period."""
        return sum(m.minutes for m in self.supervision)

    @property
    def sessions(self) -> int:
        """Sessions in the period."""
        return sum(m.sessions for m in self.supervision)

    @property
    def training_minutes(self) -> int:
        """Minutes of training in the period."""
        return sum(t.minutes for t in self.trainings)

    @property
    def dei_minutes(self) -> int:
        """Minutes of training on diversity, equity and inclusion in the period."""
        return dei_minutes(self.trainings)


def by_month_and_provider(sessions: Iterable[SupervisionSession]) -> list[MonthHours]:
    """Sessions summed by month, then by provider (most hours first), oldest month first.

    A provider is one provider however the name was typed; each is named, and their
    category given, as most recently written in that month.
    """
    groups: dict[tuple[dt.date, str], list[SupervisionSession]] = {}
    for session in sessions:
        month = session.date.replace(day=1)
        groups.setdefault((month, provider_key(session.provider)), []).append(session)
    rows = []
    for (month, _), group in groups.items():
        newest = sorted(group, key=lambda s: s.date, reverse=True)
        category = next((s.provider_category for s in newest if s.provider_category.strip()), "")
        rows.append(
            MonthHours(
                month,
                " ".join(newest[0].provider.split()),
                " ".join(category.split()),
                len(group),
                sum(s.minutes for s in group),
            )
        )
    return sorted(rows, key=lambda r: (r.month, -r.minutes, r.provider.casefold()))


def by_category(trainings: Iterable[Training]) -> list[CategoryHours]:
    """Each category's trainings and minutes, in the categories' own order; all four are
    listed, an empty one with nothing, so a missing DEI hour shows."""
    listed = list(trainings)
    return [
        CategoryHours(
            category,
            sum(1 for t in listed if t.category is category),
            sum(t.minutes for t in listed if t.category is category),
        )
        for category in TrainingCategory
    ]


def without_family_content(reflection: Reflection) -> Reflection:
    """The reflection as a portfolio may hold it: no family code, no notes, no private
    answer (the de-identification check runs on exactly this)."""
    return dataclasses.replace(
        reflection,
        family_code="",
        notes="",
        answers=tuple(a for a in reflection.answers if not a.private and a.text.strip()),
    )


def portfolio_reflection(reflection: Reflection, library: Library) -> PortfolioReflection:
    """A chosen reflection as the portfolio shows it, in the visitor's words for questions,
    choices and themes; made from `without_family_content`, so nothing else gets in."""
    kept = without_family_content(reflection)

    def answer(prompt_id: str, stored: str) -> str:
        try:
            return library.prompt(prompt_id).shown(stored)
        except KeyError:  # a prompt this app does not know: as it was written
            return stored

    def theme(theme_id: str) -> str:
        try:
            return library.theme(theme_id).title
        except KeyError:
            return theme_id

    return PortfolioReflection(
        visit_date=kept.visit_date,
        answers=tuple(
            (library.question(a.prompt_id) or a.prompt_id, answer(a.prompt_id, a.text))
            for a in kept.answers
        ),
        themes=tuple(theme(t) for t in kept.themes),
    )


def portfolio(
    sessions: Iterable[SupervisionSession],
    trainings: Iterable[Training],
    *,
    first_day: dt.date,
    last_day: dt.date,
    made_on: dt.date,
    reflections: Sequence[PortfolioReflection] = (),
) -> Portfolio:
    """The portfolio of the period; trainings are listed oldest first, without notes.

    `InvalidInput` when more than `MAX_REFLECTIONS` reflections are chosen.
    """
    if len(reflections) > MAX_REFLECTIONS:
        raise InvalidInput(TOO_MANY_REFLECTIONS)
    counted = in_period(sessions, first_day, last_day)
    listed = sorted(
        (
            dataclasses.replace(t, notes="")
            for t in trainings_in_period(trainings, first_day, last_day)
        ),
        key=lambda t: (t.date, t.title.casefold()),
    )
    return Portfolio(
        first_day=first_day,
        last_day=last_day,
        made_on=made_on,
        supervision=tuple(by_month_and_provider(counted)),
        providers=tuple(hours_by_provider(counted)),
        categories=tuple(by_category(listed)),
        trainings=tuple(listed),
        reflections=tuple(sorted(reflections, key=lambda r: r.visit_date)),
    )
