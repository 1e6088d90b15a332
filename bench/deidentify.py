"""How well and how fast the de-identification check works: one JSON object on stdout.

    python bench/deidentify.py [--runs 200]

On the labelled corpus in tests/exchange/data/deidentify_corpus.jsonl: recall (flagged
identifier lines ÷ identifier lines), false-positive rate (flagged clean lines ÷ clean lines),
recall per kind, how often the flag names the right kind, and time per line; the same on the
held-out lines alone. Then the time to check one long answer (the quiet hint checks it at
each pause in typing): an ordinary one, and a dense one with an identifier in every other
sentence; `_new_numbers` with none of its numbers seen before (libphonenumber's answers are
remembered between pauses). Then the corpus figures with each way of telling phone numbers
from other long numbers: libphonenumber at each leniency, and the hand-written pattern used
before.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

started = time.perf_counter()
importlib.import_module("phonenumbers")  # the check imports it on first use; time it here
import_phonenumbers_ms = (time.perf_counter() - started) * 1000

from reflect.exchange.deidentify import check  # noqa: E402
from reflect.exchange.number_runs import LENIENCY, is_phone  # noqa: E402
from tests.helpers.deidentify_corpus import Corpus, load, score  # noqa: E402

TARGETS = {"recall": 0.97, "false_positive_rate": 0.02, "long_answer_ms": 10.0}
LONG_ANSWER_CHARS = 5_000
# The phone pattern the check used before libphonenumber, for comparison.
_HAND_WRITTEN = re.compile(
    r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{3,4}[ .-]?\d{3,4}(?:[ .-]?\d{2,4})?"
)


def _hand_written_phone(run: str) -> bool:
    return _HAND_WRITTEN.fullmatch(run) is not None


def _ms(samples: list[float]) -> dict[str, float]:
    samples = sorted(samples)
    return {
        "median": round(statistics.median(samples) * 1000, 3),
        "p95": round(samples[round(0.95 * (len(samples) - 1))] * 1000, 3),
        "max": round(samples[-1] * 1000, 3),
    }


def _long_answer(corpus: Corpus, chars: int, dense: bool = True) -> str:
    """A long answer made of corpus lines, `chars` long.

    Dense: every line, so an identifier in every other sentence (the worst case); otherwise
    the clean lines only, as a long answer usually is (its ages, times and counts included).
    """
    text = " ".join(line.text for line in corpus.lines if dense or line.kind is None)
    return (text * (chars // len(text) + 1))[:chars]


def _timed(text: str, words: tuple[str, ...], runs: int) -> tuple[list[float], list[float]]:
    """Times of checking `text` again and again, and with every number in it new each time."""
    again, new = [], []
    for _ in range(runs):
        started = time.perf_counter()
        check(text, words)
        again.append(time.perf_counter() - started)
        is_phone.cache_clear()  # as if every number in it were new
        started = time.perf_counter()
        check(text, words)
        new.append(time.perf_counter() - started)
    return again, new


def _figures(corpus: Corpus, **check_args: Any) -> dict[str, Any]:
    figures = score(corpus, lambda text, words: check(text, words, **check_args))
    return {k: v for k, v in figures.items() if k not in ("missed", "false_positives")}


def main() -> None:
    """Score the check on the corpus, time it, and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="timed checks of a long answer")
    args = parser.parse_args()
    corpus = load()

    dense = _long_answer(corpus, LONG_ANSWER_CHARS)
    started = time.perf_counter()
    check(dense, corpus.never_share)  # first use: libphonenumber loads its US/MX metadata
    first_ms = (time.perf_counter() - started) * 1000
    times, cold_times = _timed(
        _long_answer(corpus, LONG_ANSWER_CHARS, dense=False), corpus.never_share, args.runs
    )
    dense_times, dense_cold_times = _timed(dense, corpus.never_share, args.runs)
    longest = _long_answer(corpus, 100_000)
    started = time.perf_counter()
    longest_flags = len(check(longest, corpus.never_share))
    longest_ms = (time.perf_counter() - started) * 1000

    full = score(corpus, check)
    leniencies = ("POSSIBLE", "VALID", "STRICT_GROUPING", "EXACT_GROUPING")
    phone_tests: dict[str, Callable[[str], bool]] = {
        f"phonenumbers_{name.lower()}": functools.partial(is_phone, leniency=name)
        for name in leniencies
    }
    phone_tests["hand_written_pattern"] = _hand_written_phone
    long_answer = _ms(times)
    dense_new = _ms(dense_cold_times)
    result = {
        **{k: v for k, v in full.items() if k not in ("missed", "false_positives")},
        "missed": full["missed"],
        "false_positives": full["false_positives"],
        "held_out": _figures(corpus.held_out()),
        "long_answer_chars": LONG_ANSWER_CHARS,
        "long_answer_ms": long_answer,
        "long_answer_new_numbers_ms": _ms(cold_times),
        "dense_answer_ms": _ms(dense_times),
        "dense_answer_new_numbers_ms": dense_new,
        "first_check_ms": round(first_ms, 3),
        "limit_answer_chars": len(longest),
        "limit_answer_ms": round(longest_ms, 3),
        "limit_answer_flags": longest_flags,
        "import_phonenumbers_ms": round(import_phonenumbers_ms, 3),
        "leniency": LENIENCY,
        "phones_told_apart_by": {
            name: _figures(corpus, phone_test=test) for name, test in phone_tests.items()
        },
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "targets": TARGETS,
        "over_target": [
            name
            for name, missed in (
                ("recall", full["recall"] < TARGETS["recall"]),
                (
                    "false_positive_rate",
                    full["false_positive_rate"] > TARGETS["false_positive_rate"],
                ),
                ("long_answer_ms", long_answer["p95"] > TARGETS["long_answer_ms"]),
                ("dense_answer_new_numbers_ms", dense_new["median"] > TARGETS["long_answer_ms"]),
            )
            if missed
        ],
    }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
