"""The labelled corpus for the de-identification check, and how it is scored.

`tests/exchange/data/deidentify_corpus.jsonl` holds one JSON object a line: first the
never-share list the corpus assumes (`{"never_share": [...]}`), then lines of reflection text,
each labelled with the kind of identifier it holds (`"kind"`), or `null` when it holds none.
Lines marked `"set": "held-out"` were written after the patterns, to see how they do on text
they were not shaped on. Shared by the test that asserts the targets and by `bench/deidentify.py`,
which prints the figures.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from reflect.domain.identifier_flag import IdentifierFlag, IdentifierKind

CORPUS = Path(__file__).parents[1] / "exchange" / "data" / "deidentify_corpus.jsonl"

# The corpus labels, and the kind of flag that names each one correctly.
KINDS = {
    "phone": IdentifierKind.PHONE,
    "email": IdentifierKind.EMAIL,
    "address": IdentifierKind.ADDRESS,
    "birth_date": IdentifierKind.BIRTH_DATE,
    "id_number": IdentifierKind.ID_NUMBER,
    "never_share": IdentifierKind.NEVER_WRITE,
}

Check = Callable[[str, Sequence[str]], list[IdentifierFlag]]


class Line(NamedTuple):
    """One labelled line (kind None: no identifier)."""

    kind: str | None
    text: str
    held_out: bool = False


@dataclass(frozen=True)
class Corpus:
    """The never-share list and the labelled lines."""

    never_share: tuple[str, ...]
    lines: tuple[Line, ...]

    def held_out(self) -> Corpus:
        """Only the lines written after the patterns."""
        return Corpus(self.never_share, tuple(line for line in self.lines if line.held_out))


def load(path: Path = CORPUS) -> Corpus:
    """Read the corpus file."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    head, body = rows[0], rows[1:]
    return Corpus(
        tuple(head["never_share"]),
        tuple(Line(row["kind"], row["text"], row.get("set") == "held-out") for row in body),
    )


def score(corpus: Corpus, check: Check) -> dict[str, Any]:
    """Recall, false-positive rate, per-kind recall and time per line of `check` on `corpus`.

    A line counts as found when it has any flag (the visitor is asked about it either way);
    `kind_named` says how often the flag also names the right kind.
    """
    found: dict[str, int] = dict.fromkeys(KINDS, 0)
    named: dict[str, int] = dict.fromkeys(KINDS, 0)
    total: dict[str, int] = dict.fromkeys(KINDS, 0)
    missed: list[str] = []
    false_positives: list[str] = []
    clean = flagged_clean = 0
    started = time.perf_counter()
    for kind, text, _ in corpus.lines:
        flags = check(text, corpus.never_share)
        if kind is None:
            clean += 1
            if flags:
                flagged_clean += 1
                false_positives.append(text)
            continue
        total[kind] += 1
        if flags:
            found[kind] += 1
            named[kind] += any(f.kind is KINDS[kind] for f in flags)
        else:
            missed.append(text)
    elapsed = time.perf_counter() - started
    identifier_lines = sum(total.values())
    return {
        "lines": len(corpus.lines),
        "identifier_lines": identifier_lines,
        "clean_lines": clean,
        "recall": round(sum(found.values()) / identifier_lines, 4),
        "false_positive_rate": round(flagged_clean / clean, 4),
        "per_kind_recall": {k: round(found[k] / total[k], 4) for k in KINDS if total[k]},
        "per_kind_named": {k: round(named[k] / total[k], 4) for k in KINDS if total[k]},
        "ms_per_line": round(elapsed * 1000 / len(corpus.lines), 4),
        "missed": missed,
        "false_positives": false_positives,
    }
