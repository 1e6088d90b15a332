"""A comment from supervision on a reflection, or on one of its answers."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Comment:
    """A supervisor's (or the visitor's own) comment; `packet_id` says where it came from."""

    reflection_uuid: str
    author: str
    body: str
    created_at: dt.datetime
    prompt_id: str | None = None
    packet_id: str | None = None
    read: bool = False
    uuid: str = field(default_factory=lambda: str(uuid_module.uuid4()))
    version: int = 1
    """A counter, never a clock: a copy with a greater version replaces one with a smaller."""
