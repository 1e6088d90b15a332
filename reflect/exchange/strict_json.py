"""Reading JSON that came from outside, with limits: a packet file is untrusted input.

Refused: documents over the size limit, nesting deeper than MAX_DEPTH (checked before the
parser can recurse), duplicate keys, NaN and Infinity, lone surrogates, over-long strings.
"""

from __future__ import annotations

import json
import re
from typing import Any

from reflect.domain.errors import PacketRejected

MAX_DEPTH = 32
MAX_STRING = 200_000
MAX_CONTAINERS = 100_000  # objects and lists: far more than any real packet holds


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST = re.compile(r"\[\]|\{\}|\[\}|\{\]")


def _too_deep(brackets: str, limit: int) -> bool:
    """True when `brackets` (only the brackets of a document) nest deeper than `limit`.

    Each pass of C-speed regex work removes the innermost pairs, so a document `d` deep
    empties in `d` passes: the check costs at most `limit` linear passes, never a loop
    over characters in Python.
    """
    for _ in range(limit):
        if not brackets:
            return False
        brackets = _INNERMOST.sub("", brackets)
    return bool(brackets)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PacketRejected
        result[key] = value
    return result


def _constant(_: str) -> Any:
    raise PacketRejected  # NaN, Infinity, -Infinity


def loads(raw: bytes) -> Any:
    """Parse untrusted JSON bytes under the limits above; `PacketRejected` otherwise.

    The limits are checked on the text first, with regular expressions (C speed), so a
    hostile document costs a few linear passes before the parser ever sees it.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PacketRejected from None
    strings = _STRING.findall(text)
    # A string's text in the file is never shorter than the string it stands for.
    if max(map(len, strings), default=0) > MAX_STRING + 2:
        raise PacketRejected
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if len(brackets) > 2 * MAX_CONTAINERS or _too_deep(brackets, MAX_DEPTH):
        raise PacketRejected
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_constant)
        # A lone surrogate (written as an escape) cannot be encoded: refuse it.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (ValueError, RecursionError):
        raise PacketRejected from None
    return value


def canonical(value: Any) -> bytes:
    """The one byte form of a document that a signature covers."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
