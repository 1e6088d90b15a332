"""How long sharing for supervision takes: one JSON object on stdout.

    python bench/exchange.py [--runs 5]

Two real journals in a temporary folder, paired. For shares of 5, 50 and 500 reflections
(each about 1.5 KB of answers): the export (seal, sign, write) and the supervisor's import,
and the packet's size; for replies of 50 and 2,000 comments, the export and the visitor's
import; and the exchange folder's listing with 20 packets waiting. Medians over `--runs`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reflect.domain.contact import ContactRole
from reflect.exchange.exchange_folder import incoming
from tests.helpers.exchange_pair import make_side, visit


def _ms(work: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def _round(root: Path, shared: int, comments: int) -> dict[str, float]:
    visitor, supervisor = make_side(root / "visitor"), make_side(root / "supervisor")
    visitor.supervision.add_contact(
        "Dana", supervisor.supervision.my_contact().line, ContactRole.SUPERVISOR
    )
    supervisor.supervision.add_contact(
        "Sam", visitor.supervision.my_contact().line, ContactRole.SUPERVISEE
    )
    words = " ".join(["the baby turned toward her voice and she answered"] * 15)
    uuids = [
        visitor.journal.add_reflection(visit(f"{i} {words}", day=1 + i % 28)).uuid
        for i in range(shared)
    ]
    export_ms, path = _ms(
        lambda: visitor.supervision.export_share(supervisor.key_id, uuids, visitor.folder)
    )
    assert isinstance(path, Path)
    import_ms, _ = _ms(lambda: supervisor.supervision.import_file(path))
    for i in range(comments):
        supervisor.supervision.add_comment(visitor.key_id, uuids[i % shared], None, f"note {i}")
    reply_ms, reply = _ms(
        lambda: supervisor.supervision.export_reply(visitor.key_id, supervisor.folder)
    )
    assert isinstance(reply, Path)
    reply_import_ms, _ = _ms(lambda: visitor.supervision.import_file(reply))
    for side in (visitor, supervisor):
        side.journal.close()
    return {
        "export_ms": export_ms,
        "import_ms": import_ms,
        "packet_kb": path.stat().st_size / 1024,
        "reply_export_ms": reply_ms,
        "reply_import_ms": reply_import_ms,
    }


def _listing(root: Path) -> float:
    visitor, supervisor = make_side(root / "v"), make_side(root / "s")
    visitor.supervision.add_contact(
        "Dana", supervisor.supervision.my_contact().line, ContactRole.SUPERVISOR
    )
    supervisor.supervision.add_contact(
        "Sam", visitor.supervision.my_contact().line, ContactRole.SUPERVISEE
    )
    for i in range(20):
        uuid = visitor.journal.add_reflection(visit(f"listing {i}")).uuid
        visitor.supervision.export_share(supervisor.key_id, [uuid], visitor.folder)
    elapsed, found = _ms(lambda: incoming(visitor.folder, supervisor.supervision))
    assert isinstance(found, list) and len(found) == 20
    return elapsed


def main() -> None:
    """Run the rounds and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    figures: dict[str, object] = {}
    for shared, comments in ((5, 50), (50, 50), (500, 2000)):
        rounds = []
        for _run in range(args.runs):
            with tempfile.TemporaryDirectory() as folder:
                rounds.append(_round(Path(folder), shared, comments))
        figures[f"share_{shared}_reply_{comments}"] = {
            key: round(statistics.median(r[key] for r in rounds), 1) for key in rounds[0]
        }
    listings = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as folder:
            listings.append(_listing(Path(folder)))
    figures["list_20_waiting_ms"] = round(statistics.median(listings), 1)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
