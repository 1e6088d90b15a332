"""How the visitor has been: heaviness, energy and one word, per reflection, over time.

Any template's prompt whose id ends in `.heaviness` or `.energy` (a 0–10 scale) or
`.one-word` feeds the self-care view, so a new template joins it by naming its prompts so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

HEAVINESS_SUFFIX = ".heaviness"
ENERGY_SUFFIX = ".energy"
WORD_SUFFIX = ".one-word"
SCALE_TOP = 10


@dataclass(frozen=True, slots=True)
class WellbeingPoint:
    """One reflection's self-care answers; None or "" where it has none."""

    visit_date: dt.date
    heaviness: int | None = None
    energy: int | None = None
    word: str = ""


@dataclass(frozen=True, slots=True)
class WellbeingStep:
    """The average heaviness and energy of the reflections in one stretch of days."""

    first_day: dt.date
    heaviness: float | None
    energy: float | None


def scale_value(text: str) -> int | None:
    """A stored scale answer as its number; None when it is not a whole number 0–10."""
    text = text.strip()
    if not text.isascii() or not text.isdigit():
        return None
    value = int(text)
    return value if 0 <= value <= SCALE_TOP else None


def one_word(text: str) -> str:
    """A one-word answer tidied for counting: one line, no spaces or stops around it."""
    return " ".join(text.split()).strip(" .,;:!?\"'“”‘’()").strip()


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def averages(points: Iterable[WellbeingPoint]) -> tuple[float | None, float | None]:
    """Average heaviness and average energy (None where nothing was answered)."""
    heavy: list[int] = []
    energy: list[int] = []
    for point in points:
        if point.heaviness is not None:
            heavy.append(point.heaviness)
        if point.energy is not None:
            energy.append(point.energy)
    return _mean(heavy), _mean(energy)


def steps(
    points: Iterable[WellbeingPoint], first_day: dt.date, last_day: dt.date, days: int
) -> list[WellbeingStep]:
    """The averages over consecutive stretches of `days` days from `first_day` to
    `last_day`, one per stretch, empty stretches included (their values None)."""
    count = (last_day - first_day).days // days + 1
    heavy: list[list[int]] = [[] for _ in range(count)]
    energy: list[list[int]] = [[] for _ in range(count)]
    for point in points:
        index = (point.visit_date - first_day).days // days
        if not 0 <= index < count:
            continue
        if point.heaviness is not None:
            heavy[index].append(point.heaviness)
        if point.energy is not None:
            energy[index].append(point.energy)
    return [
        WellbeingStep(first_day + dt.timedelta(days=i * days), _mean(heavy[i]), _mean(energy[i]))
        for i in range(count)
    ]


def frequent_words(points: Iterable[WellbeingPoint], limit: int = 5) -> list[tuple[str, int]]:
    """The words chosen most often and how often, most frequent first (ties: the more
    recent first). Case is ignored; each word is shown as it was last written."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    last_seen: dict[str, int] = {}
    for order, point in enumerate(points):
        word = one_word(point.word)
        if not word:
            continue
        key = word.casefold()
        counts[key] += 1
        shown[key] = word
        last_seen[key] = order
    ranked = sorted(counts, key=lambda key: (-counts[key], -last_seen[key]))
    return [(shown[key], counts[key]) for key in ranked[:limit]]
