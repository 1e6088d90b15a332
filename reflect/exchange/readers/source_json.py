"""A JSON export of another journal, parsed within limits, its faults placed on a line.

The parsing is `reflect.storage.bounded_json` (refused: nesting past a depth, duplicate
keys, NaN, lone surrogates), with limits fit for a journal: strings as long as the file,
nesting to `MAX_JSON_DEPTH`. A document cut short names the line where it stops making
sense, which for a file that did not finish copying is its last.
"""

from __future__ import annotations

import json
import re
from typing import Any

from reflect.exchange.readers.limits import MAX_JSON_CONTAINERS, MAX_JSON_DEPTH, MAX_TEXT_BYTES
from reflect.exchange.readers.problems import JSON_DAMAGED, DamagedImport
from reflect.storage import bounded_json


def parse_json(text: str, name: str) -> Any:
    """The document in `text` (already checked as UTF-8), or `DamagedImport` naming `name`."""
    try:
        return bounded_json.loads(
            text.encode("utf-8"),
            max_depth=MAX_JSON_DEPTH,
            max_string=MAX_TEXT_BYTES,
            max_containers=MAX_JSON_CONTAINERS,
        )
    except bounded_json.JsonRefused:
        raise DamagedImport(JSON_DAMAGED, file=name, line=_broken_line(text)) from None


def _broken_line(text: str) -> int | None:
    """Where the plain parser gives up on `text` (its depth was checked already)."""
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return error.lineno
    except (ValueError, RecursionError):
        return None
    return None  # parses, but broke a rule (a key twice, NaN): no one line to blame


def line_of_value(text: str, key: str, value: object) -> int | None:
    """The line of the first `"key": value` in a JSON document's text, if it is found.

    Good enough to point at an entry's unreadable date; None when the value is written
    some other way (escaped differently) and cannot be found.
    """
    for ascii_only in (False, True):
        literal = json.dumps(value, ensure_ascii=ascii_only)
        pattern = re.compile(rf'"{re.escape(key)}"\s*:\s*{re.escape(literal)}')
        found = pattern.search(text)
        if found:
            return text.count("\n", 0, found.start()) + 1
    return None
