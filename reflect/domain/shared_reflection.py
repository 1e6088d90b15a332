"""A reflection a supervisee shared: read-only in the supervisor's journal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reflect.domain.reflection import Reflection


@dataclass(frozen=True, slots=True)
class SharedReflection:
    """The reflection as received, who sent it, and from which packet."""

    reflection: Reflection
    supervisee_key_id: str
    supervisee_name: str
    packet_id: str
    received_at: dt.datetime
    questions: tuple[tuple[str, str], ...] = ()
    """(prompt id, question) as the sender's app worded them, carried since packet format 2."""

    def question(self, prompt_id: str) -> str:
        """The question the sender answered, as carried in the packet ("" if not carried)."""
        return dict(self.questions).get(prompt_id, "")
