"""Reading JSON that came from outside, with limits: a packet file is untrusted input.

Refused: documents over the size limit, nesting deeper than MAX_DEPTH (checked before the
parser can recurse), duplicate keys, NaN and Infinity, lone surrogates, over-long strings.
"""

from __future__ import annotations

import json
from typing import Any

from reflect.domain.errors import PacketRejected

MAX_DEPTH = 32
MAX_STRING = 200_000


def _depth(text: str) -> int:
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PacketRejected
        result[key] = value
    return result


def _constant(_: str) -> Any:
    raise PacketRejected  # NaN, Infinity, -Infinity


def _check_strings(value: Any) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if len(item) > MAX_STRING:
                raise PacketRejected
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise PacketRejected from None  # a lone surrogate
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def loads(raw: bytes) -> Any:
    """Parse untrusted JSON bytes under the limits above; `PacketRejected` otherwise."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PacketRejected from None
    if _depth(text) > MAX_DEPTH:
        raise PacketRejected
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_constant)
    except (ValueError, RecursionError):
        raise PacketRejected from None
    _check_strings(value)
    return value


def canonical(value: Any) -> bytes:
    """The one byte form of a document that a signature covers."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
