"""How long loading all cards and templates takes: one JSON object on stdout.

    python bench/content.py [--runs 50]

Loading happens at start-up, so it must stay well under 50 ms. `first_ms` is the first
load in this process; `median_ms` and `p95_ms` are over the following runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from reflect.content import load_library


def _percentile(sorted_values: list[float], fraction: float) -> float:
    index = round(fraction * (len(sorted_values) - 1))
    return sorted_values[index]


def main() -> None:
    """Time the loads and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="timed loads after the first")
    args = parser.parse_args()

    start = time.perf_counter()
    library = load_library()
    first = time.perf_counter() - start

    times: list[float] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        load_library()
        times.append(time.perf_counter() - start)
    times.sort()

    print(
        json.dumps(
            {
                "benchmark": "content-load",
                "runs": args.runs,
                "first_ms": round(first * 1000, 2),
                "median_ms": round(statistics.median(times) * 1000, 2),
                "p95_ms": round(_percentile(times, 0.95) * 1000, 2),
                "max_ms": round(times[-1] * 1000, 2),
                "cards": len(library.cards),
                "templates": len(library.templates),
                "prompts": sum(len(t.prompts) for t in library.templates),
                "budget_ms": 50,
            }
        )
    )


if __name__ == "__main__":
    main()
