"""Taking in the packets waiting in the exchange folder, one after another (beside the
window: no Qt here)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reflect.domain.errors import ReflectError
from reflect.domain.packet import Imported, ImportResult

if TYPE_CHECKING:  # loaded with the storage layer, after the first paint
    from reflect.exchange.supervision import Supervision


def import_waiting(paths: list[Path], supervision: Supervision) -> Imported:
    """Import each packet and move it aside; one that cannot be taken in is said, and the
    others still go (a refused packet moves aside with its reason)."""
    from reflect.exchange.exchange_folder import ImportedNotMoved, import_from_folder

    results: list[ImportResult] = []
    problems: list[str] = []
    for path in paths:
        try:
            result = import_from_folder(path, supervision)
        except ImportedNotMoved as error:
            results.append(error.result)
            problems.append(error.sentence)
            continue
        except ReflectError as error:
            problems.append(error.sentence)
            continue
        if result is not None:
            results.append(result)
    return Imported(tuple(results), tuple(problems))
