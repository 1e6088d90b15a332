"""Deterministic, realistic-looking reflections for benchmarks (invented; no real people)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from reflect.domain.reflection import Answer, Reflection, ShareState, Status, VisitKind

PROMPTS = (
    "after-visit.what-happened",
    "after-visit.seen",
    "after-visit.safe",
    "after-visit.soothed",
    "after-visit.secure",
    "after-visit.attunement",
    "after-visit.rupture-repair",
    "after-visit.ghosts-angels",
    "after-visit.parallel-process",
    "after-visit.my-reactions",
)
THEMES = ("the-4-ss", "relationship", "regulation", "caregiver-story", "the-visitor", "self-care")
COMMON = [
    "the",
    "baby",
    "mother",
    "father",
    "caregiver",
    "visit",
    "home",
    "looked",
    "cried",
    "smiled",
    "held",
    "play",
    "floor",
    "room",
    "bottle",
    "nap",
    "tired",
    "calm",
    "voice",
    "face",
    "eyes",
    "hands",
    "reached",
    "turned",
    "away",
    "toward",
    "again",
    "then",
    "when",
    "felt",
    "seemed",
    "noticed",
    "wondered",
    "maybe",
    "really",
    "little",
    "quiet",
    "loud",
    "busy",
    "kitchen",
    "couch",
    "blanket",
    "toy",
    "book",
    "song",
    "rocked",
    "fed",
    "changed",
    "diaper",
    "sister",
    "brother",
    "grandmother",
    "partner",
    "phone",
    "tv",
    "morning",
    "afternoon",
    "late",
    "early",
    "week",
    "last",
    "next",
    "time",
    "minutes",
    "long",
    "short",
    "hard",
    "easy",
    "good",
    "worried",
    "hopeful",
    "sad",
    "angry",
    "relieved",
    "proud",
    "safe",
    "soothed",
    "seen",
    "secure",
    "steady",
    "warm",
    "present",
    "and",
    "a",
    "to",
    "of",
    "in",
    "on",
    "with",
    "for",
    "at",
    "it",
    "was",
    "is",
    "she",
    "he",
    "they",
    "we",
    "I",
    "my",
    "me",
    "our",
    "this",
    "that",
    "not",
    "but",
    "so",
]
RARE = "zephyr quokka marzipan xylophone"  # appear in a handful of reflections only
FAMILIES = tuple(f"F{n:02d}" for n in range(1, 31))


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(COMMON) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def reflections(count: int, seed: int = 20261122) -> Iterator[Reflection]:
    """`count` reflections of 150–250 words over 6–10 answers, about 30 family codes."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    rare_words = RARE.split()
    for index in range(count):
        total = rng.randint(150, 250)
        prompts = rng.sample(PROMPTS, rng.randint(6, 10))
        shares = [total // len(prompts)] * len(prompts)
        answers = []
        for position, prompt in enumerate(prompts):
            text = _sentence(rng, shares[position])
            if rng.random() < 0.0005:
                text += f" {rng.choice(rare_words)}."
            answers.append(Answer(prompt, text, private=rng.random() < 0.05))
        yield Reflection(
            uuid=f"00000000-0000-4000-8000-{index:012d}",
            visit_date=start + dt.timedelta(days=index * 2500 // max(count, 1)),
            family_code=rng.choice(FAMILIES),
            template_id="after-visit",
            visit_kind=rng.choice(tuple(VisitKind)),
            duration_minutes=rng.choice((30, 45, 60, 75, 90)),
            answers=tuple(answers),
            notes=_sentence(rng, rng.randint(3, 20)) if rng.random() < 0.3 else "",
            themes=tuple(rng.sample(THEMES, rng.randint(0, 3))),
            status=Status.COMPLETE if rng.random() < 0.9 else Status.DRAFT,
            share_state=ShareState.TO_SHARE if rng.random() < 0.05 else ShareState.PRIVATE,
        )
