"""The one set of limits a packet must keep, shared by the sender and the receiver.

The sender checks what it is about to seal against these numbers and the receiver refuses
anything beyond them, so a packet that leaves one journal always opens in the other. A
limit may be raised only together with the packet format: an older reader keeps refusing
what is over its own limit.
"""

from __future__ import annotations

MAX_PACKET_BYTES = 4 * 1024 * 1024
"""A whole packet file: hundreds of reflections; reading it stays well under 2 s."""

MAX_REFLECTIONS = 500
"""Reflections in one supervision packet."""

MAX_COMMENTS = 5_000
"""Comments in one reply packet."""

MAX_TEXT = 100_000
"""Characters in one answer, in a reflection's notes, or in one comment."""

MAX_SHORT = 200
"""Characters in a short field: family code, theme, prompt id, template id."""

MAX_ANSWERS = 200
"""Answers in one reflection."""

MAX_THEMES = 50
"""Themes on one reflection."""

MIN_DURATION_MINUTES = 1
MAX_DURATION_MINUTES = 1_440
"""A session's length, when given: one minute to one day."""
