"""A visitor's and a supervisor's real journals, and packets to pass between them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from reflect.domain.reflection import Answer, Reflection, ShareState
from reflect.exchange.supervision import Supervision
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.passphrases import PASSPHRASE


@dataclass
class Side:
    """One person: their journal and its sharing service."""

    journal: Journal
    supervision: Supervision
    folder: Path

    @property
    def key_id(self) -> str:
        return self.supervision.my_contact().key_id


@dataclass
class Pair:
    visitor: Side
    supervisor: Side


def make_side(root: Path) -> Side:
    """A new journal under `root`, its sharing service, and an empty outbox beside it."""
    journal, _ = Journal.create(JournalPaths(root / "journal"), PASSPHRASE)
    outbox = root / "out"
    outbox.mkdir()
    return Side(journal, Supervision(journal), outbox)


def visit(marker: str, *, private: str = "", day: int = 2, share: bool = True) -> Reflection:
    """An after-visit reflection; `marker` in an answer, `private` in a private answer."""
    answers = [
        Answer("after-visit.what-happened", f"Baby watched the window {marker}"),
        Answer("after-visit.seen", "Mum followed his gaze and named the bird."),
    ]
    if private:
        answers.append(Answer("after-visit.my-reactions", private, private=True))
    return Reflection(
        visit_date=dt.date(2026, 11, day),
        family_code="KL",
        template_id="after-visit",
        answers=tuple(answers),
        notes=f"notes {marker}",
        share_state=ShareState.TO_SHARE if share else ShareState.PRIVATE,
    )


def damaged_variants(raw: bytes, seed: int) -> list[bytes]:
    """1,000 single-bit flips, 200 truncations and 200 appended tails of a real packet."""
    rng = random.Random(seed)
    variants = []
    for _ in range(1000):
        flipped = bytearray(raw)
        flipped[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        variants.append(bytes(flipped))
    variants += [raw[: rng.randrange(len(raw))] for _ in range(200)]
    variants += [raw + rng.randbytes(rng.randint(1, 64)) for _ in range(200)]
    return variants
