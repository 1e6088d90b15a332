"""Reading JSON that came from outside, with limits: a packet file is untrusted input.

Refused: documents over the size limit, nesting deeper than MAX_DEPTH (checked before the
parser can recurse), duplicate keys, NaN and Infinity, lone surrogates, over-long strings.
The checks themselves live in `reflect.storage.bounded_json`, shared with the key file.
"""

from __future__ import annotations

import json
from typing import Any

from reflect.domain.errors import PacketRejected
from reflect.storage import bounded_json

MAX_DEPTH = 32
MAX_STRING = 200_000
MAX_CONTAINERS = 100_000  # objects and lists: far more than any real packet holds


def loads(raw: bytes) -> Any:
    """Parse untrusted JSON bytes under the limits above; `PacketRejected` otherwise."""
    try:
        return bounded_json.loads(
            raw, max_depth=MAX_DEPTH, max_string=MAX_STRING, max_containers=MAX_CONTAINERS
        )
    except bounded_json.JsonRefused:
        raise PacketRejected from None


def canonical(value: Any) -> bytes:
    """The one byte form of a document that a signature covers."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
