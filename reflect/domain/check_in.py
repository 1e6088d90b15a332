"""A quick self-care check-in: how heavy it felt, energy, one word."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CheckIn:
    """Heaviness and energy on 0–10, one word, and what the visitor needs now."""

    created_at: dt.datetime
    heaviness: int | None = None
    energy: int | None = None
    word: str = ""
    need: str = ""
    reflection_uuid: str | None = None
    uuid: str = field(default_factory=lambda: str(uuid_module.uuid4()))
